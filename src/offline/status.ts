import { NETWORK_TIMEOUT_MS, type CachedReason } from './worker/config.ts';

/**
 * The words of the offline banner: pure, so the tests pin them without a browser or a clock.
 * Times are UTC, like every time in the handbook.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `23 Nov 2026, 04:12 UTC`. */
export function formatSavedAt(ms: number): string {
	const date = new Date(ms);
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'} old`;

/**
 * How old a copy is, in the largest whole unit: `just now`, `5 minutes old`, `3 hours old`,
 * `2 days old`. A copy from the future (a wrong device clock) counts as just saved.
 */
export function ageText(savedMs: number, nowMs: number): string {
	const age = nowMs - savedMs;
	if (age < MINUTE) return 'just now';
	if (age < HOUR) return plural(Math.floor(age / MINUTE), 'minute');
	if (age < DAY) return plural(Math.floor(age / HOUR), 'hour');
	return plural(Math.floor(age / DAY), 'day');
}

/** The first sentence: why the page comes from the device. */
const WHY: Record<CachedReason, string> = {
	offline: 'You are offline.',
	slow: `The network did not answer within ${NETWORK_TIMEOUT_MS / 1000} seconds.`,
	'server-error': 'The handbook’s server answered with an error.',
	// The page shown instead (/offline/) says it all; no banner repeats it.
	missing: '',
};

/** Reads the reason the worker wrote; an unknown one reads as offline. */
export function parseReason(value: string | undefined): CachedReason {
	return value !== undefined && Object.hasOwn(WHY, value) ? (value as CachedReason) : 'offline';
}

/**
 * The banner on a page served from the device: why, when the copy was saved and how old it is.
 * `You are offline. This is the copy saved on 23 Nov 2026, 04:12 UTC (3 hours old).` No banner
 * (`undefined`) on the page shown for an address never saved, which explains itself.
 */
export function cachedCopyMessage(
	reason: CachedReason,
	cachedAt: string | undefined,
	nowMs: number,
): string | undefined {
	if (reason === 'missing') return undefined;
	const saved = cachedAt === undefined ? Number.NaN : Date.parse(cachedAt);
	const when = Number.isNaN(saved)
		? 'This is a copy saved earlier on this device.'
		: `This is the copy saved on ${formatSavedAt(saved)} (${ageText(saved, nowMs)}).`;
	return `${WHY[reason]} ${when}`;
}

/** The banner when a new version of the handbook has taken over while the page was open. */
export const UPDATE_MESSAGE = 'A newer version of the handbook is available.';
