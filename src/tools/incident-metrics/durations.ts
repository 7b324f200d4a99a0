/**
 * Response durations of a post-mortem against its severity level's targets. Pure: no Astro, no
 * content collections, so the unit tests and the metadata panel share one definition.
 *
 * Every measure counts from `started_at` (when user impact began), as the incident scale's
 * targets do, not from the previous milestone.
 */
import { durationMinutes, formatMinutes } from '../../engine/utils/duration.ts';

/** The five response timestamps of a post-mortem, as ISO 8601 strings with a zone. */
export interface IncidentTimes {
	started_at: string;
	detected_at: string;
	acknowledged_at: string;
	mitigated_at: string;
	resolved_at: string;
}

/** A level's targets as written in the scale file (`15m`, `1h`, …); any may be missing. */
export interface DurationTargets {
	acknowledge?: string | undefined;
	mitigate?: string | undefined;
	resolve?: string | undefined;
}

export type DurationKey = 'detect' | 'acknowledge' | 'mitigate' | 'resolve';

export interface DurationRow {
	key: DurationKey;
	/** What is measured, such as `Acknowledge`. */
	label: string;
	/** Minutes from `started_at`; `undefined` when a timestamp is invalid or out of order. */
	minutes: number | undefined;
	/** The level's target in minutes; absent when the level sets none (always for detect). */
	target?: number;
	/** Whether the target was met (`minutes <= target`); absent when there is no verdict. */
	met?: boolean;
}

const MEASURES: ReadonlyArray<{
	key: DurationKey;
	label: string;
	at: keyof IncidentTimes;
	target?: keyof DurationTargets;
}> = [
	{ key: 'detect', label: 'Detect', at: 'detected_at' },
	{ key: 'acknowledge', label: 'Acknowledge', at: 'acknowledged_at', target: 'acknowledge' },
	{ key: 'mitigate', label: 'Mitigate', at: 'mitigated_at', target: 'mitigate' },
	{ key: 'resolve', label: 'Resolve', at: 'resolved_at', target: 'resolve' },
];

/** Whole minutes from one instant to another, or `undefined` if either is invalid or `to < from`. */
export function elapsedMinutes(fromIso: string, toIso: string): number | undefined {
	const from = Date.parse(fromIso);
	const to = Date.parse(toIso);
	if (Number.isNaN(from) || Number.isNaN(to) || to < from) return undefined;
	return Math.round((to - from) / 60_000);
}

/** Time to detect, acknowledge, mitigate and resolve, each against its target when there is one. */
export function incidentDurations(
	times: IncidentTimes,
	targets: DurationTargets | undefined,
): DurationRow[] {
	return MEASURES.map(({ key, label, at, target: targetKey }) => {
		const minutes = elapsedMinutes(times.started_at, times[at]);
		const text = targetKey ? targets?.[targetKey] : undefined;
		const target = text === undefined ? undefined : durationMinutes(text);
		const row: DurationRow = { key, label, minutes };
		if (target !== undefined) {
			row.target = target;
			if (minutes !== undefined) row.met = minutes <= target;
		}
		return row;
	});
}

/** The verdict as words, never colour alone: `Met`, `Missed by 7 min`, `No target` or `—`. */
export function verdictText(row: DurationRow): string {
	if (row.target === undefined) return 'No target';
	if (row.met === undefined || row.minutes === undefined) return '—';
	return row.met ? 'Met' : `Missed by ${formatMinutes(row.minutes - row.target)}`;
}
