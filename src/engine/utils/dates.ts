/** Date helpers. Every calculation is in UTC: handbook content is shared across time zones. */

const DAY_MS = 86_400_000;

/** Whether `YYYY-MM-DD` names a day that exists (rejects 2026-02-30). */
export function isRealDate(text: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

/** The UTC calendar date of an instant, as `YYYY-MM-DD`. */
export function formatDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** Midnight UTC at the start of a `YYYY-MM-DD` day, in epoch milliseconds. */
export function dayStart(text: string): number {
	return Date.parse(`${text}T00:00:00Z`);
}

/** Adds whole days to a `YYYY-MM-DD` date. */
export function addDays(text: string, days: number): string {
	return formatDate(new Date(dayStart(text) + days * DAY_MS));
}

/** `1 day` or `3 days`. */
export function dayCount(days: number): string {
	return `${days} day${days === 1 ? '' : 's'}`;
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
	return Math.round((dayStart(to) - dayStart(from)) / DAY_MS);
}
