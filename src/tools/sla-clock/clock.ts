/**
 * Deadline arithmetic for the SLA clock. Pure: `now` is always a parameter, every instant is
 * milliseconds since the epoch, and every sum is done in UTC, so daylight-saving changes and
 * midnight never move a deadline.
 */
import { durationMinutes } from '../../engine/utils/duration.ts';
import type { SeverityLevel } from '../../engine/schemas/severity.ts';

const MINUTE = 60_000;

/** The targets a level can define, in the order an incident meets them. */
export const TARGET_KEYS = ['acknowledge', 'mitigate', 'resolve'] as const;
export type TargetKey = (typeof TARGET_KEYS)[number];

/** What the responder records: the URL parameter names of the marks. */
export const MARKS = ['ack', 'mitigated', 'resolved'] as const;
export type Mark = (typeof MARKS)[number];

/** One level as the clock needs it: target windows in minutes. */
export interface ClockLevel {
	id: string;
	name: string;
	targets: Partial<Record<TargetKey, number>>;
	/** Status-update cadence in minutes, counted from the start. */
	updateEvery?: number;
}

/** The clock: which level, when user impact began, and what has been done since. */
export interface ClockState {
	severity: string;
	start: number;
	ack?: number | undefined;
	mitigated?: number | undefined;
	resolved?: number | undefined;
}

/** A level from the severity scale, reduced to what the clock's script needs. */
export function toClockLevel(level: SeverityLevel): ClockLevel {
	const targets: ClockLevel['targets'] = {};
	for (const key of TARGET_KEYS) {
		const text = level.targets?.[key];
		const minutes = text === undefined ? undefined : durationMinutes(text);
		if (minutes) targets[key] = minutes;
	}
	const every = level.targets?.update_every;
	const updateEvery = every === undefined ? undefined : durationMinutes(every);
	return { id: level.id, name: level.name, targets, ...(updateEvery ? { updateEvery } : {}) };
}

/**
 * The instant a target counts as done. Mitigating an incident means someone acknowledged it,
 * and resolving it means it was mitigated, so a later mark also completes the earlier targets.
 */
export function doneAt(state: ClockState, key: TargetKey): number | undefined {
	if (key === 'acknowledge') return state.ack ?? state.mitigated ?? state.resolved;
	if (key === 'mitigate') return state.mitigated ?? state.resolved;
	return state.resolved;
}

/**
 * - `on-track`: not done, more than the due-soon share of the window left;
 * - `due-soon`: not done, at most {@link DUE_SOON_SHARE} of the window left (5 min of a 30 min
 *   target, 1 min of a 5 min one);
 * - `breached`: not done and the deadline has come (at the deadline instant itself, too);
 * - `met`: done at or before the deadline; `missed`: done after it.
 */
export type Status = 'on-track' | 'due-soon' | 'breached' | 'met' | 'missed';

/** The last fifth of a target's window counts as "due soon". */
export const DUE_SOON_SHARE = 0.2;

/** The status of one target with a window of `windowMs` from `start`. */
export function classify(
	start: number,
	windowMs: number,
	done: number | undefined,
	now: number,
): Status {
	const deadline = start + windowMs;
	if (done !== undefined) return done <= deadline ? 'met' : 'missed';
	const left = deadline - now;
	if (left <= 0) return 'breached';
	return left <= windowMs * DUE_SOON_SHARE ? 'due-soon' : 'on-track';
}

export interface TargetView {
	key: TargetKey;
	/** The target's window in milliseconds. */
	window: number;
	deadline: number;
	status: Status;
	/** Time to the deadline (negative once past); meaningful while not done. */
	left: number;
	/** When it was done, if it was. */
	done?: number;
	/** From the start to `done`: "met after". */
	took?: number;
	/** From the deadline to `done`, when done late: "missed by". */
	late?: number;
}

/** Every target the level defines, evaluated at `now`. */
export function evaluateTargets(state: ClockState, level: ClockLevel, now: number): TargetView[] {
	return TARGET_KEYS.flatMap((key) => {
		const minutes = level.targets[key];
		if (!minutes) return [];
		const window = minutes * MINUTE;
		const deadline = state.start + window;
		const done = doneAt(state, key);
		const view: TargetView = {
			key,
			window,
			deadline,
			status: classify(state.start, window, done, now),
			left: deadline - now,
		};
		if (done !== undefined) {
			view.done = done;
			view.took = done - state.start;
			if (done > deadline) view.late = done - deadline;
		}
		return [view];
	});
}

export interface UpdateView {
	/** Which update is next: 1 for the first one after the start. */
	number: number;
	at: number;
	left: number;
}

/**
 * The next status update at a cadence counted from the start: updates are due at
 * start + n × cadence. At the exact instant one is due, the next one is already counted.
 * `undefined` without a cadence or once the incident is resolved.
 */
export function nextUpdate(
	state: ClockState,
	level: ClockLevel,
	now: number,
): UpdateView | undefined {
	if (!level.updateEvery || state.resolved !== undefined) return undefined;
	const every = level.updateEvery * MINUTE;
	const elapsed = Math.max(0, now - state.start);
	const number = Math.floor(elapsed / every) + 1;
	const at = state.start + number * every;
	return { number, at, left: at - now };
}
