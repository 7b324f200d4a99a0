/**
 * Mean time to acknowledge (MTTA) and mean time to resolve (MTTR), per severity level and UTC
 * month. Each incident's times are the ones its post-mortem page shows (durations.ts): measured
 * from when user impact began, so the means compare directly with the level's targets.
 */
import { durationMinutes } from '../../engine/utils/duration.ts';
import type { DurationKey, DurationTargets } from './durations.ts';
import type { MetricLevel, PlacedIncident } from './types.ts';

/** The two measures the page averages. */
export type ResponseKey = Extract<DurationKey, 'acknowledge' | 'resolve'>;

/** How each measure is named on the page. */
export const RESPONSE_MEASURES: Readonly<
	Record<ResponseKey, { abbreviation: string; label: string }>
> = {
	acknowledge: { abbreviation: 'MTTA', label: 'Mean time to acknowledge' },
	resolve: { abbreviation: 'MTTR', label: 'Mean time to resolve' },
};

/** The mean of one measure over a set of incidents. */
export interface Mean {
	/** Incidents with a usable time (timestamps valid and in order). */
	count: number;
	/** The mean in minutes (not rounded); `undefined` when `count` is 0. */
	minutes: number | undefined;
}

/** One level's mean in one month. */
export interface MonthlyMean extends Mean {
	month: string;
	level: string;
}

/** One level's figures over the whole window. */
export interface LevelMean extends Mean {
	level: string;
	/** The level's target for this measure in minutes; absent when it sets none. */
	target?: number;
}

/** One measure (MTTA or MTTR) per level and month. */
export interface ResponseSeries {
	key: ResponseKey;
	/** Per month (outer, oldest first) and level (inner, scale order): every pair is present. */
	monthly: MonthlyMean[];
	/** Per level over every month of the window, in scale order. */
	overall: LevelMean[];
}

/** The mean of `values`, with how many there were. */
export function mean(values: ReadonlyArray<number>): Mean {
	if (values.length === 0) return { count: 0, minutes: undefined };
	const sum = values.reduce((total, value) => total + value, 0);
	return { count: values.length, minutes: sum / values.length };
}

/** A level's target for a measure in minutes, as durations.ts reads it; `undefined` if none. */
export function levelTarget(level: MetricLevel, key: keyof DurationTargets): number | undefined {
	const text = level.targets?.[key];
	return text === undefined ? undefined : durationMinutes(text);
}

/** MTTA or MTTR of the incidents in `months`, per level and month and per level overall. */
export function responseSeries(
	incidents: ReadonlyArray<PlacedIncident>,
	months: ReadonlyArray<string>,
	levels: ReadonlyArray<MetricLevel>,
	key: ResponseKey,
): ResponseSeries {
	const inWindow = new Set(months);
	const values = new Map<string, number[]>();
	const cell = (month: string, level: string) => `${month} ${level}`;
	for (const { incident, month, durations } of incidents) {
		if (!inWindow.has(month)) continue;
		const minutes = durations.find((row) => row.key === key)?.minutes;
		if (minutes === undefined) continue;
		const id = cell(month, incident.severity);
		values.set(id, [...(values.get(id) ?? []), minutes]);
	}
	const monthly = months.flatMap((month) =>
		levels.map((level) => ({
			month,
			level: level.id,
			...mean(values.get(cell(month, level.id)) ?? []),
		})),
	);
	const overall = levels.map((level) => {
		const all = months.flatMap((month) => values.get(cell(month, level.id)) ?? []);
		const row: LevelMean = { level: level.id, ...mean(all) };
		const target = levelTarget(level, key);
		if (target !== undefined) row.target = target;
		return row;
	});
	return { key, monthly, overall };
}
