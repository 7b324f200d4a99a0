/**
 * Action items across post-mortems, each with its post-mortem, its row on that page and how late
 * it is as of a given day. Shared by the home page's summary and the /action-items/ page, so both
 * agree on what is overdue and in which order items come. Pure: content and “today” are
 * arguments.
 */
import { isOpenStatus, type ActionItem } from '../../engine/extract/action-items.ts';
import { daysBetween, isRealDate } from '../../engine/utils/dates.ts';
import { actionItemAnchors } from './anchor.ts';

/** A post-mortem with the action items read from its body. */
export interface PostMortemItems {
	id: string;
	title: string;
	/** The post-mortem page (site-absolute). */
	url: string;
	items: ActionItem[];
}

/** An action item with where it comes from and how late it is. */
export interface TrackedActionItem extends ActionItem {
	postMortem: { id: string; title: string; url: string };
	/** The id of the item's row on the post-mortem page. */
	anchor: string;
	/** The post-mortem page at the item's row. */
	url: string;
	/** Still work to do: Open or In progress. */
	open: boolean;
	/** Due before today and still Open or In progress. */
	overdue: boolean;
	/** Whole days past the due date; 0 when not overdue or the date is unreadable. */
	daysOverdue: number;
	/**
	 * Whole days until the due date (0 = due today) of an open item; `undefined` when overdue,
	 * closed or the date is unreadable.
	 */
	daysLeft: number | undefined;
}

/**
 * Where an item belongs in the list: overdue first, then open, then items whose status the
 * handbook does not know (the validator reports those), then closed (Done or Won't do).
 */
export type ActionItemGroup = 'overdue' | 'open' | 'unknown' | 'closed';

const GROUP_ORDER: Record<ActionItemGroup, number> = { overdue: 0, open: 1, unknown: 2, closed: 3 };

/** What the status column and the status filter call an item with an empty Status cell. */
export const NO_STATUS = 'No status';

/** Whether text is a real `YYYY-MM-DD` date. */
export function isDueDate(text: string): boolean {
	return /^\d{4}-\d{2}-\d{2}$/.test(text) && isRealDate(text);
}

/** Readable dates first, earliest first (`1`) or latest first (`-1`); unreadable dates last. */
function compareDates(a: string, b: string, direction: 1 | -1): number {
	const [aDated, bDated] = [isDueDate(a), isDueDate(b)];
	if (aDated !== bDated) return aDated ? -1 : 1;
	return aDated ? direction * a.localeCompare(b) : 0;
}

/** Earlier dates first; unreadable dates after every readable one. */
export function compareDue(a: string, b: string): number {
	return compareDates(a, b, 1);
}

/** Whether an item is overdue on `today` (`YYYY-MM-DD`): Open or In progress and due before it. */
export function isOverdue(item: Pick<ActionItem, 'status' | 'due'>, today: string): boolean {
	return isOpenStatus(item.status) && isDueDate(item.due) && item.due < today;
}

/** Every action item of every post-mortem, in content order, as of `today` (`YYYY-MM-DD`). */
export function trackActionItems(
	postMortems: ReadonlyArray<PostMortemItems>,
	today: string,
): TrackedActionItem[] {
	const tracked: TrackedActionItem[] = [];
	for (const { id, title, url, items } of postMortems) {
		const anchors = actionItemAnchors(items.map((item) => item.action));
		items.forEach((item, index) => {
			const open = isOpenStatus(item.status);
			const dated = isDueDate(item.due);
			const overdue = isOverdue(item, today);
			const anchor = anchors[index]!;
			tracked.push({
				...item,
				postMortem: { id, title, url },
				anchor,
				url: `${url}#${anchor}`,
				open,
				overdue,
				daysOverdue: overdue ? daysBetween(item.due, today) : 0,
				daysLeft: open && dated && !overdue ? daysBetween(today, item.due) : undefined,
			});
		});
	}
	return tracked;
}

/** The group an item is listed in. */
export function actionItemGroup(item: TrackedActionItem): ActionItemGroup {
	if (item.overdue) return 'overdue';
	if (item.open) return 'open';
	return item.status === undefined ? 'unknown' : 'closed';
}

/** The status as the page shows it: the schema's spelling, the text as written, or “No status”. */
export function actionStatusLabel(item: Pick<ActionItem, 'status' | 'statusText'>): string {
	return item.status ?? (item.statusText.trim() || NO_STATUS);
}

/** The date a closed item is ordered by: its Closed date when readable, else its due date. */
const closedOn = (item: TrackedActionItem) => (isDueDate(item.closed) ? item.closed : item.due);

/**
 * The order of the /action-items/ list and the home page: overdue items (most overdue first),
 * open items (soonest due first), items with an unknown status, then closed items (most recently
 * closed or due first). Unreadable dates come last in their group; items due the same day go by
 * priority (`priorities`: level ids, most urgent first), then by post-mortem and table order.
 */
export function compareActionItems(
	a: TrackedActionItem,
	b: TrackedActionItem,
	priorities: ReadonlyArray<string> = [],
): number {
	const rank = (priority: string) => {
		const index = priorities.indexOf(priority);
		return index === -1 ? priorities.length : index;
	};
	const groupA = actionItemGroup(a);
	const groupB = actionItemGroup(b);
	const byGroup = GROUP_ORDER[groupA] - GROUP_ORDER[groupB];
	if (byGroup !== 0) return byGroup;
	const byDate =
		groupA === 'closed' ? newestFirst(closedOn(a), closedOn(b)) : compareDue(a.due, b.due);
	return (
		byDate ||
		rank(a.priority) - rank(b.priority) ||
		a.priority.localeCompare(b.priority) ||
		a.postMortem.id.localeCompare(b.postMortem.id) ||
		a.line - b.line
	);
}

/** Later dates first; unreadable dates still last. */
function newestFirst(a: string, b: string): number {
	return compareDates(a, b, -1);
}

/** A sorted copy of `items` (see `compareActionItems`). */
export function sortActionItems(
	items: ReadonlyArray<TrackedActionItem>,
	priorities: ReadonlyArray<string> = [],
): TrackedActionItem[] {
	return [...items].sort((a, b) => compareActionItems(a, b, priorities));
}
