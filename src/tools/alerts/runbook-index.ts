/**
 * The runbook index for machines (`/api/runbooks.json`) and the alert list behind `/alerts/`
 * and the alert deep links. Pure: the pages pass in the collection, the site's path function
 * and the review state, so the catalog, the alert pages and the API agree.
 */
import type { RunbookFrontmatter } from '../../engine/schemas/runbook.ts';
import { alertRoute } from '../../engine/routes.ts';
import { byCodePoint } from '../../engine/utils/compare.ts';

/** The id of every runbook's Quick Diagnosis heading: where an alert link lands. */
export const QUICK_DIAGNOSIS_ANCHOR = 'quick-diagnosis';
/** The format version of `/api/runbooks.json`; raised only for a change that breaks readers. */
export const RUNBOOK_INDEX_VERSION = 1;

/** The frontmatter fields the index reads. */
export type RunbookFields = Pick<
	RunbookFrontmatter,
	| 'title'
	| 'description'
	| 'alerts'
	| 'services'
	| 'severity'
	| 'owner'
	| 'last_reviewed'
	| 'review_every'
>;

/** One runbook of the collection: its slug (file name) and frontmatter. */
export interface RunbookSource {
	slug: string;
	data: RunbookFields;
}

export interface IndexOptions {
	/** Turns a site path (`/runbooks/x/`) into the deployed one (adds the base). */
	path: (sitePath: string) => string;
	/** The review due date of a runbook and whether it has passed. */
	review: (data: RunbookFields) => { due: string; overdue: boolean };
}

export interface IndexedAlert {
	name: string;
	/** The alert's deep link, `/alerts/<name>/`. */
	url: string;
}

export interface IndexedRunbook {
	slug: string;
	title: string;
	description: string;
	url: string;
	quickDiagnosisUrl: string;
	alerts: IndexedAlert[];
	services: string[];
	severity: string;
	owner: string;
	lastReviewed: string;
	reviewDue: string;
	reviewStatus: 'current' | 'overdue';
}

export interface RunbookIndex {
	version: typeof RUNBOOK_INDEX_VERSION;
	runbooks: IndexedRunbook[];
}

/** One alert name with the runbook that claims it. */
export interface AlertEntry {
	name: string;
	slug: string;
	title: string;
	severity: string;
	services: readonly string[];
}

/** Site path of a runbook page. */
export const runbookSitePath = (slug: string): string => `/runbooks/${slug}/`;
/** Site path of a runbook's Quick Diagnosis section: where an alert deep link sends the browser. */
export const quickDiagnosisSitePath = (slug: string): string =>
	`${runbookSitePath(slug)}#${QUICK_DIAGNOSIS_ANCHOR}`;

/**
 * Alert names in reading order: case-insensitive, then exact (so `apiDown` sits beside
 * `APIDown`, and the order never depends on the build machine's locale).
 */
export function compareAlertNames(a: string, b: string): number {
	return byCodePoint(a.toLowerCase(), b.toLowerCase()) || byCodePoint(a, b);
}

/**
 * Every alert of every runbook, sorted by name. A name claimed twice (which the validator
 * reports as an error) is listed once, for the runbook that sorts first by slug.
 */
export function listAlerts(runbooks: readonly RunbookSource[]): AlertEntry[] {
	const seen = new Map<string, AlertEntry>();
	for (const { slug, data } of [...runbooks].sort((a, b) => byCodePoint(a.slug, b.slug))) {
		for (const name of data.alerts) {
			if (seen.has(name)) continue;
			seen.set(name, {
				name,
				slug,
				title: data.title,
				severity: data.severity,
				services: data.services,
			});
		}
	}
	return [...seen.values()].sort((a, b) => compareAlertNames(a.name, b.name));
}

/** The `/api/runbooks.json` document: every runbook by slug, with site-absolute URLs. */
export function buildRunbookIndex(
	runbooks: readonly RunbookSource[],
	{ path, review }: IndexOptions,
): RunbookIndex {
	return {
		version: RUNBOOK_INDEX_VERSION,
		runbooks: [...runbooks]
			.sort((a, b) => byCodePoint(a.slug, b.slug))
			.map(({ slug, data }) => {
				const state = review(data);
				return {
					slug,
					title: data.title,
					description: data.description,
					url: path(runbookSitePath(slug)),
					quickDiagnosisUrl: path(quickDiagnosisSitePath(slug)),
					alerts: data.alerts.map((name) => ({ name, url: path(alertRoute(name)) })),
					services: [...data.services],
					severity: data.severity,
					owner: data.owner,
					lastReviewed: data.last_reviewed,
					reviewDue: state.due,
					reviewStatus: state.overdue ? 'overdue' : 'current',
				};
			}),
	};
}
