/**
 * How documents present themselves to the site search (Pagefind, built by Starlight). Every
 * indexed page gets a `type` filter, runbooks and post-mortems a `severity` filter and their
 * services a `service` filter; the result title names the type and severity, so a responder sees
 * “Runbook · SEV1 · Complete site outage” before opening it.
 */

/** The document types, as the search dialog's Type filter lists them. */
export const SEARCH_TYPES = {
	runbook: 'Runbook',
	incident: 'Post-mortem',
	checklist: 'Checklist',
	handbook: 'Handbook',
} as const;

export type SearchType = keyof typeof SEARCH_TYPES;

/** Separates type, severity and title in a result title. */
export const SEARCH_TITLE_SEPARATOR = ' · ';

/** The search result title: `Runbook · SEV1 · Complete site outage`. */
export function searchTitle(type: SearchType, title: string, severity?: string): string {
	return [SEARCH_TYPES[type], severity?.trim(), title.trim()]
		.filter((part): part is string => Boolean(part))
		.join(SEARCH_TITLE_SEPARATOR);
}

/**
 * Whether rendered HTML already declares a document type for the search (a runbook's,
 * post-mortem's or checklist's details panel does), so the page is not also tagged “Handbook”.
 */
export function declaresSearchType(html: string): boolean {
	return /\bdata-pagefind-filter\s*=\s*["']?type:/.test(html);
}
