import type { RunbookFrontmatter } from '../engine/schemas/runbook.ts';
import { runbookReviewDue } from '../engine/utils/review.ts';
import { handbookSettings } from './settings.ts';
import { handbookToday } from './today.ts';

export interface ReviewState {
	/** The review interval that applies: the runbook's own or the site default. */
	every: string;
	/** The date the next review is due (YYYY-MM-DD). */
	due: string;
	/** Whether the due date is before today. */
	overdue: boolean;
}

/** When a runbook is next due for review, and whether that date has passed. */
export function reviewState(
	data: Pick<RunbookFrontmatter, 'last_reviewed' | 'review_every'>,
	today: string = handbookToday(),
): ReviewState {
	const { every, due } = runbookReviewDue(data, handbookSettings().reviewEvery);
	return { every, due, overdue: due < today };
}
