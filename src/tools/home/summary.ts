/**
 * What the home page shows a team lead: open post-mortem action items (overdue first) and
 * runbooks due for review. Pure: the content and "today" come in as arguments, so the tests
 * can move the date; src/data/home.ts loads the content at build time.
 */
import { addDays, daysBetween } from '../../engine/utils/dates.ts';
import {
	compareDue,
	isDueDate,
	sortActionItems,
	trackActionItems,
	type PostMortemItems,
	type TrackedActionItem,
} from '../action-items/items.ts';

export type { PostMortemItems };

/**
 * An open action item with where it comes from, its row on the post-mortem page (`url`) and how
 * late it is.
 */
export type OpenActionItem = TrackedActionItem;

export interface ActionItemSummary {
	/** Every open action item (Open or In progress), across all post-mortems. */
	openCount: number;
	overdueCount: number;
	/** Overdue items, most overdue first, capped at `overdueLimit`. */
	overdue: OpenActionItem[];
	/**
	 * Open items not overdue, soonest due first (unreadable dates last): enough to make `limit`
	 * items with the overdue ones, and at least `minUpcoming`.
	 */
	upcoming: OpenActionItem[];
	/** Open items neither list shows. */
	notShown: number;
}

export interface ActionItemOptions {
	/** Level ids of the action-priority scale, most urgent first; breaks ties on the same date. */
	priorities?: ReadonlyArray<string>;
	/** How many items to list in all, when few are overdue. @default 5 */
	limit?: number;
	/** The most overdue items to list: all of them matter, but the page must stay short. @default 10 */
	overdueLimit?: number;
	/** Upcoming items listed however many are overdue. @default 2 */
	minUpcoming?: number;
}

/**
 * Open action items across post-mortems, split into overdue and upcoming, as of `today`, in the
 * order of the /action-items/ page (src/tools/action-items/items.ts).
 */
export function summariseActionItems(
	postMortems: ReadonlyArray<PostMortemItems>,
	today: string,
	{ priorities = [], limit = 5, overdueLimit = 10, minUpcoming = 2 }: ActionItemOptions = {},
): ActionItemSummary {
	const open = sortActionItems(
		trackActionItems(postMortems, today).filter((item) => item.open),
		priorities,
	);
	const overdue = open.filter((item) => item.overdue);
	const upcoming = open.filter((item) => !item.overdue);
	const shownOverdue = overdue.slice(0, Math.max(0, overdueLimit));
	const shown = {
		overdue: shownOverdue,
		upcoming: upcoming.slice(0, Math.max(minUpcoming, limit - shownOverdue.length, 0)),
	};
	return {
		openCount: open.length,
		overdueCount: overdue.length,
		...shown,
		notShown: open.length - shown.overdue.length - shown.upcoming.length,
	};
}

/** A runbook with its next review date (from `reviewState`). */
export interface RunbookReview {
	slug: string;
	title: string;
	url: string;
	owner: string;
	/** The date the next review is due, `YYYY-MM-DD`. */
	due: string;
}

export interface ReviewEntry extends RunbookReview {
	overdue: boolean;
	/** Whole days past the due date, or until it (negative = not yet due). */
	daysOverdue: number;
}

export interface ReviewSummary {
	overdueCount: number;
	/** Due today or within the window, not yet overdue. */
	dueSoonCount: number;
	/** The window used, in days. */
	windowDays: number;
	/** Overdue runbooks, longest overdue first, then those due soon, soonest first; capped. */
	shown: ReviewEntry[];
	/** Overdue or due-soon runbooks the list leaves out. */
	notShown: number;
}

/** Runbooks whose review is overdue or due within `windowDays` of `today`. */
export function summariseReviews(
	runbooks: ReadonlyArray<RunbookReview>,
	today: string,
	{ windowDays = 30, limit = 5 }: { windowDays?: number; limit?: number } = {},
): ReviewSummary {
	const horizon = addDays(today, windowDays);
	const entries = runbooks
		.filter((runbook) => isDueDate(runbook.due) && runbook.due <= horizon)
		.map((runbook) => ({
			...runbook,
			overdue: runbook.due < today,
			daysOverdue: daysBetween(runbook.due, today),
		}))
		.sort((a, b) => compareDue(a.due, b.due) || a.title.localeCompare(b.title, 'en'));
	const overdueCount = entries.filter((entry) => entry.overdue).length;
	const shown = entries.slice(0, Math.max(0, limit));
	return {
		overdueCount,
		dueSoonCount: entries.length - overdueCount,
		windowDays,
		shown,
		notShown: entries.length - shown.length,
	};
}

/** `1 action item`, `3 action items`, `0 runbooks`. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
	return `${count} ${count === 1 ? singular : plural}`;
}
