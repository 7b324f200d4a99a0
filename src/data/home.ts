/**
 * The home page's build-time figures: open post-mortem action items and runbooks due for
 * review, as of `handbookToday()` (HANDBOOK_TODAY or the real UTC date). This file only loads
 * content; the counting and sorting live in src/tools/home/summary.ts, where they are tested.
 */
import { getCollection } from 'astro:content';
import { extractActionItems } from '../engine/extract/action-items.ts';
import { SCALE_ROLES } from '../engine/schemas/severity.ts';
import {
	summariseActionItems,
	summariseReviews,
	type ActionItemSummary,
	type ReviewSummary,
} from '../tools/home/summary.ts';
import { incidentPath, runbookPath } from './links.ts';
import { reviewState } from './runbooks.ts';
import { getScale } from './severity.ts';
import { handbookToday } from './today.ts';

export interface HomeSummary {
	today: string;
	actionItems: ActionItemSummary;
	reviews: ReviewSummary;
}

export async function homeSummary(today: string = handbookToday()): Promise<HomeSummary> {
	const [incidents, runbooks, priorityScale] = await Promise.all([
		getCollection('incidents'),
		getCollection('runbooks'),
		getScale(SCALE_ROLES.actionPriority),
	]);
	const postMortems = incidents.map((entry) => ({
		id: entry.id,
		title: entry.data.title,
		url: incidentPath(entry.id),
		items: extractActionItems(entry.body ?? '', { mdx: entry.filePath?.endsWith('.mdx') ?? true }),
	}));
	const reviews = runbooks.map((entry) => ({
		slug: entry.id,
		title: entry.data.title,
		url: runbookPath(entry.id),
		owner: entry.data.owner,
		due: reviewState(entry.data, today).due,
	}));
	return {
		today,
		actionItems: summariseActionItems(postMortems, today, {
			priorities: priorityScale?.levels.map((level) => level.id) ?? [],
		}),
		reviews: summariseReviews(reviews, today),
	};
}
