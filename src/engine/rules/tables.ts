import type { ParsedDocument, RuleContext } from './context.ts';
import type { ParsedRow, ParsedTable } from '../parse/tables.ts';

/**
 * Reports rows of a required table that lack a cell (or leave it blank) in any of the named
 * columns. Returns the rows that are complete enough to check further.
 */
export function checkRequiredCells(
	document: ParsedDocument,
	table: ParsedTable,
	required: ReadonlyArray<string>,
	{ report }: RuleContext,
): ParsedRow[] {
	const indexes = required.map((name) =>
		table.columns.findIndex((column) => column.toLowerCase() === name.toLowerCase()),
	);
	return table.rows.filter((row) => {
		const blanks = required.filter((_, at) => {
			const cell = row.cells[indexes[at]!];
			return !cell || cell.text === '';
		});
		if (blanks.length === 0) return true;
		report({
			file: document.path,
			...row.position,
			ruleId: 'table/missing-cell',
			message: `This table row has no ${blanks.map((name) => `"${name}"`).join(', ')} value.`,
			hint: `Fill in every column. A row needs one cell per column, separated by "|".`,
		});
		return false;
	});
}
