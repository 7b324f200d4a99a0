import {
	ACTION_ITEM_CLOSED_COLUMN,
	ACTION_ITEM_COLUMNS,
	ACTION_ITEM_STATUSES,
	INCIDENT_SECTIONS,
	OPEN_ACTION_ITEM_STATUSES,
	TIMELINE_COLUMNS,
	type IncidentFrontmatter,
} from '../schemas/incident.ts';
import {
	columnIndex,
	findTable,
	readTable,
	startOf,
	type ParsedCell,
	type ParsedTable,
} from '../parse/tables.ts';
import { dayCount, daysBetween, formatDate, isRealDate } from '../utils/dates.ts';
import { durationMinutes } from '../utils/duration.ts';
import { readTimelineTime } from '../utils/timeline.ts';
import { didYouMean, listOf } from '../utils/closest.ts';
import type { Section } from '../parse/sections.ts';
import type { DocumentRule, ParsedDocument, RuleContext } from './context.ts';
import { checkSections } from './structure.ts';
import { checkRequiredCells } from './tables.ts';
import { checkPriorityReference, checkSeverityReference } from './references.ts';
import { checkPlaceholders } from './placeholders.ts';

const TIMESTAMP_ORDER = [
	'started_at',
	'detected_at',
	'acknowledged_at',
	'mitigated_at',
	'resolved_at',
] as const;

/** Post-mortem checks: structure, timeline, action items, deadlines and references. */
export const checkIncident: DocumentRule = (document, context) => {
	const sections = checkSections(document, INCIDENT_SECTIONS, context);
	const data = document.data as IncidentFrontmatter | undefined;
	if (data) {
		checkFileDate(document, data, context);
		checkTimestamps(document, data, context);
		checkSeverityReference(document.path, document.frontmatter, data.severity, context);
		checkRunbookReferences(document, data, context);
		checkDraftDeadline(document, data, context);
		if (data.status === 'final') checkPlaceholders(document, context);
	}
	const timeline = sections.get('Timeline');
	if (timeline) checkTimeline(document, timeline, data, context);
	const actions = sections.get('Action Items');
	if (actions) checkActionItems(document, actions, data, context);
};

function checkFileDate(
	document: ParsedDocument,
	data: IncidentFrontmatter,
	{ report }: RuleContext,
): void {
	const fileDate = document.id.slice(0, 10);
	const started = data.started_at.slice(0, 10);
	if (!isRealDate(fileDate) || fileDate === started) return;
	report({
		file: document.path,
		...document.frontmatter.locate(['started_at']),
		ruleId: 'postmortem/file-date',
		message: `The file name says the incident happened on ${fileDate}, but started_at is on ${started} (UTC).`,
		hint: `Rename the file to start with ${started}, or correct started_at.`,
	});
}

function checkTimestamps(
	document: ParsedDocument,
	data: IncidentFrontmatter,
	{ report }: RuleContext,
): void {
	for (let index = 1; index < TIMESTAMP_ORDER.length; index++) {
		const earlier = TIMESTAMP_ORDER[index - 1]!;
		const later = TIMESTAMP_ORDER[index]!;
		if (Date.parse(data[later]) < Date.parse(data[earlier])) {
			report({
				file: document.path,
				...document.frontmatter.locate([later]),
				ruleId: 'postmortem/timestamps',
				message: `${later} (${data[later]}) is earlier than ${earlier} (${data[earlier]}).`,
				hint: `Timestamps must run in order: ${TIMESTAMP_ORDER.join(' ≤ ')}. Check the time zone of each.`,
			});
		}
	}
}

function checkRunbookReferences(
	document: ParsedDocument,
	data: IncidentFrontmatter,
	context: RuleContext,
): void {
	data.runbooks.forEach((slug, index) => {
		if (context.runbookIds.has(slug)) return;
		context.report({
			file: document.path,
			...document.frontmatter.locate(['runbooks', index]),
			ruleId: 'reference/runbook',
			message: `No runbook is called "${slug}".${didYouMean(slug, context.runbookIds)}`,
			hint: 'Use the file name of a runbook in src/content/runbooks without its extension, or remove the reference.',
		});
	});
}

function checkDraftDeadline(
	document: ParsedDocument,
	data: IncidentFrontmatter,
	context: RuleContext,
): void {
	if (data.status !== 'draft') return;
	const rule = context.scales
		.get('incident')
		?.levels.find((level) => level.id === data.severity)?.postmortem;
	const minutes = rule?.required && rule.due ? durationMinutes(rule.due) : undefined;
	if (minutes === undefined) return;
	const deadline = formatDate(new Date(Date.parse(data.resolved_at) + minutes * 60_000));
	if (deadline >= context.today) return;
	context.report({
		file: document.path,
		...document.frontmatter.locate(['status']),
		ruleId: 'postmortem/draft-overdue',
		message: `This ${data.severity} post-mortem is still a draft; it was due ${rule?.due} after resolution, on ${deadline}, ${dayCount(daysBetween(deadline, context.today))} ago.`,
		hint: 'Finish it and set status to in-review, or add a waiver with the reason and a new date.',
	});
}

function checkTimeline(
	document: ParsedDocument,
	section: Section,
	data: IncidentFrontmatter | undefined,
	context: RuleContext,
): void {
	const table = requireTable(
		document,
		section,
		TIMELINE_COLUMNS,
		'postmortem/timeline-table',
		context,
	);
	if (!table) return;
	const rows = checkRequiredCells(document, table, TIMELINE_COLUMNS, context);
	const timeColumn = columnIndex(table, 'Time (UTC)');
	let date = data?.started_at.slice(0, 10) ?? '1970-01-01';
	let previous: { at: number; text: string } | undefined;
	for (const row of rows) {
		const cell = row.cells[timeColumn]!;
		const time = readTimelineTime(cell.text, date);
		if (!time) {
			context.report({
				file: document.path,
				...cell.position,
				ruleId: 'postmortem/timeline-time',
				message: `"${cell.text}" is not a time the timeline can read.`,
				hint: 'Write times in UTC as HH:MM, or YYYY-MM-DD HH:MM when the date changes.',
			});
			continue;
		}
		date = time.date;
		if (previous && time.at < previous.at) {
			context.report({
				file: document.path,
				...cell.position,
				ruleId: 'postmortem/timeline-order',
				message: `"${cell.text}" comes after "${previous.text}" in the timeline but is earlier.`,
				hint: 'Keep rows in chronological order. If the incident crossed midnight, write the new date: YYYY-MM-DD HH:MM.',
			});
		}
		previous = { at: time.at, text: cell.text };
	}
}

function checkActionItems(
	document: ParsedDocument,
	section: Section,
	data: IncidentFrontmatter | undefined,
	context: RuleContext,
): void {
	const table = requireTable(
		document,
		section,
		ACTION_ITEM_COLUMNS,
		'postmortem/action-items-table',
		context,
	);
	if (!table) return;
	const rows = checkRequiredCells(document, table, ['Action'], context);
	const column = (name: (typeof ACTION_ITEM_COLUMNS)[number] | typeof ACTION_ITEM_CLOSED_COLUMN) =>
		columnIndex(table, name);
	for (const row of rows) {
		const action = row.cells[column('Action')]!.text;
		document.actionItems.push(action);
		const problem = (position: typeof row.position, message: string, hint: string) =>
			context.report({
				file: document.path,
				...position,
				ruleId: 'postmortem/action-item',
				message,
				hint,
				item: action,
			});

		const owner = row.cells[column('Owner')];
		if (!owner?.text)
			problem(
				owner?.position ?? row.position,
				`The action item "${action}" has no owner.`,
				'Name the person or team who will do it.',
			);

		const status = row.cells[column('Status')];
		const statusName = ACTION_ITEM_STATUSES.find(
			(name) => name.toLowerCase() === status?.text.toLowerCase(),
		);
		if (!statusName) {
			problem(
				status?.position ?? row.position,
				`The action item "${action}" has status "${status?.text ?? ''}", which is not a known status.${didYouMean(status?.text ?? '', ACTION_ITEM_STATUSES)}`,
				`Use one of ${listOf(ACTION_ITEM_STATUSES)}.`,
			);
		}

		const closed = row.cells[column(ACTION_ITEM_CLOSED_COLUMN)];
		if (closed?.text) checkClosedDate(closed, statusName, data, action, problem);

		const priority = row.cells[column('Priority')];
		if (!priority?.text)
			problem(
				priority?.position ?? row.position,
				`The action item "${action}" has no priority.`,
				'Set a priority from the action-priority scale.',
			);
		else checkPriorityReference(document.path, priority.position, priority.text, context, action);

		const due = row.cells[column('Due Date')];
		if (!due?.text || !/^\d{4}-\d{2}-\d{2}$/.test(due.text) || !isRealDate(due.text)) {
			problem(
				due?.position ?? row.position,
				`The action item "${action}" has due date "${due?.text ?? ''}", which is not a real YYYY-MM-DD date.`,
				'Write the due date as YYYY-MM-DD, for example 2027-01-15.',
			);
			continue;
		}
		const isOpen = (OPEN_ACTION_ITEM_STATUSES as ReadonlyArray<string>).includes(statusName ?? '');
		if (isOpen && due.text < context.today) {
			context.report({
				file: document.path,
				...due.position,
				ruleId: 'postmortem/action-item-overdue',
				message: `The action item "${action}" (${owner?.text || 'no owner'}, ${priority?.text || 'no priority'}) was due on ${due.text} and is still ${statusName}: ${dayCount(daysBetween(due.text, context.today))} overdue.`,
				hint: 'Finish it and mark it Done, agree a new due date with its owner, or add a waiver with a reason and an expiry date.',
				item: action,
			});
		}
	}
}

/**
 * The optional Closed cell: a real date, on an item that is closed, not before the incident began.
 * It feeds the items-closed chart on /metrics/, so a wrong date would skew it silently.
 */
function checkClosedDate(
	closed: ParsedCell,
	statusName: string | undefined,
	data: IncidentFrontmatter | undefined,
	action: string,
	problem: (position: ParsedCell['position'], message: string, hint: string) => void,
): void {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(closed.text) || !isRealDate(closed.text)) {
		problem(
			closed.position,
			`The action item "${action}" has Closed date "${closed.text}", which is not a real YYYY-MM-DD date.`,
			'Write the date the item was closed as YYYY-MM-DD, or leave the Closed cell empty.',
		);
		return;
	}
	if ((OPEN_ACTION_ITEM_STATUSES as ReadonlyArray<string | undefined>).includes(statusName)) {
		problem(
			closed.position,
			`The action item "${action}" has a Closed date (${closed.text}) but its status is ${statusName}.`,
			"Mark it Done or Won't do, or empty the Closed cell while the work goes on.",
		);
		return;
	}
	const started = data?.started_at.slice(0, 10);
	if (started && closed.text < started)
		problem(
			closed.position,
			`The action item "${action}" was closed on ${closed.text}, before the incident started on ${started}.`,
			'Correct the Closed date: an action item is closed after the incident that raised it.',
		);
}

/** The section's table if it has every named column; otherwise reports and returns nothing. */
function requireTable(
	document: ParsedDocument,
	section: Section,
	columns: ReadonlyArray<string>,
	ruleId: 'postmortem/timeline-table' | 'postmortem/action-items-table',
	{ report }: RuleContext,
): ParsedTable | undefined {
	const node = findTable(section.content);
	const table = node && readTable(node);
	const missing = columns.filter((name) => !table || columnIndex(table, name) === -1);
	if (table && missing.length === 0) return table;
	report({
		file: document.path,
		...startOf(node ?? section.heading),
		ruleId,
		message: table
			? `The ${section.title} table is missing the column${missing.length > 1 ? 's' : ''} ${listOf(missing, 'and')}.`
			: `The ${section.title} section has no table.`,
		hint: `Use a table whose header is | ${columns.join(' | ')} |.`,
	});
	return undefined;
}
