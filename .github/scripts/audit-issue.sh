#!/usr/bin/env bash
# Keeps one tracking issue in step with the daily audit (.github/workflows/audit.yml):
#   problems found, no open issue  → open one with the report;
#   problems found, issue open     → replace its body with today's report and comment once a day;
#   audit passed, issue open       → comment and close it.
# Needs the gh CLI with GH_TOKEN (issues: write) and GH_REPO; reads AUDIT_STATUS (the
# validator's exit code), AUDIT_REPORT (its Markdown report) and AUDIT_RUN_URL.
set -euo pipefail

label="handbook-audit"
title="Handbook audit: overdue or invalid content"
today=$(date -u +%Y-%m-%d)

body_file=$(mktemp)
{
	cat "$AUDIT_REPORT"
	printf '\n---\nUpdated by the [daily audit](%s) on %s (UTC). This issue closes itself when the audit passes.\n' "$AUDIT_RUN_URL" "$today"
} > "$body_file"

existing=$(gh issue list --label "$label" --state open --limit 1 --json number --jq '.[0].number // empty')

if [ "$AUDIT_STATUS" = "0" ]; then
	if [ -n "$existing" ]; then
		gh issue close "$existing" --comment "The audit passed on $today: nothing is overdue or invalid any more. [Run]($AUDIT_RUN_URL)"
		echo "Closed issue #$existing: the audit passed."
	else
		echo "The audit passed; there is no tracking issue to update."
	fi
	exit 0
fi

if [ -n "$existing" ]; then
	gh issue edit "$existing" --body-file "$body_file"
	summary=$(grep -m 1 -E '^(No problems|[0-9]+ errors?,)' "$AUDIT_REPORT" || true)
	gh issue comment "$existing" --body "Still failing on $today: ${summary:-see the report above}. [Run]($AUDIT_RUN_URL)"
	echo "Updated issue #$existing."
else
	gh label create "$label" --color B60205 --description "Opened by the daily handbook audit" --force
	gh issue create --title "$title" --label "$label" --body-file "$body_file"
	echo "Opened a tracking issue."
fi
