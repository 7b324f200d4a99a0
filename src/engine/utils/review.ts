import { addDays } from './dates.ts';
import { durationMinutes } from './duration.ts';

/** The date a runbook is next due for review: `last_reviewed` plus its review interval. */
export function reviewDueDate(lastReviewed: string, reviewEvery: string): string {
	const minutes = durationMinutes(reviewEvery) ?? 0;
	return addDays(lastReviewed, Math.ceil(minutes / 1440));
}

/**
 * When a runbook is next due: its own `review_every`, else the configured default. The validator
 * and the site's pages both call this, so a page never shows a date the validator disagrees with.
 */
export function runbookReviewDue(
	runbook: { last_reviewed: string; review_every?: string | undefined },
	defaultEvery: string,
): { every: string; due: string } {
	const every = runbook.review_every ?? defaultEvery;
	return { every, due: reviewDueDate(runbook.last_reviewed, every) };
}
