import { stringify } from 'yaml';
import { INCIDENT_SECTIONS } from '../schemas/incident.ts';
import { RUNBOOK_SECTIONS } from '../schemas/runbook.ts';
import { addDays, formatDate } from '../utils/dates.ts';
import { formatTimestamp } from './values.ts';

/** Document templates. Each passes `npm run validate` as written (drafts may hold placeholders). */

/** A YAML scalar, quoted only when YAML needs it (`title: "Down: again"`), or a flow list. */
function yaml(value: string | string[]): string {
	if (Array.isArray(value)) return `[${value.map((item) => yaml(item)).join(', ')}]`;
	return stringify(value, { lineWidth: 0 }).trimEnd();
}

function frontmatter(fields: Array<[string, string | string[] | undefined]>): string {
	const lines = fields
		.filter((field): field is [string, string | string[]] => field[1] !== undefined)
		.map(([key, value]) => `${key}: ${yaml(value)}`);
	return `---\n${lines.join('\n')}\n---\n`;
}

function sections(names: ReadonlyArray<string>, bodies: Readonly<Record<string, string>>): string {
	return names.map((name) => `\n## ${name}\n\n${bodies[name]!.trim()}\n`).join('');
}

export interface PostmortemAnswers {
	title: string;
	severity: string;
	started: Date;
	resolved: Date;
	commander: string;
	services: string[];
	/** An action-priority id for the example action item. */
	priority: string;
}

/** `HH:MM`, or `YYYY-MM-DD HH:MM` when the day differs from the row before. */
function timelineTime(date: Date, previousDay: string): string {
	const iso = formatTimestamp(date);
	const time = iso.slice(11, 16);
	return iso.slice(0, 10) === previousDay ? time : `${iso.slice(0, 10)} ${time}`;
}

export function postmortemTemplate(answers: PostmortemAnswers): string {
	const started = formatTimestamp(answers.started);
	const resolved = formatTimestamp(answers.resolved);
	const startDay = started.slice(0, 10);
	const due = addDays(formatDate(answers.resolved), 7);
	const head = frontmatter([
		['title', answers.title],
		['severity', answers.severity],
		['status', 'draft'],
		['started_at', started],
		['detected_at', started],
		['acknowledged_at', started],
		['mitigated_at', resolved],
		['resolved_at', resolved],
		['incident_commander', answers.commander],
		['services', answers.services],
		['runbooks', []],
	]);
	const body = sections(INCIDENT_SECTIONS, {
		Summary:
			'What happened, for how long and to whom, in three to five sentences. Include the severity and the response targets that were met or missed.',
		Timeline: [
			'Every event in order, in UTC. Add the alert, the acknowledgement and each step of the response; when the incident crosses midnight, write the full date on the first row of the new day. Then set detected_at, acknowledged_at and mitigated_at above to match.',
			'',
			'| Time (UTC) | Event |',
			'| --- | --- |',
			`| ${timelineTime(answers.started, '')} | Impact starts. |`,
			`| ${timelineTime(answers.resolved, startDay)} | Incident resolved. |`,
		].join('\n'),
		'Root Cause':
			'The technical chain of events that produced the failure, from the trigger to the symptom users saw.',
		'Contributing Factors':
			'What made the incident more likely, longer or worse: gaps in tests, alerts, runbooks, processes or tooling.',
		Resolution: 'What the responders did to stop the impact and to recover, in order.',
		Impact:
			'Users and requests affected, duration, revenue or data affected, and which regions or customers were hit hardest.',
		'Lessons Learned': [
			'### What went well',
			'',
			'What helped, so the team keeps doing it.',
			'',
			'### What went wrong',
			'',
			'What hurt, each item matched by an action item below where possible.',
			'',
			'### Where we got lucky',
			'',
			'What could have made it worse.',
		].join('\n'),
		'Action Items': [
			'One row per change the team agreed on, each with an owner and a due date agreed with them. Replace the example row.',
			'',
			'| Action | Owner | Due Date | Priority | Status |',
			'| --- | --- | --- | --- | --- |',
			`| [Action] | [Owner] | ${due} | ${answers.priority} | Open |`,
		].join('\n'),
	});
	return head + body;
}

export interface RunbookAnswers {
	title: string;
	description: string;
	alerts: string[];
	services: string[];
	severity: string;
	owner: string;
	/** `YYYY-MM-DD`. */
	today: string;
}

export function runbookTemplate(answers: RunbookAnswers): string {
	const head = frontmatter([
		['title', answers.title],
		['description', answers.description],
		['alerts', answers.alerts],
		['services', answers.services],
		['severity', answers.severity],
		['owner', answers.owner],
		['last_reviewed', answers.today],
	]);
	const alerts = answers.alerts.map((alert) => `\`${alert}\``);
	const trigger =
		alerts.length === 0
			? 'The alert or report that sends a responder here, and the threshold it fires at. List the alert names in `alerts` above so alert links open this page.'
			: `${alerts.length === 1 ? 'The alert' : 'The alerts'} ${alerts.join(', ')} ${alerts.length === 1 ? 'fires' : 'fire'} when … Say the threshold and what it measures.`;
	const body = sections(RUNBOOK_SECTIONS, {
		Trigger: trigger,
		Impact: 'What users notice while this is happening, and what breaks next if nobody acts.',
		'Quick Diagnosis': [
			'The first commands to run, in order, each with what its output tells you.',
			'',
			'```sh',
			'# 1. Confirm the symptom.',
			'# 2. Find the cause in the table below.',
			'```',
		].join('\n'),
		'Common Causes': [
			'| Symptom | Fix |',
			'| --- | --- |',
			'| What you see in the diagnosis output. | The command or change that fixes it. |',
		].join('\n'),
		Escalation:
			'Who to page, and after how long without progress. Name the role, not the person, so the runbook outlives team changes.',
	});
	return head + body;
}

export interface ChecklistAnswers {
	title: string;
	description?: string;
	cadence: string;
	owner: string;
}

export function checklistTemplate(answers: ChecklistAnswers): string {
	const head = frontmatter([
		['title', answers.title],
		['description', answers.description],
		['cadence', answers.cadence],
		['owner', answers.owner],
	]);
	return `${head}
Who works through this list, and when. If a step turns into real work, open a ticket instead of fixing it on the spot.

## Tasks

- [ ] The first step, written so anyone on duty can do it.
- [ ] The next step. Group related steps under their own heading when the list grows.
`;
}
