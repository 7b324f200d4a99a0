import type { RootContent, Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position } from '../problem.ts';
import { walk } from './walk.ts';

/** A GFM table read as header names and rows of cell text with positions. */
export interface ParsedTable {
	node: Table;
	columns: string[];
	rows: ParsedRow[];
}

export interface ParsedRow {
	position: Position;
	/** Cell text by column index; `undefined` where the row has fewer cells than the header. */
	cells: Array<ParsedCell | undefined>;
}

export interface ParsedCell {
	text: string;
	position: Position;
}

/** The first table among (or nested in) the given nodes. */
export function findTable(nodes: RootContent[]): Table | undefined {
	for (const node of nodes) {
		if (node.type === 'table') return node;
	}
	return undefined;
}

/** Whether any of the nodes, at any depth, is of the given type. */
export function containsNode(nodes: RootContent[], type: string): boolean {
	let found = false;
	walk(nodes, (node) => {
		if (node.type !== type) return undefined;
		found = true;
		return 'stop';
	});
	return found;
}

export function readTable(table: Table): ParsedTable {
	const [header, ...body] = table.children;
	const columns = (header?.children ?? []).map((cell) => toString(cell).trim());
	const rows = body.map((row) => ({
		position: startOf(row),
		cells: columns.map((_, index) => {
			const cell: TableCell | undefined = row.children[index];
			return cell ? { text: toString(cell).trim(), position: startOf(cell) } : undefined;
		}),
	}));
	return { node: table, columns, rows };
}

/** Index of a column by name (case-insensitive), or -1. */
export function columnIndex(table: ParsedTable, name: string): number {
	const wanted = name.toLowerCase();
	return table.columns.findIndex((column) => column.toLowerCase() === wanted);
}

export function startOf(node: {
	position?: { start: { line: number; column: number } } | undefined;
}): Position {
	return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}
