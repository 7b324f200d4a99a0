/**
 * The share of incidents that met each response target, per severity level, from the met/missed
 * verdicts on the post-mortem pages (durations.ts). Incidents whose level sets no target for a
 * measure have no verdict, so they count toward neither side; nor do incidents whose timestamps
 * cannot be measured.
 */
import type { DurationKey, DurationTargets } from './durations.ts';
import { levelTarget } from './response.ts';
import type { MetricLevel, PlacedIncident } from './types.ts';

/** The measures that have targets, in the order the page shows them. */
export const TARGET_KEYS = ['acknowledge', 'mitigate', 'resolve'] as const satisfies ReadonlyArray<
	DurationKey & keyof DurationTargets
>;
export type TargetKey = (typeof TARGET_KEYS)[number];

/** `acknowledge` → `Acknowledge`. */
export function targetLabel(key: TargetKey): string {
	return key.charAt(0).toUpperCase() + key.slice(1);
}

/** How one level did against one of its targets. */
export interface TargetShare {
	level: string;
	key: TargetKey;
	/** The level's target in minutes; absent when it sets none (then nothing is counted). */
	target?: number;
	/** Incidents at this level in the window. */
	incidents: number;
	met: number;
	missed: number;
	/** Incidents with no verdict: no target, or timestamps that cannot be measured. */
	excluded: number;
	/** `met / (met + missed)`, from 0 to 1; `undefined` when there is no verdict at all. */
	share: number | undefined;
}

/** Met and missed counts, and the share met, or `undefined` when there is nothing to share. */
export function shareOf(met: number, missed: number): number | undefined {
	return met + missed === 0 ? undefined : met / (met + missed);
}

/** Every level's result against every target, level by level in scale order. */
export function targetShares(
	incidents: ReadonlyArray<PlacedIncident>,
	months: ReadonlyArray<string>,
	levels: ReadonlyArray<MetricLevel>,
): TargetShare[] {
	const inWindow = new Set(months);
	const counted = incidents.filter((placed) => inWindow.has(placed.month));
	return levels.flatMap((level) => {
		const atLevel = counted.filter((placed) => placed.incident.severity === level.id);
		return TARGET_KEYS.map((key) => {
			let met = 0;
			let missed = 0;
			for (const { durations } of atLevel) {
				const verdict = durations.find((row) => row.key === key)?.met;
				if (verdict === true) met += 1;
				else if (verdict === false) missed += 1;
			}
			const share: TargetShare = {
				level: level.id,
				key,
				incidents: atLevel.length,
				met,
				missed,
				excluded: atLevel.length - met - missed,
				share: shareOf(met, missed),
			};
			const target = levelTarget(level, key);
			if (target !== undefined) share.target = target;
			return share;
		});
	});
}

/** All levels together, per target: the table's total row. */
export function totalShares(shares: ReadonlyArray<TargetShare>): Array<{
	key: TargetKey;
	met: number;
	missed: number;
	excluded: number;
	share: number | undefined;
}> {
	return TARGET_KEYS.map((key) => {
		const rows = shares.filter((row) => row.key === key);
		const sum = (pick: (row: TargetShare) => number) =>
			rows.reduce((total, row) => total + pick(row), 0);
		const met = sum((row) => row.met);
		const missed = sum((row) => row.missed);
		return { key, met, missed, excluded: sum((row) => row.excluded), share: shareOf(met, missed) };
	});
}
