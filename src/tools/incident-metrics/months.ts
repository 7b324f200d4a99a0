/**
 * UTC calendar months (`YYYY-MM`) for the incident metrics: which month an instant or a date
 * falls in, continuous ranges of months, and the window of months the /metrics/ page charts.
 * Pure: every month is computed in UTC, never in the machine's time zone.
 */
import { isRealDate } from '../../engine/utils/dates.ts';

/** The most months the page charts; older incidents are only counted. */
export const MAX_MONTHS = 24;

const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
] as const;

/** The UTC month (`YYYY-MM`) of an ISO 8601 instant, or `undefined` when it is not one. */
export function monthOfInstant(iso: string): string | undefined {
	const time = Date.parse(iso);
	if (Number.isNaN(time)) return undefined;
	return new Date(time).toISOString().slice(0, 7);
}

/** The UTC date (`YYYY-MM-DD`) of an ISO 8601 instant, or `undefined` when it is not one. */
export function dateOfInstant(iso: string): string | undefined {
	const time = Date.parse(iso);
	if (Number.isNaN(time)) return undefined;
	return new Date(time).toISOString().slice(0, 10);
}

/** The month of a `YYYY-MM-DD` date, or `undefined` when the text is not a real date. */
export function monthOfDate(date: string): string | undefined {
	const text = date.trim();
	return /^\d{4}-\d{2}-\d{2}$/.test(text) && isRealDate(text) ? text.slice(0, 7) : undefined;
}

function parts(month: string): [year: number, month: number] {
	return [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
}

/** Whole months from one `YYYY-MM` to another, negative when `to` is earlier. */
export function monthsApart(from: string, to: string): number {
	const [fromYear, fromMonth] = parts(from);
	const [toYear, toMonth] = parts(to);
	return (toYear - fromYear) * 12 + (toMonth - fromMonth);
}

/** The month `count` months after (or, when negative, before) `month`. */
export function addMonths(month: string, count: number): string {
	const [year, monthNumber] = parts(month);
	const index = year * 12 + (monthNumber - 1) + count;
	const newYear = Math.floor(index / 12);
	return `${String(newYear).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `first` to `last`, both included; empty when `last` is earlier. */
export function monthRange(first: string, last: string): string[] {
	const count = monthsApart(first, last) + 1;
	return Array.from({ length: Math.max(count, 0) }, (_, index) => addMonths(first, index));
}

/** `2026-03` → `March 2026`. */
export function monthLabel(month: string): string {
	const [year, monthNumber] = parts(month);
	return `${MONTH_NAMES[monthNumber - 1] ?? month} ${year}`;
}

/** `2026-03` → `Mar`: short enough for a chart axis. */
export function monthAbbreviation(month: string): string {
	return (MONTH_NAMES[parts(month)[1] - 1] ?? month).slice(0, 3);
}

/** The months the page charts. */
export interface MonthWindow {
	/** Every month charted, oldest first, with no gaps. */
	months: string[];
	/** The first month charted. */
	first: string;
	/** The last month charted: today's month, or a later incident's. */
	last: string;
	/** Whether the incidents go back further than the window (older ones are only counted). */
	truncated: boolean;
}

/**
 * The continuous range of months from the first incident's to today's, cut to the last `max`
 * months when longer. A post-mortem dated after today stretches the range to its month, so no
 * incident is silently left out.
 */
export function monthWindow(
	incidentMonths: ReadonlyArray<string>,
	today: string,
	max: number = MAX_MONTHS,
): MonthWindow | undefined {
	if (incidentMonths.length === 0) return undefined;
	const sorted = [...incidentMonths].sort();
	const todayMonth = today.slice(0, 7);
	const latest = sorted.at(-1)!;
	const last = latest > todayMonth ? latest : todayMonth;
	const earliest = sorted[0]!;
	const start = earliest < last ? earliest : last;
	const oldestAllowed = addMonths(last, -(max - 1));
	const truncated = start < oldestAllowed;
	const first = truncated ? oldestAllowed : start;
	return { months: monthRange(first, last), first, last, truncated };
}
