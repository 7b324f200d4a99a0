import { formatDate, isRealDate } from '../engine/utils/dates.ts';

/**
 * "Today" for date-based markers (review overdue and the like), as `YYYY-MM-DD` in UTC.
 * `HANDBOOK_TODAY` pins it, the same variable the validator reads; otherwise it is the real
 * UTC date at build time.
 */
export function handbookToday(env: NodeJS.ProcessEnv = process.env): string {
	const pinned = env['HANDBOOK_TODAY']?.trim();
	if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned) && isRealDate(pinned)) return pinned;
	return formatDate(new Date());
}
