/**
 * The SLA clock's state in the URL (`?severity=SEV1&start=2026-11-23T01:00:00Z&ack=…`) and in
 * localStorage. Every value from outside is checked here and turned into plain-language problems
 * that name the parameter; nothing in this file throws on bad input.
 */
import { MARKS, type ClockLevel, type ClockState, type Mark } from './clock.ts';
import { formatUtc, isoSeconds, parseIsoTime, wholeSeconds, type TimeError } from './time.ts';

export const STORAGE_KEY = 'handbook:sla-clock';
export const STORAGE_VERSION = 1;

/** How far ahead of this browser's clock a time may be (another machine's clock may run fast). */
export const CLOCK_SKEW_MS = 2 * 60_000;
/** The oldest start accepted: older than this is a typo, not an incident. */
export const MAX_AGE_MS = 366 * 24 * 60 * 60_000;
/** The longest parameter value read: a level id or an ISO timestamp is far shorter. */
export const MAX_PARAM_LENGTH = 64;

/** The parameters the clock reads, in the order it writes them. */
export const PARAMS = ['severity', 'start', ...MARKS] as const;
export type Param = (typeof PARAMS)[number];
type TimeParam = Exclude<Param, 'severity'>;

export interface Problem {
	/** The parameter or field the problem is about. */
	param: Param;
	message: string;
}

/** How problems name what they are about: the URL parameter, or the form field. */
export type Subject = (param: Param) => string;
export const urlSubject: Subject = (param) => `The "${param}" parameter`;
const FIELD_NAMES: Record<Param, string> = {
	severity: 'The severity',
	start: 'The incident start time',
	ack: 'The acknowledged time',
	mitigated: 'The mitigated time',
	resolved: 'The resolved time',
};
export const fieldSubject: Subject = (param) => FIELD_NAMES[param];

const EXAMPLE = '2026-11-23T01:00:00Z';

/** Shown back to the reader in a message: never longer than the limit, never with markup. */
const quote = (value: string) => `"${value}"`;

/**
 * Checks shared by every parameter: absurd lengths, markup and control characters. The value is
 * not repeated in these messages: it may be an attack.
 */
function hostileProblem(param: Param, raw: string, subject: Subject): Problem | undefined {
	const name = subject(param);
	if (raw.length > MAX_PARAM_LENGTH)
		return {
			param,
			message: `${name} is ${raw.length} characters long; at most ${MAX_PARAM_LENGTH} are accepted, so it was ignored.`,
		};
	if (/[<>]/.test(raw))
		return {
			param,
			message: `${name} contains "<" or ">" (markup or a script), which is never accepted, so it was ignored.`,
		};
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f]/.test(raw))
		return { param, message: `${name} contains control characters, so it was ignored.` };
	return undefined;
}

const TIME_ERRORS: Record<TimeError, (value: string) => string> = {
	format: (value) =>
		`${quote(value)} is not a date and time. Write it in ISO 8601 UTC, such as ${EXAMPLE}.`,
	zone: (value) =>
		`${quote(value)} has no time zone. Add Z for UTC, such as ${EXAMPLE}, or an offset such as +01:00.`,
	date: (value) => `${quote(value)} is not a real date or time.`,
};

/** Checks an instant against `now`: not in the future (beyond the skew), not absurdly old. */
export function timeProblem(
	param: TimeParam,
	ms: number,
	now: number,
	subject: Subject,
): Problem | undefined {
	if (ms > now + CLOCK_SKEW_MS)
		return {
			param,
			message: `${subject(param)} (${formatUtc(ms)}) is in the future; it must be now or earlier.`,
		};
	if (ms < now - MAX_AGE_MS)
		return {
			param,
			message: `${subject(param)} (${formatUtc(ms)}) is more than a year ago; check the date.`,
		};
	return undefined;
}

/** Reads one time value from outside: text → instant, or a problem. */
export function readTime(
	param: TimeParam,
	raw: string,
	now: number,
	subject: Subject,
): { ms: number } | { problem: Problem } {
	const hostile = hostileProblem(param, raw, subject);
	if (hostile) return { problem: hostile };
	const parsed = parseIsoTime(raw);
	if (!parsed.ok)
		return { problem: { param, message: `${subject(param)} ${TIME_ERRORS[parsed.error](raw)}` } };
	const problem = timeProblem(param, parsed.ms, now, subject);
	return problem ? { problem } : { ms: wholeSeconds(parsed.ms) };
}

/** Finds a level by id; ids match without regard to case (`sev1` is SEV1). */
export function findClockLevel(levels: readonly ClockLevel[], id: string): ClockLevel | undefined {
	const wanted = id.toLowerCase();
	return levels.find((level) => level.id.toLowerCase() === wanted);
}

/** Reads a severity value from outside: the level's canonical id, or a problem. */
export function readSeverity(
	raw: string,
	levels: readonly ClockLevel[],
	subject: Subject,
): { id: string } | { problem: Problem } {
	const hostile = hostileProblem('severity', raw, subject);
	if (hostile) return { problem: hostile };
	const level = findClockLevel(levels, raw.trim());
	if (level) return { id: level.id };
	const known = levels.map((l) => l.id).join(', ');
	return {
		problem: {
			param: 'severity',
			message: `${subject('severity')} ${quote(raw)} is not a level of this handbook's incident scale. Choose one of: ${known}.`,
		},
	};
}

/**
 * The order the marks must keep: each at or after the start, and resolution at or after
 * mitigation. Returns one problem per mark out of order.
 */
export function orderProblems(state: ClockState, subject: Subject): Problem[] {
	const problems: Problem[] = [];
	for (const mark of MARKS) {
		const at = state[mark];
		if (at !== undefined && at < state.start)
			problems.push({
				param: mark,
				message: `${subject(mark)} (${formatUtc(at)}) is before the incident start (${formatUtc(state.start)}).`,
			});
	}
	if (
		state.resolved !== undefined &&
		state.mitigated !== undefined &&
		state.resolved < state.mitigated &&
		state.mitigated >= state.start
	)
		problems.push({
			param: 'resolved',
			message: `${subject('resolved')} (${formatUtc(state.resolved)}) is before the mitigated time (${formatUtc(state.mitigated)}).`,
		});
	return problems;
}

export interface UrlState {
	/** Whether the query holds any of the clock's parameters. */
	present: boolean;
	/** The clock the URL describes; absent when it has no usable severity or start. */
	state?: ClockState | undefined;
	problems: Problem[];
}

/**
 * Reads the clock from a query string (`location.search`). A bad severity or start rejects the
 * whole clock; a bad mark is dropped on its own and the rest kept. A missing start means "now".
 */
export function parseUrlState(
	search: string,
	levels: readonly ClockLevel[],
	now: number,
): UrlState {
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(search);
	} catch {
		return { present: false, problems: [] };
	}
	const value = (param: Param) => {
		const raw = params.get(param);
		return raw === null || raw.trim() === '' ? undefined : raw;
	};
	const present = PARAMS.some((param) => params.has(param));
	if (!present) return { present, problems: [] };

	const problems: Problem[] = [];
	const rawSeverity = value('severity');
	let severity: string | undefined;
	if (rawSeverity === undefined)
		problems.push({
			param: 'severity',
			message: `The link has no "severity" parameter, so its clock was not started. Choose a level below.`,
		});
	else {
		const read = readSeverity(rawSeverity, levels, urlSubject);
		if ('problem' in read) problems.push(read.problem);
		else severity = read.id;
	}

	let start: number | undefined = wholeSeconds(now);
	const rawStart = value('start');
	if (rawStart !== undefined) {
		const read = readTime('start', rawStart, now, urlSubject);
		if ('problem' in read) {
			problems.push(read.problem);
			start = undefined;
		} else start = read.ms;
	}

	const marks: Partial<Record<Mark, number>> = {};
	for (const mark of MARKS) {
		const raw = value(mark);
		if (raw === undefined) continue;
		const read = readTime(mark, raw, now, urlSubject);
		if ('problem' in read) problems.push(read.problem);
		else marks[mark] = read.ms;
	}

	if (severity === undefined || start === undefined) return { present, problems };
	const state: ClockState = { severity, start, ...marks };
	for (const problem of orderProblems(state, urlSubject)) {
		problems.push(problem);
		delete state[problem.param as Mark];
	}
	return { present, state, problems };
}

/** The query string for a clock: `?severity=SEV1&start=2026-11-23T01:00:00Z&ack=…`. */
export function toQuery(state: ClockState | undefined): string {
	if (!state) return '';
	const parts = [
		`severity=${encodeURIComponent(state.severity)}`,
		`start=${isoSeconds(state.start)}`,
	];
	for (const mark of MARKS) {
		const at = state[mark];
		if (at !== undefined) parts.push(`${mark}=${isoSeconds(at)}`);
	}
	return `?${parts.join('&')}`;
}

/** Which zone the responder types times in. */
export type InputZone = 'utc' | 'local';

/** What is kept in localStorage besides the clock: the responder's preferences. */
export interface Stored {
	state?: ClockState | undefined;
	zone: InputZone;
	/** The responder asked for notifications (permission is checked again on load, never asked). */
	notify: boolean;
}

/** The JSON kept under {@link STORAGE_KEY}. */
export function serialiseStored(stored: Stored): string {
	const { state } = stored;
	const clock: Record<string, string> = {};
	if (state) {
		clock['severity'] = state.severity;
		clock['start'] = isoSeconds(state.start);
		for (const mark of MARKS) {
			const at = state[mark];
			if (at !== undefined) clock[mark] = isoSeconds(at);
		}
	}
	return JSON.stringify({
		version: STORAGE_VERSION,
		...clock,
		zone: stored.zone,
		notify: stored.notify,
	});
}

/**
 * Reads what {@link serialiseStored} wrote. Anything unparseable, of another version or shape,
 * naming an unknown level or holding impossible times is ignored without a word: the result is
 * then the defaults.
 */
export function parseStored(
	raw: string | null,
	levels: readonly ClockLevel[],
	now: number,
): Stored {
	const fallback: Stored = { zone: 'utc', notify: false };
	if (!raw) return fallback;
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return fallback;
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return fallback;
	const record = data as Record<string, unknown>;
	if (record['version'] !== STORAGE_VERSION) return fallback;
	const stored: Stored = {
		zone: record['zone'] === 'local' ? 'local' : 'utc',
		notify: record['notify'] === true,
	};
	const text = (key: string) =>
		typeof record[key] === 'string' ? (record[key] as string) : undefined;
	const severity = text('severity');
	const start = text('start');
	if (severity === undefined || start === undefined) return stored;
	const level = readSeverity(severity, levels, urlSubject);
	const begin = readTime('start', start, now, urlSubject);
	if ('problem' in level || 'problem' in begin) return stored;
	const state: ClockState = { severity: level.id, start: begin.ms };
	for (const mark of MARKS) {
		const value = text(mark);
		if (value === undefined) continue;
		const read = readTime(mark, value, now, urlSubject);
		if ('ms' in read) state[mark] = read.ms;
	}
	if (orderProblems(state, urlSubject).length > 0) return stored;
	return { ...stored, state };
}
