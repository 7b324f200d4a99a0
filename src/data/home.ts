/**
 * The home page's build-time figures: open post-mortem action items and runbooks due for
 * review, as of `handbookToday()` (HANDBOOK_TODAY or the real UTC date). This file only loads
 * content; the counting and sorting live in src/tools/home/summary.ts, where they are tested.
 */
import { getCollection } from 'astro:content';
import {
	summariseActionItems,
	summariseReviews,
	type ActionItemSummary,
	type ReviewSummary,
} from '../tools/home/summary.ts';
import { actionPriorities, loadPostMortemItems } from './action-items.ts';
import { runbookPath } from './links.ts';
import { reviewState } from './runbooks.ts';
import { handbookToday } from './today.ts';

export interface HomeSummary {
	today: string;
	actionItems: ActionItemSummary;
	reviews: ReviewSummary;
}

export async function homeSummary(today: string = handbookToday()): Promise<HomeSummary> {
	const [postMortems, runbooks, priorities] = await Promise.all([
		loadPostMortemItems(),
		getCollection('runbooks'),
		actionPriorities(),
	]);
	const reviews = runbooks.map((entry) => ({
		slug: entry.id,
		title: entry.data.title,
		url: runbookPath(entry.id),
		owner: entry.data.owner,
		due: reviewState(entry.data, today).due,
	}));
	return {
		today,
		actionItems: summariseActionItems(postMortems, today, { priorities }),
		reviews: summariseReviews(reviews, today),
	};
}
