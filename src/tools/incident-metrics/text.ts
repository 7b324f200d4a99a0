/**
 * The sentences of /metrics/: what period the page covers, the notes under the charts and each
 * chart's text alternative (its `aria-label`), which says what the chart shows in words.
 */
import type { ActionItemFlow } from './action-flow.ts';
import { countText, listText, meanText, percentText } from './format.ts';
import { monthLabel } from './months.ts';
import type { IncidentMetrics } from './report.ts';
import { RESPONSE_MEASURES, type ResponseSeries } from './response.ts';
import { TARGET_KEYS, type TargetShare } from './targets.ts';
import type { MetricLevel } from './types.ts';

/** The most months a sentence names one by one; beyond that it gives their number. */
const MONTHS_NAMED = 3;

/** `June 2025 to November 2026`, or `November 2026` for a one-month window. */
export function periodText(metrics: IncidentMetrics): string {
	const { window } = metrics;
	if (!window) return '';
	return window.first === window.last
		? monthLabel(window.first)
		: `${monthLabel(window.first)} to ${monthLabel(window.last)}`;
}

/** What the page covers, and how many older post-mortems it leaves out of the charts. */
export function coverageText(metrics: IncidentMetrics): string {
	const { incidents, window } = metrics;
	if (!window) return '';
	const covered = `${countText(incidents.inWindow, 'post-mortem')} from ${periodText(metrics)}`;
	if (!window.truncated) return `${covered}.`;
	const since = incidents.firstBefore ? `, going back to ${monthLabel(incidents.firstBefore)}` : '';
	return (
		`The charts show the last ${countText(window.months.length, 'month')}: ${covered}. ` +
		`${countText(incidents.before, 'older post-mortem')}${since}, ` +
		`${incidents.before === 1 ? 'is' : 'are'} counted in the totals here but not charted; ` +
		`${incidents.total} in all.`
	);
}

/** The text alternative of the incidents-per-month chart. */
export function incidentsSummary(metrics: IncidentMetrics): string {
	const { perMonth, levels } = metrics;
	const total = perMonth.reduce((sum, row) => sum + row.total, 0);
	const byLevel = levels
		.map(
			(level) =>
				`${level.id} ${perMonth.reduce((sum, row) => sum + (row.byLevel[level.id] ?? 0), 0)}`,
		)
		.join(', ');
	const most = Math.max(0, ...perMonth.map((row) => row.total));
	const busiest = perMonth.filter((row) => row.total === most).map((row) => monthLabel(row.month));
	const where =
		busiest.length <= MONTHS_NAMED ? `in ${listText(busiest)}` : `in ${busiest.length} months`;
	return (
		`Stacked bar chart of incidents per UTC month from ${periodText(metrics)}, by severity: ` +
		`${countText(total, 'incident')} (${byLevel}).` +
		(total > 0 ? ` The most in one month was ${most}, ${where}.` : '')
	);
}

/** The text alternative of an MTTA or MTTR chart: each level's mean over the whole window. */
export function responseSummary(metrics: IncidentMetrics, series: ResponseSeries): string {
	const { label } = RESPONSE_MEASURES[series.key];
	const levels = series.overall.map((row) => {
		if (row.minutes === undefined) return `${row.level} no incidents`;
		const target = row.target === undefined ? 'no target' : `target ${meanText(row.target)}`;
		return `${row.level} ${meanText(row.minutes)} over ${countText(row.count, 'incident')} (${target})`;
	});
	return (
		`Dot chart of the ${label.toLowerCase()} per UTC month from ${periodText(metrics)}, ` +
		`one row per severity, on a logarithmic time scale with each level's target as a dashed ` +
		`line. Over the whole period: ${levels.join('; ')}.`
	);
}

/** The text alternative of the targets chart: every level's share against every target. */
export function targetsSummary(
	shares: ReadonlyArray<TargetShare>,
	levels: ReadonlyArray<MetricLevel>,
): string {
	const parts = levels.map((level) => {
		const rows = shares.filter((share) => share.level === level.id);
		if (rows.every((row) => row.incidents === 0)) return `${level.id}: no incidents`;
		const results = TARGET_KEYS.map((key) => {
			const row = rows.find((share) => share.key === key);
			if (!row || row.target === undefined) return `no ${key} target`;
			if (row.share === undefined) return `${key} not measurable`;
			return `${key} ${percentText(row.share)} (${row.met} of ${row.met + row.missed})`;
		});
		return `${level.id}: ${results.join(', ')}`;
	});
	return (
		'Bar chart of the share of incidents that met each response target, by severity. ' +
		`${parts.join('. ')}.`
	);
}

/** The text alternative of the action-items chart. */
export function actionItemsSummary(metrics: IncidentMetrics): string {
	const flow = metrics.actionItems;
	return (
		`Bar chart of post-mortem action items per UTC month from ${periodText(metrics)}, opened ` +
		`above the axis and closed below it: ${flow.opened} opened and ${flow.closed} closed.`
	);
}

/**
 * Why some incidents are not in a target's share: their level sets no such target, or their
 * timestamps cannot be measured. Empty when every incident counts.
 */
export function targetsNote(
	shares: ReadonlyArray<TargetShare>,
	levels: ReadonlyArray<MetricLevel>,
): string[] {
	const notes: string[] = [];
	for (const key of TARGET_KEYS) {
		const rows = shares.filter((share) => share.key === key);
		const untargeted = rows.filter((row) => row.target === undefined && row.incidents > 0);
		if (untargeted.length > 0) {
			const count = untargeted.reduce((sum, row) => sum + row.incidents, 0);
			const ids = levels.filter((level) => untargeted.some((row) => row.level === level.id));
			notes.push(
				`${listText(ids.map((level) => level.id))} ${ids.length === 1 ? 'sets' : 'set'} no ` +
					`${key} target, so ${count === 1 ? 'its' : 'their'} ${countText(count, 'incident')} ` +
					`${count === 1 ? 'is' : 'are'} left out of the ${key} share.`,
			);
		}
		const unmeasured = rows
			.filter((row) => row.target !== undefined)
			.reduce((sum, row) => sum + row.excluded, 0);
		if (unmeasured > 0) {
			notes.push(
				`${countText(unmeasured, 'incident')} with timestamps out of order ` +
					`${unmeasured === 1 ? 'is' : 'are'} left out of the ${key} share.`,
			);
		}
	}
	return notes;
}

/** What the action-items chart cannot show: open items and closed items with no usable date. */
export function actionItemsNote(flow: ActionItemFlow): string[] {
	const notes = [
		`${countText(flow.openNow, 'action item')} ${flow.openNow === 1 ? 'is' : 'are'} still ` +
			`open (Open or In progress), out of ${flow.total} in all post-mortems.`,
	];
	const unknown = flow.closedUndated + flow.closedBadDate;
	if (unknown > 0) {
		const why = [
			flow.closedUndated > 0 ? `${flow.closedUndated} with no Closed date` : '',
			flow.closedBadDate > 0
				? `${flow.closedBadDate} with a Closed date that is not a real date or is after today`
				: '',
		].filter(Boolean);
		notes.push(
			`${countText(unknown, 'item')} marked Done or Won't do ${unknown === 1 ? 'was' : 'were'} ` +
				`closed at an unknown date (${listText(why)}), so ${unknown === 1 ? 'it is' : 'they are'} ` +
				'counted as closed but not charted.',
		);
	}
	if (flow.openedBefore > 0 || flow.closedBefore > 0) {
		notes.push(
			`Before the charted months, ${flow.openedBefore} ${flow.openedBefore === 1 ? 'item was' : 'items were'} ` +
				`opened and ${flow.closedBefore} closed.`,
		);
	}
	return notes;
}
