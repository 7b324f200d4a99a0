/**
 * The documents of each print collection, in print order, with the facts printed above each
 * one. The print pages and the PDF manifest both read these, so the PDFs hold exactly what the
 * pages show. (The leading underscore keeps Astro from making a page of this file.)
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { cadenceLabel, cadenceRank } from '../../data/format.ts';
import { reviewState } from '../../data/runbooks.ts';
import { handbookToday } from '../../data/today.ts';
import { compareTitles } from '../../tools/catalog/filter.ts';
import { compareHandbookPages, entryAnchor, isIncidentChecklist } from '../../print/collections.ts';
import { checklistStamp, runbookStamp, type Stamp } from '../../print/stamp.ts';
import type { CollectionName } from '../../print/paths.ts';

/** What each collection is called and how its cover describes it. */
export const COLLECTION_TEXT: Record<
	CollectionName,
	{ title: string; description: string; intro: string; noun: [string, string]; empty: string }
> = {
	checklists: {
		title: 'Printable checklists',
		description:
			'Every maintenance checklist and every incident checklist in one document to print, each on its own sheet.',
		intro:
			'Every maintenance checklist, most frequent first, then every handbook page that holds an incident checklist. Tick the boxes with a pen and write the time beside each one.',
		noun: ['checklist', 'checklists'],
		empty: 'There are no maintenance checklists and no handbook pages with task lists yet.',
	},
	runbooks: {
		title: 'Printable runbooks',
		description: 'Every runbook in one document to print, each starting on its own sheet.',
		intro:
			'Every runbook, by title, for the day the network, the wiki and this site are down. Each one says when it is next due for review.',
		noun: ['runbook', 'runbooks'],
		empty: 'There are no runbooks yet.',
	},
};

export type PrintableEntry =
	CollectionEntry<'maintenance'> | CollectionEntry<'docs'> | CollectionEntry<'runbooks'>;

/** One document in a print collection. */
export interface PrintEntry {
	/** The id of the section that holds it; its own ids are prefixed with this. */
	anchor: string;
	title: string;
	/** Its own page, as a site path without the base. */
	route: string;
	/** Short facts for the line under its title, such as its cadence and owner. */
	facts: string[];
	/** How current it was at build time. */
	stamp: Stamp;
	entry: PrintableEntry;
}

/**
 * Maintenance checklists, most frequent first, then handbook pages that hold a checklist (the
 * collection prints only those pages' checklist sections).
 */
async function checklistEntries(today: string): Promise<PrintEntry[]> {
	const maintenance = (await getCollection('maintenance')).sort(
		(a, b) =>
			cadenceRank(a.data.cadence) - cadenceRank(b.data.cadence) ||
			compareTitles(a.data.title, b.data.title),
	);
	const pages = (await getCollection('docs'))
		.filter((entry) => isIncidentChecklist({ id: entry.id, body: entry.body }))
		.sort((a, b) =>
			compareHandbookPages(
				{ id: a.id, title: a.data.title, order: a.data.sidebar.order },
				{ id: b.id, title: b.data.title, order: b.data.sidebar.order },
			),
		);
	return [
		...maintenance.map((entry) => ({
			anchor: entryAnchor('checklist', entry.id),
			title: entry.data.title,
			route: `/maintenance/${entry.id}/`,
			facts: [cadenceLabel(entry.data.cadence), `Owner: ${entry.data.owner}`],
			stamp: checklistStamp(entry.data, today),
			entry,
		})),
		...pages.map((entry) => ({
			anchor: entryAnchor('page', entry.id),
			title: entry.data.title,
			route: `/${entry.id}/`,
			facts: ['Handbook page (its checklist sections only)'],
			stamp: { text: `As built on ${today}.`, stale: false },
			entry,
		})),
	];
}

/** Every runbook, by title, as the catalog lists them. */
async function runbookEntries(): Promise<PrintEntry[]> {
	const runbooks = (await getCollection('runbooks')).sort((a, b) =>
		compareTitles(a.data.title, b.data.title),
	);
	return runbooks.map((entry) => {
		const review = reviewState(entry.data);
		return {
			anchor: entryAnchor('runbook', entry.id),
			title: entry.data.title,
			route: `/runbooks/${entry.id}/`,
			facts: [`Default severity: ${entry.data.severity}`, `Owner: ${entry.data.owner}`],
			stamp: runbookStamp({ lastReviewed: entry.data.last_reviewed, ...review }),
			entry,
		};
	});
}

/** The documents of a print collection, in the order they print. */
export function printEntries(
	name: CollectionName,
	today: string = handbookToday(),
): Promise<PrintEntry[]> {
	return name === 'checklists' ? checklistEntries(today) : runbookEntries();
}
