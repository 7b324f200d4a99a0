/**
 * Everything /metrics/ shows, computed in one pass from the post-mortems, the incident scale and
 * today's date. Pure: the page loads the content and passes `today` in, so the tests can set
 * the date, and nothing depends on the machine's clock or time zone.
 */
import { actionItemFlow, type ActionItemFlow } from './action-flow.ts';
import { incidentDurations } from './durations.ts';
import { incidentsPerMonth, type MonthCount } from './monthly.ts';
import { MAX_MONTHS, monthOfInstant, monthWindow, type MonthWindow } from './months.ts';
import { responseSeries, type ResponseSeries } from './response.ts';
import { targetShares, type TargetShare } from './targets.ts';
import type { MetricIncident, MetricLevel, PlacedIncident } from './types.ts';

/** The figures behind every chart and table of the page. */
export interface IncidentMetrics {
	/** The date the figures are as of (`YYYY-MM-DD`). */
	today: string;
	/** The months charted; `undefined` when there are no post-mortems. */
	window: MonthWindow | undefined;
	/** The incident scale's levels, then any severity the scale lacks (so nothing is dropped). */
	levels: MetricLevel[];
	/** Post-mortems in all, in the window, and before it. */
	incidents: { total: number; inWindow: number; before: number; firstBefore?: string };
	perMonth: MonthCount[];
	acknowledge: ResponseSeries;
	resolve: ResponseSeries;
	targets: TargetShare[];
	actionItems: ActionItemFlow;
}

export interface MetricsOptions {
	/** The most months to chart. @default 24 */
	maxMonths?: number;
}

/** The scale's levels, followed by severities that post-mortems use but the scale lacks. */
export function metricLevels(
	scaleLevels: ReadonlyArray<MetricLevel>,
	incidents: ReadonlyArray<MetricIncident>,
): MetricLevel[] {
	const known = new Set(scaleLevels.map((level) => level.id));
	const unknown = [...new Set(incidents.map((incident) => incident.severity))]
		.filter((id) => !known.has(id))
		.sort((a, b) => a.localeCompare(b));
	return [...scaleLevels, ...unknown.map((id) => ({ id, name: id }))];
}

/** The incident metrics as of `today`. */
export function incidentMetrics(
	incidents: ReadonlyArray<MetricIncident>,
	scaleLevels: ReadonlyArray<MetricLevel>,
	today: string,
	{ maxMonths = MAX_MONTHS }: MetricsOptions = {},
): IncidentMetrics {
	const levels = metricLevels(scaleLevels, incidents);
	const targetsOf = new Map(levels.map((level) => [level.id, level.targets]));
	const placed: PlacedIncident[] = incidents.flatMap((incident) => {
		const month = monthOfInstant(incident.times.started_at);
		if (!month) return [];
		const durations = incidentDurations(incident.times, targetsOf.get(incident.severity));
		return [{ incident, month, durations }];
	});
	const window = monthWindow(
		placed.map(({ month }) => month),
		today,
		maxMonths,
	);
	const months = window?.months ?? [];
	const before = placed.filter(({ month }) => window && month < window.first);
	const firstBefore = before.map(({ month }) => month).sort()[0];
	return {
		today,
		window,
		levels,
		incidents: {
			total: placed.length,
			inWindow: placed.length - before.length,
			before: before.length,
			...(firstBefore ? { firstBefore } : {}),
		},
		perMonth: incidentsPerMonth(
			placed,
			months,
			levels.map((level) => level.id),
		),
		acknowledge: responseSeries(placed, months, levels, 'acknowledge'),
		resolve: responseSeries(placed, months, levels, 'resolve'),
		targets: targetShares(placed, months, levels),
		actionItems: actionItemFlow(placed, months, today),
	};
}
