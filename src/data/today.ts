import { formatDate } from '../engine/utils/dates.ts';
import { todayFromEnvironment } from '../engine/utils/today.ts';

/**
 * "Today" for date-based markers (review overdue and the like), as `YYYY-MM-DD` in UTC: the same
 * date the validator uses. An invalid `HANDBOOK_TODAY` already stops the build with a message,
 * before any page renders, so falling back to the real date here is never seen.
 */
export function handbookToday(env: NodeJS.ProcessEnv = process.env): string {
	return todayFromEnvironment(env).today ?? formatDate(new Date());
}
