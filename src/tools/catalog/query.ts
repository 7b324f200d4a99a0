/**
 * The catalog's filters in the URL, so a filtered view can be shared:
 * `/runbooks/?service=payments-api&severity=SEV1&owner=payments-team&review=overdue&sort=due`.
 * Pure: the caller passes the query string and the values the table offers.
 */
import {
	DEFAULT_SORT,
	REVIEW_STATUSES,
	SORTS,
	type CatalogFilters,
	type CatalogOptions,
} from './filter.ts';

/** The query parameters the catalog owns; any others in the URL are left alone. */
export const PARAMS = ['service', 'severity', 'owner', 'review', 'sort'] as const;

/**
 * The value among `allowed` that `params` names for `key`. The first usable value of a repeated
 * parameter wins; a value that differs only in case matches too (`sev1` → `SEV1`), since alerting
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
	}
	return undefined;
}

/**
 * Filters from a query string (with or without the leading `?`). Parsed defensively: unknown
 * parameters, values the table does not offer, empty values and malformed encodings never throw;
 * they are ignored and the filter stays at “any”.
 */
export function parseQuery(search: string, options: CatalogOptions): CatalogFilters {
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(search);
	} catch {
		return { sort: DEFAULT_SORT };
	}
	const filters: CatalogFilters = {
		sort: (pick(params, 'sort', SORTS) as CatalogFilters['sort'] | undefined) ?? DEFAULT_SORT,
	};
	const service = pick(params, 'service', options.services);
	const severity = pick(params, 'severity', options.severities);
	const owner = pick(params, 'owner', options.owners);
	const review = pick(params, 'review', REVIEW_STATUSES) as CatalogFilters['review'];
	if (service !== undefined) filters.service = service;
	if (severity !== undefined) filters.severity = severity;
	if (owner !== undefined) filters.owner = owner;
	if (review !== undefined) filters.review = review;
	return filters;
}

/**
 * The query string (`''` or `?…`) for `filters`: the catalog's parameters replaced, in a fixed
 * order, the default sort left out; parameters that are not the catalog's kept as they were.
 */
export function toQuery(search: string, filters: CatalogFilters): string {
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(search);
	} catch {
		params = new URLSearchParams();
	}
	for (const key of PARAMS) params.delete(key);
	if (filters.service !== undefined) params.append('service', filters.service);
	if (filters.severity !== undefined) params.append('severity', filters.severity);
	if (filters.owner !== undefined) params.append('owner', filters.owner);
	if (filters.review !== undefined) params.append('review', filters.review);
	if (filters.sort !== DEFAULT_SORT) params.append('sort', filters.sort);
	const text = params.toString();
	return text ? `?${text}` : '';
}
