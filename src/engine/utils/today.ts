import { formatDate, isRealDate } from './dates.ts';

/** The date time-based rules compare against, or why the one given cannot be used. */
export type TodayResult =
	{ today: string; error?: undefined } | { today?: undefined; error: string };

/**
 * Picks "today" from the first of `sources` that is set (such as `--today`, then
 * `HANDBOOK_TODAY`), else the UTC date of `now()`. The command, the build integration and the
 * pages all use this, so they always agree on the date and reject the same bad values.
 */
export function resolveToday(
	sources: ReadonlyArray<readonly [name: string, value: string | undefined]>,
	now: () => Date,
): TodayResult {
	const given = sources.find(([, value]) => value !== undefined);
	if (!given) return { today: formatDate(now()) };
	const [name, value] = given as readonly [string, string];
	if (/^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value)) return { today: value };
	return { error: `${name} is "${value}", which is not a real date in the form YYYY-MM-DD.` };
}

/** `HANDBOOK_TODAY` as the build and the pages read it. */
export function todayFromEnvironment(
	env: NodeJS.ProcessEnv,
	now: () => Date = () => new Date(),
): TodayResult {
	return resolveToday([['HANDBOOK_TODAY', env['HANDBOOK_TODAY']]], now);
}
