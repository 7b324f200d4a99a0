/**
 * The four charts of /metrics/, built from the computed metrics (src/tools/incident-metrics/).
 * Build-time only: each function returns SVG markup.
 *
 * Colour is never the only cue. Severity colours come from the scale file and may be too dark
 * for the dark theme, so every coloured shape is outlined in the text colour, which contrasts
 * with the page in both themes; the legend, the axis labels and the data table name each level.
 */
import * as Plot from '@observablehq/plot';
import { parseColor } from '../data/color.ts';
import type { IncidentMetrics } from '../tools/incident-metrics/report.ts';
import { monthAbbreviation } from '../tools/incident-metrics/months.ts';
import type { ResponseSeries } from '../tools/incident-metrics/response.ts';
import { TARGET_KEYS, targetLabel } from '../tools/incident-metrics/targets.ts';
import { shareCell } from '../tools/incident-metrics/tables.ts';
import {
	actionItemsSummary,
	incidentsSummary,
	responseSummary,
	targetsSummary,
} from '../tools/incident-metrics/text.ts';
import type { MetricLevel } from '../tools/incident-metrics/types.ts';
import { renderChart } from './render.ts';

/** The width charts are drawn at; they scale down to the column on narrow screens. */
const WIDTH = 640;

/** The colour of levels whose scale entry has none, or one this site cannot read. */
export const NEUTRAL_COLOR = '#6b7280';

/** A level's chart colour: its scale colour when readable, else a neutral grey. */
export function levelColor(level: MetricLevel): string {
	return level.color && parseColor(level.color) ? level.color : NEUTRAL_COLOR;
}

/** Axis label of a month: `Jun`, with the year under the first month and every January. */
export function monthTick(month: string, index: number): string {
	const short = monthAbbreviation(month);
	return index === 0 || month.endsWith('-01') ? `${short}\n${month.slice(0, 4)}` : short;
}

/** Whole-number ticks from 0 to at least `max`, about five of them, on round steps. */
export function integerTicks(max: number): number[] {
	const top = Math.max(1, Math.ceil(max));
	const steps = [1, 2, 5];
	let step = 1;
	for (let scale = 1; ; scale *= 10) {
		const found = steps.map((s) => s * scale).find((s) => top / s <= 5);
		if (found) {
			step = found;
			break;
		}
	}
	const count = Math.ceil(top / step);
	return Array.from({ length: count + 1 }, (_, index) => index * step);
}

/** Round durations for a time axis, in minutes: 5 min, 1 h, 1 d, 1 w, 30 d. */
const DURATION_TICKS = [5, 60, 1440, 10_080, 43_200];

/** A duration as an axis label: `5m`, `4h`, `1d`, `1w`, `30d`. */
export function durationTick(minutes: number): string {
	if (minutes < 60) return `${minutes}m`;
	if (minutes < 1440) return `${minutes / 60}h`;
	if (minutes === 10_080) return '1w';
	return `${minutes / 1440}d`;
}

const monthAxis = (months: ReadonlyArray<string>) => ({
	type: 'band' as const,
	domain: [...months],
	label: null,
	tickFormat: (month: string) => monthTick(month, months.indexOf(month)),
	padding: 0.2,
});

/** Stacked bars: incidents per month, one colour per level, most severe at the bottom. */
export function incidentsChart(metrics: IncidentMetrics): string {
	const months = metrics.window?.months ?? [];
	const { levels } = metrics;
	const data = metrics.perMonth.flatMap((row) =>
		levels
			.map((level) => ({ month: row.month, level: level.id, count: row.byLevel[level.id] ?? 0 }))
			.filter((entry) => entry.count > 0),
	);
	const max = Math.max(0, ...metrics.perMonth.map((row) => row.total));
	const ticks = integerTicks(max);
	return renderChart(
		{
			width: WIDTH,
			height: 260,
			marginLeft: 44,
			marginBottom: 36,
			x: monthAxis(months),
			y: {
				domain: [0, ticks.at(-1)!],
				ticks,
				tickFormat: 'd',
				grid: true,
				label: 'Incidents',
			},
			color: {
				type: 'ordinal',
				domain: levels.map((level) => level.id),
				range: levels.map(levelColor),
			},
			marks: [
				Plot.barY(data, {
					x: 'month',
					y: 'count',
					fill: 'level',
					stroke: 'currentColor',
					strokeWidth: 1,
				}),
				Plot.ruleY([0]),
			],
		},
		incidentsSummary(metrics),
	);
}

/**
 * MTTA or MTTR per month, one row per level, on a time scale that is logarithmic past a
 * minute (so a five-minute target and a two-week one both read), with the level's target as a
 * dashed line. Months without incidents at a level are gaps, not zeros.
 */
export function responseChart(metrics: IncidentMetrics, series: ResponseSeries): string {
	const months = metrics.window?.months ?? [];
	const ids = metrics.levels.map((level) => level.id);
	const points = series.monthly.filter((row) => row.minutes !== undefined);
	const targets = series.overall.filter((row) => row.target !== undefined);
	const largest = Math.max(
		60,
		...points.map((row) => row.minutes!),
		...targets.map((row) => row.target!),
	);
	const top = largest * 1.3;
	return renderChart(
		{
			width: WIDTH,
			height: 40 + ids.length * 90,
			marginLeft: 44,
			marginRight: 56,
			marginBottom: 36,
			x: monthAxis(months),
			y: {
				type: 'symlog',
				domain: [0, top],
				ticks: [0, ...DURATION_TICKS.filter((tick) => tick <= top)],
				tickFormat: (minutes: number) => (minutes === 0 ? '0' : durationTick(minutes)),
				grid: true,
				label: null,
			},
			fy: { domain: ids, label: null, padding: 0.25 },
			marks: [
				Plot.frame({ strokeOpacity: 0.3 }),
				Plot.ruleY(targets, {
					y: 'target',
					fy: 'level',
					stroke: 'currentColor',
					strokeDasharray: '5,4',
				}),
				// One point per month and level, gaps included, so the line breaks where a month
				// had no incident at that level.
				Plot.lineY(series.monthly, {
					x: 'month',
					y: 'minutes',
					fy: 'level',
					stroke: 'currentColor',
					strokeOpacity: 0.6,
				}),
				Plot.dot(points, {
					x: 'month',
					y: 'minutes',
					fy: 'level',
					fill: 'currentColor',
					r: 3.5,
				}),
			],
		},
		responseSummary(metrics, series),
	);
}

/**
 * The share of incidents meeting each target: one bar per level and target, with the share and
 * counts written beside it, and `No target` or `No incidents` where there is nothing to draw.
 */
export function targetsChart(metrics: IncidentMetrics): string {
	const { levels, targets } = metrics;
	const row = (level: string, key: string) => `${level} · ${key}`;
	const rows = levels.flatMap((level) => TARGET_KEYS.map((key) => row(level.id, targetLabel(key))));
	const data = targets.map((share) => ({
		row: row(share.level, targetLabel(share.key)),
		level: share.level,
		percent: share.target !== undefined && share.share !== undefined ? share.share * 100 : 0,
		text: shareCell(share),
	}));
	return renderChart(
		{
			width: WIDTH,
			height: 44 + rows.length * 22,
			marginLeft: 150,
			marginRight: 112,
			x: {
				domain: [0, 100],
				ticks: [0, 25, 50, 75, 100],
				tickFormat: (value: number) => `${value}%`,
				grid: true,
				label: 'Incidents that met the target',
				labelAnchor: 'left',
			},
			y: { domain: rows, label: null, padding: 0.2 },
			color: {
				type: 'ordinal',
				domain: levels.map((level) => level.id),
				range: levels.map(levelColor),
			},
			marks: [
				Plot.barX(
					data.filter((entry) => entry.percent > 0),
					{ x: 'percent', y: 'row', fill: 'level', stroke: 'currentColor', strokeWidth: 1 },
				),
				Plot.ruleX([0]),
				Plot.text(data, {
					x: 100,
					y: 'row',
					text: 'text',
					textAnchor: 'start',
					dx: 8,
					fill: 'currentColor',
				}),
			],
		},
		targetsSummary(targets, levels),
	);
}

/** Action items per month: opened as bars above the axis, closed as bars below it. */
export function actionItemsChart(metrics: IncidentMetrics): string {
	const months = metrics.window?.months ?? [];
	const flow = metrics.actionItems.months;
	const max = Math.max(0, ...flow.flatMap((row) => [row.opened, row.closed]));
	const ticks = integerTicks(max);
	const top = ticks.at(-1)!;
	return renderChart(
		{
			width: WIDTH,
			height: 300,
			marginLeft: 44,
			marginBottom: 36,
			x: monthAxis(months),
			y: {
				domain: [-top, top],
				ticks: [...ticks.slice(1).map((tick) => -tick), ...ticks],
				tickFormat: (value: number) => String(Math.abs(value)),
				grid: true,
				label: null,
			},
			marks: [
				Plot.barY(
					flow.filter((entry) => entry.opened > 0),
					{ x: 'month', y: 'opened', fill: 'currentColor', className: 'opened' },
				),
				Plot.barY(
					flow.filter((entry) => entry.closed > 0),
					{ x: 'month', y: (entry) => -entry.closed, fill: 'currentColor', className: 'closed' },
				),
				Plot.ruleY([0]),
				Plot.text(['↑ Opened'], { frameAnchor: 'top-left', dx: 4, dy: 2, fill: 'currentColor' }),
				Plot.text(['↓ Closed'], {
					frameAnchor: 'bottom-left',
					dx: 4,
					dy: -2,
					fill: 'currentColor',
				}),
			],
		},
		actionItemsSummary(metrics),
	);
}
