/**
 * The lines that date a printout: which document a page shows, and how fresh that document was
 * when it was built. A sheet of paper cannot update itself, so it has to say how old it is.
 */
import { nextRunDue } from './cadence.ts';

/** The document kinds whose pages carry a date of their own, by the route prefix they live under. */
const ROUTES = {
	runbook: 'runbooks',
	checklist: 'maintenance',
	incident: 'incidents',
} as const;

export type DocumentKind = keyof typeof ROUTES;

/** What a page shows, as far as its print footer is concerned. */
export type PageSubject =
	{ kind: DocumentKind; id: string } | { kind: 'collection'; id: string } | { kind: 'page' };

/**
 * What the page at `pathname` shows: one runbook, checklist or post-mortem (by id), a print
 * collection, or anything else. `base` is the path the site is served under (`/` or
 * `/handbook/`). Catalogs such as `/runbooks/` are ordinary pages.
 */
export function pageSubject(pathname: string, base: string): PageSubject {
	const prefix = base.replace(/\/*$/, '/');
	if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) return { kind: 'page' };
	const segments = pathname
		.slice(prefix.length)
		.split('/')
		.filter((segment) => segment !== '');
	if (segments.length !== 2) return { kind: 'page' };
	const [section, id] = segments as [string, string];
	if (section === 'print') return { kind: 'collection', id };
	for (const [kind, route] of Object.entries(ROUTES) as Array<[DocumentKind, string]>) {
		if (section === route) return { kind, id: safeDecode(id) };
	}
	return { kind: 'page' };
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** A dating line, and whether it says the document was already out of date when built. */
export interface Stamp {
	text: string;
	stale: boolean;
}

/** A runbook's review dates: when it is next due, and when it was last reviewed. */
export function runbookStamp(review: {
	lastReviewed: string;
	due: string;
	overdue: boolean;
}): Stamp {
	return review.overdue
		? {
				text: `Review overdue: it was due ${review.due} (last reviewed ${review.lastReviewed}).`,
				stale: true,
			}
		: { text: `Review due ${review.due} (last reviewed ${review.lastReviewed}).`, stale: false };
}

/**
 * A checklist's schedule: how often it runs, when it was last completed and when it is next due,
 * judged against `today` (`YYYY-MM-DD`, UTC).
 */
export function checklistStamp(
	checklist: { cadence: string; last_completed?: string | undefined },
	today: string,
): Stamp {
	const runs =
		checklist.cadence === 'on-demand'
			? 'Run on demand'
			: `Runs ${checklist.cadence.replace(/-/g, ' ')}`;
	const last = checklist.last_completed;
	if (!last) return { text: `${runs}; no completion recorded.`, stale: false };
	const next = nextRunDue(last, checklist.cadence);
	if (!next) return { text: `${runs}; last completed ${last}.`, stale: false };
	return next < today
		? { text: `${runs}; last completed ${last}, next run was due ${next}.`, stale: true }
		: { text: `${runs}; last completed ${last}, next run due ${next}.`, stale: false };
}

/**
 * A post-mortem's standing: its status and the incident's date. A post-mortem not yet final
 * says that what it claims may still change.
 */
export function incidentStamp(incident: { status: string; date: string }): Stamp {
	const status = incident.status.replace(/-/g, ' ');
	const label = status.charAt(0).toUpperCase() + status.slice(1);
	const caution = incident.status === 'final' ? '' : ' It may still change.';
	return {
		text: `Post-mortem status: ${label}. Incident of ${incident.date}.${caution}`,
		stale: false,
	};
}
