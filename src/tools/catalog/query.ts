/**
 * A filtered table's state in the URL, so a view can be shared:
 * `/runbooks/?service=payments-api&severity=SEV1&review=overdue&sort=due`,
 * `/action-items/?owner=Ana+Lima&status=Overdue`. Pure: the caller passes the query string, the
 * table's config and the values the table offers.
 */
import { defaultSort, type TableConfig, type TableOptions, type TableState } from './filter.ts';

/** The parameter that holds the sort. */
export const SORT_PARAM = 'sort';

/**
 * The query parameters a table owns; any others in the URL are left alone. A table with a single
 * order has no sort field, so it leaves `sort` alone too.
 */
export function ownedParams(config: TableConfig): string[] {
	const names = config.filters.map((filter) => filter.name);
	return config.sorts.length > 1 ? [...names, SORT_PARAM] : names;
}

/** Folds case and every run of spaces or punctuation, so `in-progress` finds `In progress`. */
const loose = (text: string) =>
	text
		.toLowerCase()
		.replace(/[\u0027\u2018\u2019]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

/**
 * The value among `allowed` that `params` names for `key`. The first usable value of a repeated
 * parameter wins. A value that differs only in case matches too (`sev1` → `SEV1`), and failing
 * that one that differs only in spaces and punctuation (`wont-do` → `Won't do`), since alerting
 * tools and people retype these by hand.
 */
function pick(
	params: URLSearchParams,
	key: string,
	allowed: readonly string[],
): string | undefined {
	for (const raw of params.getAll(key)) {
		const value = raw.trim();
		if (!value) continue;
		if (allowed.includes(value)) return value;
		const lower = value.toLowerCase();
		const folded = allowed.find((candidate) => candidate.toLowerCase() === lower);
		if (folded !== undefined) return folded;
		const wanted = loose(value);
		const near = wanted ? allowed.find((candidate) => loose(candidate) === wanted) : undefined;
		if (near !== undefined) return near;
	}
	return undefined;
}

/**
 * The state from a query string (with or without the leading `?`). Parsed defensively: unknown
 * parameters, values the table does not offer, empty values and malformed encodings never throw;
 * they are ignored and the filter stays at “any”.
 */
export function parseQuery(search: string, config: TableConfig, options: TableOptions): TableState {
	const fallback = defaultSort(config);
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(search);
	} catch {
		return { filters: {}, sort: fallback };
	}
	const filters: Record<string, string> = {};
	for (const filter of config.filters) {
		const allowed = (options[filter.name] ?? []).map((option) => option.value);
		const value = pick(params, filter.name, allowed);
		if (value !== undefined) filters[filter.name] = value;
	}
	const sorts = config.sorts.length > 1 ? config.sorts.map((sort) => sort.value) : [];
	return { filters, sort: pick(params, SORT_PARAM, sorts) ?? fallback };
}

/**
 * The query string (`''` or `?…`) for `state`: the table's parameters replaced, in the config's
 * order, the default sort left out; parameters that are not the table's kept as they were.
 */
export function toQuery(search: string, state: TableState, config: TableConfig): string {
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(search);
	} catch {
		params = new URLSearchParams();
	}
	for (const key of ownedParams(config)) params.delete(key);
	for (const filter of config.filters) {
		const value = state.filters[filter.name];
		if (value !== undefined) params.append(filter.name, value);
	}
	if (config.sorts.length > 1 && state.sort !== defaultSort(config))
		params.append(SORT_PARAM, state.sort);
	const text = params.toString();
	return text ? `?${text}` : '';
}
