import { addDays } from './dates.ts';
import { durationMinutes } from './duration.ts';

/** The date a runbook is next due for review: `last_reviewed` plus its review interval. */
export function reviewDueDate(lastReviewed: string, reviewEvery: string): string {
	const minutes = durationMinutes(reviewEvery) ?? 0;
	return addDays(lastReviewed, Math.ceil(minutes / 1440));
}
