/**
 * The data tables under each chart of /metrics/: the same figures as the chart, as text, for
 * screen readers, print and anyone who wants the exact numbers. Pure models; the component
 * renders them as `<table>` with a caption and header cells.
 */
import { formatMinutes } from '../../engine/utils/duration.ts';
import type { ActionItemFlow } from './action-flow.ts';
import { countText, meanText, percentText } from './format.ts';
import { monthLabel } from './months.ts';
import type { MonthCount } from './monthly.ts';
import { RESPONSE_MEASURES, type Mean, type ResponseSeries } from './response.ts';
import { TARGET_KEYS, shareOf, targetLabel, totalShares, type TargetShare } from './targets.ts';
import type { MetricLevel } from './types.ts';

/** One row: a header cell (`th scope="row"`) and data cells. */
export interface DataRow {
	header: string;
	cells: string[];
}

/** A table: caption, column headers (the first heads the row headers), body and footer rows. */
export interface DataTable {
	caption: string;
	columns: string[];
	rows: DataRow[];
	/** Rows that sum up the body (totals, targets), rendered in `<tfoot>`. */
	footer: DataRow[];
}

/** Incidents per month (oldest first) and level, with totals. */
export function incidentsTable(
	perMonth: ReadonlyArray<MonthCount>,
	levels: ReadonlyArray<MetricLevel>,
): DataTable {
	const ids = levels.map((level) => level.id);
	const sum = (id: string) => perMonth.reduce((total, row) => total + (row.byLevel[id] ?? 0), 0);
	return {
		caption: 'Incidents per UTC month, by severity',
		columns: ['Month', ...ids, 'Total'],
		rows: perMonth.map((row) => ({
			header: monthLabel(row.month),
			cells: [...ids.map((id) => String(row.byLevel[id] ?? 0)), String(row.total)],
		})),
		footer: [
			{
				header: 'All months',
				cells: [
					...ids.map((id) => String(sum(id))),
					String(perMonth.reduce((total, row) => total + row.total, 0)),
				],
			},
		],
	};
}

/** `19 min, 1 incident`, or an em dash when no incident could be measured. */
export function meanCell(value: Mean): string {
	return value.minutes === undefined
		? '—'
		: `${meanText(value.minutes)}, ${countText(value.count, 'incident')}`;
}

/** MTTA or MTTR per month and level, then per level over the window and the level's target. */
export function responseTable(
	series: ResponseSeries,
	levels: ReadonlyArray<MetricLevel>,
): DataTable {
	const { abbreviation, label } = RESPONSE_MEASURES[series.key];
	const months = [...new Set(series.monthly.map((row) => row.month))];
	const cell = (month: string, level: string) =>
		series.monthly.find((row) => row.month === month && row.level === level);
	return {
		caption: `${label} (${abbreviation}) per UTC month, by severity`,
		columns: ['Month', ...levels.map((level) => level.id)],
		rows: months.map((month) => ({
			header: monthLabel(month),
			cells: levels.map((level) => {
				const value = cell(month, level.id);
				return value ? meanCell(value) : '—';
			}),
		})),
		footer: [
			{ header: 'All months', cells: series.overall.map(meanCell) },
			{
				header: 'Target',
				cells: series.overall.map((row) =>
					row.target === undefined ? 'No target' : formatMinutes(row.target),
				),
			},
		],
	};
}

/** `75% (3 of 4)` from met and missed counts, or `Not measurable` when both are 0. */
export function shareText(met: number, missed: number): string {
	const share = shareOf(met, missed);
	return share === undefined
		? 'Not measurable'
		: `${percentText(share)} (${met} of ${met + missed})`;
}

/** One level's result against one target: a share, `No target` or `No incidents`. */
export function shareCell(row: TargetShare): string {
	if (row.target === undefined) return 'No target';
	if (row.incidents === 0) return 'No incidents';
	return shareText(row.met, row.missed);
}

/** The share meeting each target, one row per level, with all levels together at the foot. */
export function targetsTable(
	shares: ReadonlyArray<TargetShare>,
	levels: ReadonlyArray<MetricLevel>,
): DataTable {
	return {
		caption: 'Share of incidents that met each response target, by severity',
		columns: ['Severity', ...TARGET_KEYS.map(targetLabel)],
		rows: levels.map((level) => ({
			header: level.id,
			cells: TARGET_KEYS.map((key) => {
				const row = shares.find((share) => share.level === level.id && share.key === key);
				return row ? shareCell(row) : '—';
			}),
		})),
		footer: [
			{
				header: 'All levels',
				cells: totalShares(shares).map((total) =>
					total.share === undefined ? '—' : shareText(total.met, total.missed),
				),
			},
		],
	};
}

/** Action items opened and closed per month, with totals. */
export function actionItemsTable(flow: ActionItemFlow): DataTable {
	return {
		caption: 'Post-mortem action items opened and closed per UTC month',
		columns: ['Month', 'Opened', 'Closed'],
		rows: flow.months.map((row) => ({
			header: monthLabel(row.month),
			cells: [String(row.opened), String(row.closed)],
		})),
		footer: [{ header: 'All months', cells: [String(flow.opened), String(flow.closed)] }],
	};
}
