/**
 * Post-mortem action items opened and closed per UTC month. An item is opened on its incident's
 * date (the UTC date user impact began) and closed on the date in its Closed column. A Done or
 * Won't do item with no usable Closed date was closed at an unknown date: it is counted, never
 * placed in a guessed month.
 */
import { isOpenStatus } from '../../engine/extract/action-items.ts';
import { monthOfDate } from './months.ts';
import type { PlacedIncident } from './types.ts';

/** Statuses that mean the work is over, whatever the outcome. */
const CLOSED_STATUSES = new Set(['Done', "Won't do"]);

/** One month's action items. */
export interface ActionItemMonth {
	month: string;
	/** Items from post-mortems of incidents that started this month. */
	opened: number;
	/** Done or Won't do items whose Closed date falls in this month. */
	closed: number;
}

/** Action items over the window, with what the chart cannot place. */
export interface ActionItemFlow {
	/** Every month of the window, oldest first. */
	months: ActionItemMonth[];
	/** Items opened in the window. */
	opened: number;
	/** Items closed in the window (with a Closed date in it). */
	closed: number;
	/** Items opened before the window (older incidents). */
	openedBefore: number;
	/** Items closed before the window. */
	closedBefore: number;
	/** Done or Won't do items with an empty Closed cell. */
	closedUndated: number;
	/** Done or Won't do items whose Closed date is not a real date or is after today. */
	closedBadDate: number;
	/** Items still Open or In progress, in every post-mortem. */
	openNow: number;
	/** Items in every post-mortem, whatever their status. */
	total: number;
}

/** Items opened and closed per month of `months`, as of `today` (`YYYY-MM-DD`). */
export function actionItemFlow(
	incidents: ReadonlyArray<PlacedIncident>,
	months: ReadonlyArray<string>,
	today: string,
): ActionItemFlow {
	const rows = new Map<string, ActionItemMonth>(
		months.map((month) => [month, { month, opened: 0, closed: 0 }]),
	);
	const first = months[0] ?? '';
	const flow: ActionItemFlow = {
		months: [...rows.values()],
		opened: 0,
		closed: 0,
		openedBefore: 0,
		closedBefore: 0,
		closedUndated: 0,
		closedBadDate: 0,
		openNow: 0,
		total: 0,
	};
	for (const { incident, month } of incidents) {
		for (const item of incident.actionItems) {
			flow.total += 1;
			const openedIn = rows.get(month);
			if (openedIn) {
				openedIn.opened += 1;
				flow.opened += 1;
			} else if (month < first) flow.openedBefore += 1;

			if (isOpenStatus(item.status)) flow.openNow += 1;
			if (!item.status || !CLOSED_STATUSES.has(item.status)) continue;
			const closed = item.closed.trim();
			const closedMonth = monthOfDate(closed);
			if (!closed) flow.closedUndated += 1;
			else if (!closedMonth || closed > today) flow.closedBadDate += 1;
			else if (closedMonth < first) flow.closedBefore += 1;
			else {
				const closedIn = rows.get(closedMonth);
				// Today's month is always the window's last or earlier, so a date up to today has a row.
				if (closedIn) {
					closedIn.closed += 1;
					flow.closed += 1;
				}
			}
		}
	}
	return flow;
}
