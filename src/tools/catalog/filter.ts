/**
 * Filtering and sorting of a server-rendered table: the runbook catalog, the post-mortem list and
 * the action items. Pure: the `<table-filters>` element reads each row's values from the cells
 * (as the table's `TableConfig` says), passes them here and applies the resulting order.
 */

/**
 * Where a filter or sort finds its value in a row: a cell, picked by the `data-col` of its
 * column's header cell.
 */
export interface ValueSource {
	/** The `data-col` of the column's header cell. */
	col: string;
	/**
	 * A selector for the elements inside the cell that each hold one value (a cell listing three
	 * services gives three values). Without it, the whole cell is one value. A picked element's
	 * `data-value` attribute, when present, wins over its text.
	 */
	pick?: string;
	/**
	 * How the texts become values: as they are (the default); `year`, the first four-digit year
	 * in the text; or a flag, one value when `pick` finds something and another when it does not.
	 */
	read?: 'text' | 'year' | { present: string; absent: string };
}

/** One choice of a filter with a fixed list of values. */
export interface FilterOption {
	value: string;
	label: string;
}

/** One filter: a select in the form and a parameter in the URL. */
export interface FilterSpec {
	/** The URL parameter and form field name, such as `service`. */
	name: string;
	/** The field's label, such as `Service`. */
	label: string;
	/** The option that turns the filter off, such as `All services`. */
	any: string;
	source: ValueSource;
	/** The choices, when fixed; otherwise every value found in the table. */
	options?: readonly FilterOption[];
	/** Values found in the table that come first, in this order (a scale's levels); others follow A–Z. */
	order?: readonly string[];
	/** The values not in `order` Z–A instead (years, newest first). */
	descending?: boolean;
}

/** One choice of the Sort by select. */
export interface SortSpec {
	/** The URL value, such as `due`. */
	value: string;
	label: string;
	/** The value to sort by; without it, the order the server rendered. */
	by?: ValueSource;
	/** Largest first instead of smallest first. */
	descending?: boolean;
}

/** How one table is filtered. */
export interface TableConfig {
	filters: readonly FilterSpec[];
	/** The sorts; the first is the server's order and the default. Fewer than two: no sort field. */
	sorts: readonly SortSpec[];
	/** What one row is, for “Showing 5 of 12 runbooks”: singular and plural. */
	noun: readonly [string, string];
}

/** One row's values: for each filter name, the row's values; for each sort, its key. */
export interface TableRow {
	values: Readonly<Record<string, readonly string[]>>;
	keys: Readonly<Record<string, string>>;
}

/** What the reader picked: a value per filter (a missing key means “any”) and the sort. */
export interface TableState {
	filters: Readonly<Record<string, string>>;
	sort: string;
}

/** The values each filter offers, in display order, by filter name. */
export type TableOptions = Record<string, FilterOption[]>;

export interface TableView {
	/** Indexes into the input rows: the matching rows in display order. */
	shown: number[];
	/** Indexes of the rows that do not match, in their original order. */
	hidden: number[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Titles A–Z, ignoring case and accents, with numbers in numeric order (“Service 2” < “Service 10”). */
export function compareTitles(a: string, b: string): number {
	return collator.compare(a, b);
}

/** The default sort: the first, the order the server rendered. */
export function defaultSort(config: TableConfig): string {
	return config.sorts[0]?.value ?? '';
}

/**
 * The values of one source from what the cell holds: the trimmed texts (or `data-value`s) of the
 * elements `pick` found, or the whole cell's text without `pick`. Empty values are dropped.
 */
export function readValues(source: ValueSource, texts: readonly string[]): string[] {
	const read = source.read ?? 'text';
	if (typeof read === 'object') return [texts.length > 0 ? read.present : read.absent];
	const values = read === 'year' ? texts.map((text) => /\d{4}/.exec(text)?.[0] ?? '') : texts;
	return values.filter(Boolean);
}

/** Whether a row passes every filter that is set. */
export function matches(row: TableRow, state: TableState): boolean {
	for (const [name, value] of Object.entries(state.filters)) {
		if (!(row.values[name] ?? []).includes(value)) return false;
	}
	return true;
}

/** Indexes of every row in the order of `sort`; equal rows keep their input (server) order. */
export function sortedOrder(rows: readonly TableRow[], sort: SortSpec | undefined): number[] {
	const order = rows.map((_, index) => index);
	if (!sort?.by) return order;
	const direction = sort.descending ? -1 : 1;
	const key = sort.value;
	return order.sort(
		(a, b) =>
			direction * compareTitles(rows[a]!.keys[key] ?? '', rows[b]!.keys[key] ?? '') || a - b,
	);
}

/** Which rows to show, in which order, and which to hide. */
export function view(rows: readonly TableRow[], state: TableState, config: TableConfig): TableView {
	const shown: number[] = [];
	const hidden: number[] = [];
	const sort = config.sorts.find((candidate) => candidate.value === state.sort);
	for (const index of sortedOrder(rows, sort))
		(matches(rows[index]!, state) ? shown : hidden).push(index);
	hidden.sort((a, b) => a - b);
	return { shown, hidden };
}

/** Whether any filter (not the sort) narrows the list. */
export function isFiltered(state: TableState): boolean {
	return Object.keys(state.filters).length > 0;
}

/**
 * The values each filter can take: its fixed options, or the values found in the rows, those in
 * its `order` first (in that order), the rest A–Z.
 */
export function collectOptions(rows: readonly TableRow[], config: TableConfig): TableOptions {
	const options: TableOptions = {};
	for (const filter of config.filters) {
		if (filter.options) {
			options[filter.name] = filter.options.map((option) => ({ ...option }));
			continue;
		}
		const found = new Set<string>();
		for (const row of rows) for (const value of row.values[filter.name] ?? []) found.add(value);
		const order = filter.order ?? [];
		const rank = (value: string) => {
			const index = order.indexOf(value);
			return index === -1 ? order.length : index;
		};
		const direction = filter.descending ? -1 : 1;
		options[filter.name] = [...found]
			.sort((a, b) => rank(a) - rank(b) || direction * compareTitles(a, b))
			.map((value) => ({ value, label: value }));
	}
	return options;
}

/** “Showing 5 of 12 runbooks”, read out politely after each change. */
export function countText(shown: number, total: number, noun: TableConfig['noun']): string {
	const [one, many] = noun;
	const word = total === 1 ? one : many;
	if (shown === total) return total === 1 ? `Showing 1 ${one}` : `Showing all ${total} ${many}`;
	return `Showing ${shown} of ${total} ${word}`;
}
