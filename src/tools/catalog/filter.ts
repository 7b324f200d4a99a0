/**
 * Filtering and sorting of the runbook catalog (`/runbooks/`). Pure: the custom element reads the
 * rows from the server-rendered table, passes them here and applies the resulting order.
 */

/** One runbook as the catalog table shows it. */
export interface CatalogRow {
	title: string;
	services: readonly string[];
	/** The severity level id, such as `SEV1`. */
	severity: string;
	owner: string;
	/** The next review date, `YYYY-MM-DD`. */
	due: string;
	/** Whether the review date had passed when the site was built. */
	overdue: boolean;
}

export const REVIEW_STATUSES = ['current', 'overdue'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const SORTS = ['title', 'due'] as const;
export type CatalogSort = (typeof SORTS)[number];

/** The default order, the one the server renders. */
export const DEFAULT_SORT: CatalogSort = 'title';

/** What the reader picked. A missing key means “any”. */
export interface CatalogFilters {
	service?: string;
	severity?: string;
	owner?: string;
	review?: ReviewStatus;
	sort: CatalogSort;
}

/** The values each filter offers, in display order. */
export interface CatalogOptions {
	services: string[];
	severities: string[];
	owners: string[];
}

export interface CatalogView {
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

/** Whether a row passes every filter that is set. */
export function matches(row: CatalogRow, filters: CatalogFilters): boolean {
	if (filters.service !== undefined && !row.services.includes(filters.service)) return false;
	if (filters.severity !== undefined && row.severity !== filters.severity) return false;
	if (filters.owner !== undefined && row.owner !== filters.owner) return false;
	if (filters.review !== undefined && row.overdue !== (filters.review === 'overdue')) return false;
	return true;
}

/** Compares two rows for a sort; ties fall back to the title, then to the original order. */
export function compareRows(a: CatalogRow, b: CatalogRow, sort: CatalogSort): number {
	if (sort === 'due') {
		// ISO dates compare as strings; the most urgent review comes first.
		if (a.due !== b.due) return a.due < b.due ? -1 : 1;
	}
	return compareTitles(a.title, b.title);
}

/** Indexes of every row in the order of `sort`; equal rows keep their input order. */
export function sortedOrder(rows: readonly CatalogRow[], sort: CatalogSort): number[] {
	return rows
		.map((_, index) => index)
		.sort((a, b) => compareRows(rows[a]!, rows[b]!, sort) || a - b);
}

/** Which rows to show, in which order, and which to hide. */
export function view(rows: readonly CatalogRow[], filters: CatalogFilters): CatalogView {
	const shown: number[] = [];
	const hidden: number[] = [];
	for (const index of sortedOrder(rows, filters.sort))
		(matches(rows[index]!, filters) ? shown : hidden).push(index);
	hidden.sort((a, b) => a - b);
	return { shown, hidden };
}

/** Whether any filter (not the sort) narrows the list. */
export function isFiltered(filters: CatalogFilters): boolean {
	return (
		filters.service !== undefined ||
		filters.severity !== undefined ||
		filters.owner !== undefined ||
		filters.review !== undefined
	);
}

/**
 * The values each filter can take, taken from the rows: services and owners A–Z; severities in
 * the scale's order (`levelOrder`), with ids the scale lacks after them, A–Z.
 */
export function collectOptions(
	rows: readonly CatalogRow[],
	levelOrder: readonly string[] = [],
): CatalogOptions {
	const services = new Set<string>();
	const severities = new Set<string>();
	const owners = new Set<string>();
	for (const row of rows) {
		for (const service of row.services) services.add(service);
		severities.add(row.severity);
		owners.add(row.owner);
	}
	const rank = (id: string) => {
		const index = levelOrder.indexOf(id);
		return index === -1 ? levelOrder.length : index;
	};
	return {
		services: [...services].sort(compareTitles),
		severities: [...severities].sort((a, b) => rank(a) - rank(b) || compareTitles(a, b)),
		owners: [...owners].sort(compareTitles),
	};
}

/** “Showing 5 of 12 runbooks”, read out politely after each change. */
export function countText(shown: number, total: number): string {
	const noun = total === 1 ? 'runbook' : 'runbooks';
	if (shown === total) return total === 1 ? 'Showing 1 runbook' : `Showing all ${total} ${noun}`;
	return `Showing ${shown} of ${total} ${noun}`;
}
