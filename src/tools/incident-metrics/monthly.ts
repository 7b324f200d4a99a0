/**
 * Incidents per UTC month by severity: the first chart of /metrics/. Every month of the window
 * gets a row, with zero for the levels that had no incident that month.
 */
import type { PlacedIncident } from './types.ts';

/** One month's incident counts. */
export interface MonthCount {
	/** `YYYY-MM`. */
	month: string;
	/** Incidents per level id; every level of the scale is present, 0 when none. */
	byLevel: Record<string, number>;
	/** All incidents that month. */
	total: number;
}

/** Counts per month and level, for every month in `months` (incidents outside are ignored). */
export function incidentsPerMonth(
	incidents: ReadonlyArray<PlacedIncident>,
	months: ReadonlyArray<string>,
	levelIds: ReadonlyArray<string>,
): MonthCount[] {
	const rows = new Map<string, MonthCount>(
		months.map((month) => [
			month,
			{ month, byLevel: Object.fromEntries(levelIds.map((id) => [id, 0])), total: 0 },
		]),
	);
	for (const { incident, month } of incidents) {
		const row = rows.get(month);
		if (!row) continue;
		row.byLevel[incident.severity] = (row.byLevel[incident.severity] ?? 0) + 1;
		row.total += 1;
	}
	return [...rows.values()];
}
