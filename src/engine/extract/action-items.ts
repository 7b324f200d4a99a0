/**
 * Reads a post-mortem's action items out of its Markdown body, for pages and reports that list
 * them (the home page, action-item dashboards). Pure: no file system, no clock, never throws.
 *
 * It reads leniently, where the validator is strict: a missing cell becomes an empty string, an
 * unknown status keeps its text, and extra columns (Issue, Notes…) are ignored. Whether the
 * table is complete is the validator's business (`postmortem/action-items-table`,
 * `postmortem/action-item`).
 */
import type { Root } from 'mdast';
import { parseMarkdown } from '../parse/markdown.ts';
import { sameHeading, splitSections } from '../parse/sections.ts';
import { columnIndex, findTable, readTable, type ParsedRow } from '../parse/tables.ts';
import {
	ACTION_ITEM_CLOSED_COLUMN,
	ACTION_ITEM_STATUSES,
	OPEN_ACTION_ITEM_STATUSES,
} from '../schemas/incident.ts';

/** A status as the schema names it: Open, In progress, Done or Won't do. */
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

export interface ActionItem {
	/** The Action cell's text. */
	action: string;
	/** The Owner cell's text; empty when missing. */
	owner: string;
	/** The Due Date cell's text as written (normally `YYYY-MM-DD`); empty when missing. */
	due: string;
	/** The Priority cell's text (a level id of the action-priority scale); empty when missing. */
	priority: string;
	/**
	 * The status in the schema's spelling, matched case-insensitively as the validator does
	 * (`in progress` → `In progress`, `WON'T DO` → `Won't do`); `undefined` when the cell is
	 * missing, empty or not a known status (see `statusText`).
	 */
	status: ActionItemStatus | undefined;
	/** The Status cell's text as written; empty when missing. */
	statusText: string;
	/**
	 * The optional Closed cell's text: the date (`YYYY-MM-DD`) a Done or Won't do item was closed;
	 * empty when the table has no Closed column or the cell is empty.
	 */
	closed: string;
	/** The 1-based line of the table row in the text that was parsed. */
	line: number;
}

const SECTION = 'Action Items';

/**
 * The action items of a post-mortem, in table order, from its Markdown or MDX text (body or
 * whole file: line numbers count from the start of the text given). No Action Items section, no
 * table in it, no Action column or unparseable text all give an empty list. Rows with an empty
 * Action cell are skipped.
 */
export function extractActionItems(text: string, options: { mdx?: boolean } = {}): ActionItem[] {
	const parsed = parseMarkdown(text, options.mdx ?? true);
	return 'tree' in parsed ? actionItemsFromTree(parsed.tree) : [];
}

/** The same, from a tree the caller has already parsed with `parseMarkdown`. */
export function actionItemsFromTree(tree: Root): ActionItem[] {
	const section = splitSections(tree).find((candidate) => sameHeading(candidate.title, SECTION));
	const node = section && findTable(section.content);
	if (!node) return [];
	const table = readTable(node);
	const actionColumn = columnIndex(table, 'Action');
	if (actionColumn === -1) return [];
	const column = (...names: string[]) =>
		names.map((name) => columnIndex(table, name)).find((index) => index !== -1) ?? -1;
	const ownerColumn = column('Owner');
	const dueColumn = column('Due Date', 'Due');
	const priorityColumn = column('Priority');
	const statusColumn = column('Status');
	const closedColumn = column(ACTION_ITEM_CLOSED_COLUMN);

	const items: ActionItem[] = [];
	for (const row of table.rows) {
		const action = cell(row, actionColumn);
		if (!action) continue;
		const statusText = cell(row, statusColumn);
		items.push({
			action,
			owner: cell(row, ownerColumn),
			due: cell(row, dueColumn),
			priority: cell(row, priorityColumn),
			status: normaliseStatus(statusText),
			statusText,
			closed: cell(row, closedColumn),
			line: row.position.line,
		});
	}
	return items;
}

/** A status cell's text as the schema spells it, or `undefined` when it is not a known status. */
export function normaliseStatus(text: string): ActionItemStatus | undefined {
	const wanted = text.trim().toLowerCase();
	return ACTION_ITEM_STATUSES.find((status) => status.toLowerCase() === wanted);
}

/** Whether a status still counts as work to do (Open or In progress). */
export function isOpenStatus(status: ActionItemStatus | undefined): boolean {
	return (OPEN_ACTION_ITEM_STATUSES as ReadonlyArray<string | undefined>).includes(status);
}

function cell(row: ParsedRow, index: number): string {
	return index === -1 ? '' : (row.cells[index]?.text ?? '');
}
