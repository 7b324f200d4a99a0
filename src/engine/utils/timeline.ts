import { isRealDate } from './dates.ts';

const TIME = /^(?:(\d{4}-\d{2}-\d{2})[ T])?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:Z|UTC)?$/i;

/**
 * Reads a Timeline cell. Times are UTC; a bare `HH:MM` belongs to `currentDate` (the incident's
 * date, or the last date written in the timeline), and `YYYY-MM-DD HH:MM` moves to a new date.
 * Returns the instant in epoch milliseconds and the date later rows inherit.
 */
export function readTimelineTime(
	text: string,
	currentDate: string,
): { at: number; date: string } | undefined {
	const match = TIME.exec(text.replace(/\*\*|`/g, '').trim());
	if (!match) return undefined;
	const date = match[1] ?? currentDate;
	const [hours, minutes, seconds] = [Number(match[2]), Number(match[3]), Number(match[4] ?? 0)];
	if (!isRealDate(date) || hours > 23 || minutes > 59 || seconds > 59) return undefined;
	return {
		at: Date.parse(`${date}T00:00:00Z`) + ((hours * 60 + minutes) * 60 + seconds) * 1000,
		date,
	};
}
