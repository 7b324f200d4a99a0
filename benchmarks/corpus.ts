import { mkdirSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Generates a realistic, valid handbook of `count` documents (40% runbooks, 50% post-mortems,
 * 10% checklists) under `outDir`, using the repository's own severity scales. Deterministic:
 * the same count always gives the same files, so measurements are comparable.
 */
export function generateCorpus({
	count,
	outDir,
	scalesFrom,
}: {
	count: number;
	outDir: string;
	scalesFrom: string;
}): { runbooks: number; incidents: number; checklists: number } {
	rmSync(outDir, { recursive: true, force: true });
	for (const folder of ['runbooks', 'incidents', 'maintenance'])
		mkdirSync(join(outDir, folder), { recursive: true });
	cpSync(scalesFrom, join(outDir, 'severity'), { recursive: true });
	const runbooks = Math.max(1, Math.round(count * 0.4));
	const checklists = Math.max(1, Math.round(count * 0.1));
	const incidents = Math.max(0, count - runbooks - checklists);
	for (let index = 0; index < runbooks; index++)
		writeFileSync(join(outDir, 'runbooks', `service-${index}-degraded.mdx`), runbook(index));
	for (let index = 0; index < incidents; index++) {
		const { name, text } = incident(index, runbooks);
		writeFileSync(join(outDir, 'incidents', name), text);
	}
	for (let index = 0; index < checklists; index++)
		writeFileSync(join(outDir, 'maintenance', `checklist-${index}.mdx`), checklist(index));
	return { runbooks, incidents, checklists };
}

const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'];
const PRIORITIES = ['P0', 'P1', 'P2', 'P3'];
const CADENCES = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'];

function runbook(index: number): string {
	const causes = Array.from(
		{ length: 3 + (index % 5) },
		(_, row) =>
			`| Cause ${row} of service ${index} shows elevated latency | Restart worker pool ${row} and watch the error rate |`,
	).join('\n');
	return `---
title: Service ${index} degraded
description: Requests to service ${index} fail or slow down.
alerts: [Service${index}ErrorRate, Service${index}Latency]
services: [service-${index}, gateway]
severity: ${SEVERITIES[index % 4]}
owner: team-${index % 12}
last_reviewed: 2026-11-01
review_every: 3650d
---

## Trigger

Service${index}ErrorRate fires when more than 2% of requests fail for five minutes.

## Impact

Users of service ${index} see errors; ${index % 3 === 0 ? 'checkout is blocked' : 'background work is delayed'}.

## Quick Diagnosis

\`\`\`sh
kubectl -n service-${index} get pods
kubectl -n service-${index} logs deploy/service-${index} --since=15m | tail -n 50
curl -sS -o /dev/null -w '%{http_code}' https://service-${index}.example.com/health
\`\`\`

## Common Causes

| Symptom | Fix |
| --- | --- |
${causes}

## Escalation

Page the owning team after 15 minutes without progress.

## Mitigation

- [ ] Roll back the last deploy of service ${index}
- [ ] Scale the deployment up by two replicas
`;
}

function incident(index: number, runbookCount: number): { name: string; text: string } {
	const day = new Date(Date.UTC(2020, 0, 1) + index * 7 * 3_600_000);
	const date = day.toISOString().slice(0, 10);
	const at = (minutes: number) =>
		new Date(day.getTime() + minutes * 60_000).toISOString().replace('.000', '');
	const hhmm = (minutes: number) => at(minutes).slice(11, 16);
	const dateOf = (minutes: number) => at(minutes).slice(0, 10);
	const offsets = [0, 4, 9, 40, 95];
	let lastDate = date;
	const timeline = offsets
		.map((minutes, row) => {
			const rowDate = dateOf(minutes);
			const label = rowDate === lastDate ? hhmm(minutes) : `${rowDate} ${hhmm(minutes)}`;
			lastDate = rowDate;
			return `| ${label} | Step ${row} of the response to incident ${index} |`;
		})
		.join('\n');
	const items = Array.from({ length: 2 + (index % 4) }, (_, row) => {
		const done = row % 2 === 0;
		return `| Follow-up ${row} for incident ${index} | team-${row % 12} | ${done ? '2021-01-01' : '2036-06-30'} | ${PRIORITIES[row % 4]} | ${done ? 'Done' : 'Open'} |`;
	}).join('\n');
	return {
		name: `${date}-incident-${index}.mdx`,
		text: `---
title: Incident ${index}
severity: ${SEVERITIES[index % 4]}
status: final
started_at: ${at(0)}
detected_at: ${at(4)}
acknowledged_at: ${at(9)}
mitigated_at: ${at(40)}
resolved_at: ${at(95)}
incident_commander: Responder ${index % 30}
services: [service-${index % 50}]
runbooks: [service-${index % runbookCount}-degraded]
---

## Summary

Service ${index % 50} returned errors for ${40} minutes after a configuration change.

## Timeline

| Time (UTC) | Event |
| --- | --- |
${timeline}

## Root Cause

A configuration change lowered the connection limit of service ${index % 50}.

## Contributing Factors

The change skipped the canary stage.

## Resolution

The change was reverted and the pool recovered.

## Impact

About ${(index % 9) + 1}% of requests failed during the incident.

## Lessons Learned

### What went well

The alert fired within four minutes.

### What went wrong

The rollback took longer than the target.

## Action Items

| Action | Owner | Due Date | Priority | Status |
| --- | --- | --- | --- | --- |
${items}
`,
	};
}

function checklist(index: number): string {
	return `---
title: Checklist ${index}
cadence: ${CADENCES[index % 5]}
owner: team-${index % 12}
---

## Checks

- [ ] Confirm backups of service ${index} completed
- [ ] Review alert noise for service ${index}
- [ ] Rotate credentials due this period

## Follow-up

- [ ] File issues for anything that failed
`;
}
