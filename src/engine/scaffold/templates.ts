import { INCIDENT_SECTIONS, TIMELINE_COLUMNS } from '../schemas/incident-structure.ts';
import type { RUNBOOK_SECTIONS } from '../schemas/runbook.ts';
import { addDays, formatDate } from '../utils/dates.ts';
import { formatTimestamp } from './values.ts';

/**
 * Document templates. Each passes `npm run validate` as written (drafts may hold placeholders).
 * The browser's post-mortem draft download uses this module too, so it must not import zod (the
 * schemas) or the `yaml` package: only zod-free constants and type-only imports.
 */

/** Words that YAML 1.1 or 1.2 reads as a boolean or null when they stand unquoted. */
const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;

/**
 * Text that means itself as a plain (unquoted) YAML scalar, in a block or in a flow list: it
 * starts with a letter, digit or underscore, holds only letters, digits, spaces and `_ . / @ ( ) +
 * ' -`, and `:` only when a non-space follows it (`payments.latency:p99`).
 */
const PLAIN = /^[\p{L}\p{N}_](?:[\p{L}\p{N}\p{M}_ ./@()+'-]|:(?=\S))*$/u;

/** Characters JSON leaves as they are but YAML does not print, or reads as line breaks. */
const UNPRINTABLE = /[\u007f-\u009f\u2028\u2029\ufeff]/g;

/**
 * A string as a YAML scalar: plain when that is unambiguous (`Priya Raman`), else double-quoted
 * (`"Down: again"`). A JSON string is a valid YAML double-quoted scalar once the few characters
 * JSON does not escape but YAML cannot print are escaped too. Text that could be read as a
 * number, a date, a boolean or null is quoted, so it stays text.
 */
export function yamlScalar(value: string): string {
	const plain =
		PLAIN.test(value) && !/\s$/.test(value) && !/^\d/.test(value) && !RESERVED.test(value);
	if (plain) return value;
	return JSON.stringify(value).replace(
		UNPRINTABLE,
		(char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}

/** A value written as it is: a timestamp or date this module formatted itself. */
interface Raw {
	raw: string;
}
const raw = (text: string): Raw => ({ raw: text });

type YamlValue = string | ReadonlyArray<string> | Raw;

/** A YAML scalar, a flow list (`[a, b]`) or a value written as it is. */
function yaml(value: YamlValue): string {
	if (typeof value === 'string') return yamlScalar(value);
	if ('raw' in value) return value.raw;
	return `[${value.map(yamlScalar).join(', ')}]`;
}

function frontmatter(fields: Array<[string, YamlValue | undefined]>): string {
	const lines = fields
		.filter((field): field is [string, YamlValue] => field[1] !== undefined)
		.map(([key, value]) => `${key}: ${yaml(value)}`);
	return `---\n${lines.join('\n')}\n---\n`;
}

function sections(names: ReadonlyArray<string>, bodies: Readonly<Record<string, string>>): string {
	return names.map((name) => `\n## ${name}\n\n${bodies[name]!.trim()}\n`).join('');
}

/** One row of a post-mortem's Timeline. */
export interface TimelineEvent {
	at: Date;
	/** The Event cell: inline Markdown, already safe for a table cell and for MDX. */
	text: string;
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
	/** When the team first knew. @default started */
	detected?: Date | undefined;
	/** When a responder acknowledged the page. @default started */
	acknowledged?: Date | undefined;
	/** When user impact stopped. @default resolved */
	mitigated?: Date | undefined;
	/** Runbook slugs used in the response. @default [] */
	runbooks?: string[] | undefined;
	/** The Timeline rows, in any order. @default impact start and resolution */
	events?: TimelineEvent[] | undefined;
	/** Paragraphs added to the Timeline guidance, such as which times are estimates. */
	notes?: string[] | undefined;
	/**
	 * Today (`YYYY-MM-DD`): the example action item is due a week after the later of this and
	 * the resolve date, so a draft written days after the incident does not start overdue.
	 */
	today?: string | undefined;
}

/**
 * The Time (UTC) cells of rows in time order: `HH:MM` while every row falls on the start day;
 * otherwise the first row and the first row of each new day carry the date (`YYYY-MM-DD HH:MM`),
 * as the timeline rules read a bare time as the date of the row before (at first, the start's).
 */
export function timelineTimes(instants: ReadonlyArray<Date>, startDay: string): string[] {
	const stamps = instants.map(formatTimestamp);
	const days = stamps.map((stamp) => stamp.slice(0, 10));
	const dated = days.some((day) => day !== startDay);
	return stamps.map((stamp, index) => {
		const time = stamp.slice(11, 16);
		return dated && (index === 0 || days[index] !== days[index - 1])
			? `${days[index]} ${time}`
			: time;
	});
}

function timelineTable(events: ReadonlyArray<TimelineEvent>, startDay: string): string[] {
	// A stable sort: events at the same instant keep the order they were given in.
	const sorted = events
		.map((event, index) => ({ event, index }))
		.sort((a, b) => a.event.at.getTime() - b.event.at.getTime() || a.index - b.index)
		.map(({ event }) => event);
	const times = timelineTimes(
		sorted.map((event) => event.at),
		startDay,
	);
	return [
		`| ${TIMELINE_COLUMNS.join(' | ')} |`,
		`| ${TIMELINE_COLUMNS.map(() => '---').join(' | ')} |`,
		...sorted.map((event, index) => `| ${times[index]} | ${event.text} |`),
	];
}

export function postmortemTemplate(answers: PostmortemAnswers): string {
	const started = formatTimestamp(answers.started);
	const resolved = formatTimestamp(answers.resolved);
	const resolvedDay = formatDate(answers.resolved);
	const dueFrom = answers.today && answers.today > resolvedDay ? answers.today : resolvedDay;
	const due = addDays(dueFrom, 7);
	const events = answers.events ?? [
		{ at: answers.started, text: 'Impact starts.' },
		{ at: answers.resolved, text: 'Incident resolved.' },
	];
	const head = frontmatter([
		['title', answers.title],
		['severity', answers.severity],
		['status', 'draft'],
		['started_at', raw(started)],
		['detected_at', raw(formatTimestamp(answers.detected ?? answers.started))],
		['acknowledged_at', raw(formatTimestamp(answers.acknowledged ?? answers.started))],
		['mitigated_at', raw(formatTimestamp(answers.mitigated ?? answers.resolved))],
		['resolved_at', raw(resolved)],
		['incident_commander', answers.commander],
		['services', answers.services],
		['runbooks', answers.runbooks ?? []],
	]);
	const body = sections(INCIDENT_SECTIONS, {
		Summary:
			'What happened, for how long and to whom, in three to five sentences. Include the severity and the response targets that were met or missed.',
		Timeline: [
			'Every event in order, in UTC. Add the alert, the acknowledgement and each step of the response; when the incident crosses midnight, write the full date on the first row of the new day. Then set detected_at, acknowledged_at and mitigated_at above to match.',
			...(answers.notes ?? []).flatMap((note) => ['', note]),
			'',
			...timelineTable(events, started.slice(0, 10)),
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
		['last_reviewed', raw(answers.today)],
	]);
	const alerts = answers.alerts.map((alert) => `\`${alert}\``);
	const trigger =
		alerts.length === 0
			? 'The alert or report that sends a responder here, and the threshold it fires at. List the alert names in `alerts` above so alert links open this page.'
			: `${alerts.length === 1 ? 'The alert' : 'The alerts'} ${alerts.join(', ')} ${alerts.length === 1 ? 'fires' : 'fire'} when … Say the threshold and what it measures.`;
	// Written in the order of RUNBOOK_SECTIONS; the type makes sure none is missing or misnamed.
	// (A type-only import: the runbook schema module pulls in zod.)
	const bodies: Record<(typeof RUNBOOK_SECTIONS)[number], string> = {
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
	};
	return head + sections(Object.keys(bodies), bodies);
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
