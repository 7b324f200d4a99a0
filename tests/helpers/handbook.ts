import { validateSources, type Report } from '../../src/engine/engine.ts';
import { handbookConfig, type HandbookConfig } from '../../src/engine/schemas/config.ts';
import type { SourceFile } from '../../src/engine/parse/source.ts';

/** A fixed "today" so no test depends on the real clock. */
export const TODAY = '2026-11-23';

export const INCIDENT_SCALE = `title: Incident severity
levels:
  - id: SEV1
    name: Critical
    summary: Everyone is down.
    targets: { acknowledge: 5m, mitigate: 30m, resolve: 2h, update_every: 30m }
    postmortem: { required: true, due: 48h }
  - id: SEV2
    name: Major
    summary: A core feature is degraded.
    postmortem: { required: true, due: 48h }
  - id: SEV3
    name: Minor
    summary: A small feature is broken.
    postmortem: { required: false }
questions:
  - id: scope
    text: Who is affected?
    answers:
      - { id: all, label: Everyone, level: SEV1 }
      - { id: few, label: A few users }
`;

export const PRIORITY_SCALE = `title: Action priority
levels:
  - { id: P0, name: Critical, summary: Now., due: 24h }
  - { id: P1, name: High, summary: This week., due: 7d }
  - { id: P2, name: Medium, summary: This month., due: 30d }
`;

export const RUNBOOK = `---
title: Disk full
description: A volume is running out of space.
alerts: [DiskAlmostFull, DiskFull]
services: [api]
severity: SEV2
owner: platform-team
last_reviewed: 2026-11-01
---

## Trigger

The DiskAlmostFull alert fires at 90% usage.

## Impact

Writes fail once the disk is full.

## Quick Diagnosis

\`\`\`sh
df -h
\`\`\`

## Common Causes

| Symptom | Fix |
| --- | --- |
| Logs grow fast | Rotate logs |

## Escalation

Page the platform lead after 15 minutes. See [the severity levels](/severity/) and [diagnosis](#quick-diagnosis).
`;

export const INCIDENT = `---
title: API outage
severity: SEV1
status: final
started_at: 2026-03-14T09:12:00Z
detected_at: 2026-03-14T09:15:00Z
acknowledged_at: 2026-03-14T09:17:00Z
mitigated_at: 2026-03-14T09:50:00Z
resolved_at: 2026-03-14T10:30:00Z
incident_commander: Ana Lima
services: [api]
runbooks: [disk-full]
---

## Summary

The API returned errors for 38 minutes.

## Timeline

| Time (UTC) | Event |
| --- | --- |
| 09:12 | Errors start |
| 09:15 | Alert fires |
| 10:30 | Resolved |

## Root Cause

A full disk.

## Contributing Factors

No alert on growth rate.

## Resolution

Rotated logs.

## Impact

All API users for 38 minutes.

## Lessons Learned

Alert earlier.

## Action Items

| Action | Owner | Due Date | Priority | Status |
| --- | --- | --- | --- | --- |
| Add growth alert | Ana Lima | 2026-04-01 | P1 | Done |
| Automate log rotation | Ben Ode | 2035-01-15 | P2 | Open |
`;

export const CHECKLIST = `---
title: Weekly
cadence: weekly
owner: platform-team
---

## Monday

- [ ] Check backups
`;

export const PAGE = `---
title: Incident process
---

## Declare

Read the [disk runbook](/runbooks/disk-full/#quick-diagnosis).
`;

/** Paths of the base handbook's files, for tests that replace one of them. */
export const PATHS = {
	incidentScale: 'src/content/severity/incident.yaml',
	priorityScale: 'src/content/severity/action-priority.yaml',
	runbook: 'src/content/runbooks/disk-full.mdx',
	incident: 'src/content/incidents/2026-03-14-api-outage.mdx',
	checklist: 'src/content/maintenance/weekly.mdx',
	page: 'src/content/docs/handbook/process.md',
} as const;

/** A small handbook that passes every rule. */
export function baseHandbook(): Record<string, string | Uint8Array> {
	return {
		[PATHS.incidentScale]: INCIDENT_SCALE,
		[PATHS.priorityScale]: PRIORITY_SCALE,
		[PATHS.runbook]: RUNBOOK,
		[PATHS.incident]: INCIDENT,
		[PATHS.checklist]: CHECKLIST,
		[PATHS.page]: PAGE,
	};
}

export interface RunOptions {
	today?: string;
	strict?: boolean;
	config?: Partial<HandbookConfig>;
}

/**
 * Validates the base handbook with some files replaced (a string), added, or removed
 * (`undefined`).
 */
export function validateWith(
	changes: Record<string, string | Uint8Array | undefined> = {},
	options: RunOptions = {},
): Report {
	const files = { ...baseHandbook(), ...changes };
	const sources: SourceFile[] = Object.entries(files)
		.filter((entry): entry is [string, string | Uint8Array] => entry[1] !== undefined)
		.map(([path, contents]) => ({ path, contents }));
	const config: HandbookConfig = { ...handbookConfig.parse({}), ...options.config };
	return validateSources(sources, {
		today: options.today ?? TODAY,
		config,
		strict: options.strict ?? false,
	});
}

/** `ruleId@line` for each problem, the compact form most assertions compare. */
export function found(report: Report): string[] {
	return report.problems.map((problem) => `${problem.ruleId}@${problem.line}`);
}

/** Replaces the first occurrence of `search` in a base document, failing loudly if absent. */
export function edit(document: string, search: string | RegExp, replacement: string): string {
	const next = document.replace(search, replacement);
	if (next === document) throw new Error(`The fixture does not contain ${String(search)}.`);
	return next;
}

/** 1-based line of the first line containing `search`, failing loudly if absent. */
export function lineOf(text: string, search: string): number {
	const index = text.split('\n').findIndex((line) => line.includes(search));
	if (index === -1) throw new Error(`The text does not contain "${search}".`);
	return index + 1;
}
