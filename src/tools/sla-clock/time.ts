/**
 * Time parsing and formatting for the SLA clock. Pure: every function takes the instant (and,
 * for wall-clock times, the time zone) it works on; nothing reads the system clock or depends on
 * the machine's time zone unless it is passed `undefined` for "the browser's own zone".
 * Instants are milliseconds since the epoch, always whole seconds.
 */
import { formatMinutes } from '../../engine/utils/duration.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** An instant rounded down to the whole second: the clock's precision everywhere. */
export const wholeSeconds = (ms: number): number => Math.floor(ms / SECOND) * SECOND;

/**
 * ISO 8601 with a date, a time and a zone: `2026-11-23T01:00:00Z`, `2026-11-23T02:00+01:00`.
 * A space before the offset stands for `+`: an unencoded `+` in a URL query decodes to a space.
 */
const ISO =
	/^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+\- ]\d{2}:?\d{2})?$/i;

/** Why a text is not a usable instant. */
export type TimeError = 'format' | 'zone' | 'date';
export type TimeParse = { ok: true; ms: number } | { ok: false; error: TimeError };

const daysInMonth = (year: number, month: number) =>
	new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Parses an ISO 8601 timestamp that carries a zone; fractions of a second are dropped. */
export function parseIsoTime(text: string): TimeParse {
	const match = ISO.exec(text.trim());
	if (!match) return { ok: false, error: 'format' };
	const [, y, mo, d, h, mi, s = '0', zone] = match;
	if (!zone) return { ok: false, error: 'zone' };
	const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [
		number,
		number,
		number,
		number,
		number,
		number,
	];
	let offset = 0;
	if (zone.toUpperCase() !== 'Z') {
		const digits = zone.slice(1).replace(':', '');
		const oh = Number(digits.slice(0, 2));
		const om = Number(digits.slice(2));
		if (oh > 14 || om > 59) return { ok: false, error: 'date' };
		offset = (zone.startsWith('-') ? -1 : 1) * (oh * HOUR + om * MINUTE);
	}
	if (
		month < 1 ||
		month > 12 ||
		day < 1 ||
		day > daysInMonth(year, month) ||
		hour > 23 ||
		minute > 59 ||
		second > 59
	)
		return { ok: false, error: 'date' };
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day);
	date.setUTCHours(hour, minute, second, 0);
	return { ok: true, ms: date.getTime() - offset };
}

/** `2026-11-23T01:00:00Z`: the form the clock writes into URLs and storage. */
export function isoSeconds(ms: number): string {
	return new Date(wholeSeconds(ms)).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-11-23 01:05 UTC`; seconds are shown only when the instant has some (`01:05:37`). */
export function formatUtc(ms: number): string {
	const iso = new Date(ms).toISOString();
	const seconds = ms % MINUTE === 0 ? '' : iso.slice(16, 19);
	return `${iso.slice(0, 10)} ${iso.slice(11, 16)}${seconds} UTC`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, timeZone: string | undefined, options: Intl.DateTimeFormatOptions) {
	const id = `${key}|${timeZone ?? ''}`;
	let found = formatters.get(id);
	if (!found) {
		found = new Intl.DateTimeFormat('en-GB', {
			...options,
			...(timeZone ? { timeZone } : {}),
			hourCycle: 'h23',
		});
		formatters.set(id, found);
	}
	return found;
}

/**
 * An instant as a wall-clock time in a zone (`undefined`: the browser's own), with the weekday
 * so a deadline past midnight reads unambiguously: `Sun 29 Mar, 04:30 CEST`.
 */
export function formatZoned(ms: number, timeZone?: string): string {
	const seconds = ms % MINUTE === 0 ? {} : { second: '2-digit' as const };
	return formatter(seconds.second ? 'zs' : 'z', timeZone, {
		weekday: 'short',
		day: 'numeric',
		month: 'short',
		hour: '2-digit',
		minute: '2-digit',
		...seconds,
		timeZoneName: 'short',
	}).format(ms);
}

/** The IANA name of a zone, such as `Europe/Berlin`; `undefined` asks for the browser's own. */
export function zoneName(timeZone?: string): string {
	return formatter('n', timeZone, {}).resolvedOptions().timeZone;
}

interface Wall {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
}

function wallAt(ms: number, timeZone: string | undefined): Wall {
	const parts = formatter('w', timeZone, {
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(ms);
	const get = (type: Intl.DateTimeFormatPartTypes) =>
		Number(parts.find((part) => part.type === type)?.value ?? 0);
	return {
		year: get('year'),
		month: get('month'),
		day: get('day'),
		hour: get('hour') % 24,
		minute: get('minute'),
		second: get('second'),
	};
}

const wallToMs = (w: Wall) => {
	const date = new Date(0);
	date.setUTCFullYear(w.year, w.month - 1, w.day);
	date.setUTCHours(w.hour, w.minute, w.second, 0);
	return date.getTime();
};

/** The zone's offset from UTC at an instant, in milliseconds (CEST: +2 h). */
export function offsetAt(ms: number, timeZone?: string): number {
	return wallToMs(wallAt(wholeSeconds(ms), timeZone)) - wholeSeconds(ms);
}

/** An instant as the value of an `<input type="datetime-local">`: `2026-11-23T02:00:00`. */
export function toWallInput(ms: number, timeZone?: string): string {
	const w = wallAt(ms, timeZone);
	return `${String(w.year).padStart(4, '0')}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

/**
 * How a wall-clock time maps to an instant: `gap` when the time does not exist in the zone (the
 * clocks jumped past it; it is read with the offset from before the jump, as JavaScript's Date
 * does), `ambiguous` when it happens twice (the first one is taken).
 */
export type WallNote = 'gap' | 'ambiguous';
export type WallParse = { ms: number; note?: WallNote } | undefined;

/**
 * The instant a `datetime-local` value (`2026-03-29T02:30` or with seconds) names in a zone
 * (`'UTC'`, an IANA name, or `undefined` for the browser's own); `undefined` when the text is not
 * such a value.
 */
export function fromWallInput(text: string, timeZone?: string): WallParse {
	const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(text);
	if (!match) return undefined;
	const [, y, mo, d, h, mi, s = '00'] = match;
	const parsed = parseIsoTime(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
	if (!parsed.ok) return undefined;
	const wall = parsed.ms;
	// The offsets in force around this wall time: the day before, at it and the day after cover
	// every real-world transition.
	const offsets = [...new Set([-DAY, 0, DAY].map((shift) => offsetAt(wall + shift, timeZone)))];
	const fits = offsets
		.map((offset) => wall - offset)
		.filter((ms) => offsetAt(ms, timeZone) === wall - ms)
		.sort((a, b) => a - b);
	const [first] = fits;
	if (first === undefined) return { ms: wall - offsetAt(wall - DAY, timeZone), note: 'gap' };
	return fits.length > 1 ? { ms: first, note: 'ambiguous' } : { ms: first };
}

/**
 * A span for a live countdown: `45 s`, `4 min 12 s`, `1 h 5 min 3 s`, `2 d 3 h 4 min` (seconds
 * stop mattering past a day). Negative spans are shown by their size.
 */
export function formatCountdown(ms: number): string {
	const total = Math.floor(Math.abs(ms) / SECOND);
	const days = Math.floor(total / 86_400);
	const hours = Math.floor((total % 86_400) / 3600);
	const minutes = Math.floor((total % 3600) / 60);
	const seconds = total % 60;
	const parts: string[] = [];
	if (days) parts.push(`${days} d`);
	if (hours) parts.push(`${hours} h`);
	if (minutes) parts.push(`${minutes} min`);
	if (!days && (seconds || parts.length === 0)) parts.push(`${seconds} s`);
	return parts.join(' ');
}

/**
 * A finished span, for "met after 12 min" and "missed by 7 min": whole minutes (rounded down),
 * or seconds when under a minute.
 */
export function formatSpan(ms: number): string {
	const total = Math.floor(Math.abs(ms) / SECOND);
	return total < 60 ? `${total} s` : formatMinutes(Math.floor(total / 60));
}
