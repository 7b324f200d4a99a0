import { describe, expect, it } from 'vitest';
import { actionItemFlow } from '../../src/tools/incident-metrics/action-flow.ts';
import { incidentDurations } from '../../src/tools/incident-metrics/durations.ts';
import {
	addMonths,
	monthLabel,
	monthOfDate,
	monthOfInstant,
	monthRange,
	monthWindow,
	monthsApart,
} from '../../src/tools/incident-metrics/months.ts';
import { incidentMetrics, metricLevels } from '../../src/tools/incident-metrics/report.ts';
import { mean } from '../../src/tools/incident-metrics/response.ts';
import {
	actionItemsTable,
	incidentsTable,
	responseTable,
	targetsTable,
} from '../../src/tools/incident-metrics/tables.ts';
import {
	actionItemsNote,
	coverageText,
	incidentsSummary,
	responseSummary,
	targetsNote,
	targetsSummary,
} from '../../src/tools/incident-metrics/text.ts';
import type {
	MetricActionItem,
	MetricIncident,
	MetricLevel,
} from '../../src/tools/incident-metrics/types.ts';

/*
 * Vitest runs under TZ=Pacific/Kiritimati (UTC+14), so any month or date taken in local time
 * instead of UTC shows up here as an incident in the wrong month.
 */

const LEVELS: MetricLevel[] = [
	{
		id: 'SEV1',
		name: 'Critical',
		color: '#b91c1c',
		targets: { acknowledge: '5m', mitigate: '30m', resolve: '2h' },
	},
	{
		id: 'SEV2',
		name: 'Major',
		color: '#c2410c',
		targets: { acknowledge: '15m', mitigate: '1h', resolve: '4h' },
	},
	{ id: 'SEV3', name: 'Minor', targets: { acknowledge: '1h', resolve: '24h' } },
];

/** An incident starting at `start`, with each milestone `minutes` after it. */
function incident(
	id: string,
	severity: string,
	start: string,
	[detect, ack, mitigate, resolve]: [number, number, number, number],
	actionItems: MetricActionItem[] = [],
): MetricIncident {
	const at = (minutes: number) =>
		new Date(Date.parse(start) + minutes * 60_000).toISOString().replace(/\.000Z$/, 'Z');
	return {
		id,
		severity,
		times: {
			started_at: start,
			detected_at: at(detect),
			acknowledged_at: at(ack),
			mitigated_at: at(mitigate),
			resolved_at: at(resolve),
		},
		actionItems,
	};
}

const item = (status: MetricActionItem['status'], closed = ''): MetricActionItem => ({
	status,
	closed,
});

describe('months', () => {
	it('takes the month of an instant in UTC, whatever its offset or the machine zone', () => {
		expect(monthOfInstant('2026-01-31T23:30:00Z')).toBe('2026-01');
		// 05:00 on 1 March at UTC+14 is still 28 February in UTC.
		expect(monthOfInstant('2026-03-01T05:00:00+14:00')).toBe('2026-02');
		// 20:00 on 31 March at UTC-05:00 is already 1 April in UTC.
		expect(monthOfInstant('2026-03-31T20:00:00-05:00')).toBe('2026-04');
		expect(monthOfInstant('not a time')).toBeUndefined();
	});

	it('reads the month of a real YYYY-MM-DD date only', () => {
		expect(monthOfDate('2026-02-28')).toBe('2026-02');
		expect(monthOfDate(' 2026-12-01 ')).toBe('2026-12');
		expect(monthOfDate('2026-02-30')).toBeUndefined();
		expect(monthOfDate('2026-2-3')).toBeUndefined();
		expect(monthOfDate('')).toBeUndefined();
	});

	it('counts and steps months across year boundaries', () => {
		expect(addMonths('2025-11', 3)).toBe('2026-02');
		expect(addMonths('2026-01', -1)).toBe('2025-12');
		expect(addMonths('2026-01', -24)).toBe('2024-01');
		expect(monthsApart('2025-06', '2026-11')).toBe(17);
		expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
		expect(monthRange('2026-02', '2026-01')).toEqual([]);
		expect(monthLabel('2026-03')).toBe('March 2026');
	});

	it('runs the window from the first incident to today with no gaps', () => {
		const window = monthWindow(['2026-03', '2025-11'], '2026-05-02');
		expect(window).toEqual({
			months: ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05'],
			first: '2025-11',
			last: '2026-05',
			truncated: false,
		});
		expect(monthWindow([], '2026-05-02')).toBeUndefined();
	});

	it('keeps the last 24 months when the incidents go back further', () => {
		const window = monthWindow(['2020-01', '2026-05'], '2026-11-23')!;
		expect(window.months).toHaveLength(24);
		expect(window.first).toBe('2024-12');
		expect(window.last).toBe('2026-11');
		expect(window.truncated).toBe(true);
		// Exactly 24 months is not cut.
		expect(monthWindow(['2024-12'], '2026-11-01')!.truncated).toBe(false);
	});

	it('stretches to a post-mortem dated after today rather than dropping it', () => {
		const window = monthWindow(['2026-12'], '2026-11-23')!;
		expect(window.months).toEqual(['2026-12']);
	});
});

describe('incidentMetrics', () => {
	const TODAY = '2026-04-10';

	it('counts incidents per UTC month and level, with every month and level present', () => {
		const metrics = incidentMetrics(
			[
				incident('a', 'SEV2', '2026-01-05T10:00:00Z', [1, 10, 30, 60]),
				incident('b', 'SEV1', '2026-01-20T10:00:00Z', [1, 4, 20, 100]),
				incident('c', 'SEV2', '2026-03-02T10:00:00Z', [1, 20, 30, 60]),
			],
			LEVELS,
			TODAY,
		);
		expect(metrics.window!.months).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
		expect(metrics.perMonth).toEqual([
			{ month: '2026-01', byLevel: { SEV1: 1, SEV2: 1, SEV3: 0 }, total: 2 },
			{ month: '2026-02', byLevel: { SEV1: 0, SEV2: 0, SEV3: 0 }, total: 0 },
			{ month: '2026-03', byLevel: { SEV1: 0, SEV2: 1, SEV3: 0 }, total: 1 },
			{ month: '2026-04', byLevel: { SEV1: 0, SEV2: 0, SEV3: 0 }, total: 0 },
		]);
		expect(metrics.incidents).toEqual({ total: 3, inWindow: 3, before: 0 });
	});

	it('puts an incident spanning midnight at the end of a month in the month it began', () => {
		const spanning = incident('late', 'SEV2', '2026-01-31T23:30:00Z', [5, 10, 40, 90]);
		const metrics = incidentMetrics([spanning], LEVELS, TODAY);
		expect(metrics.perMonth.find((row) => row.month === '2026-01')!.total).toBe(1);
		expect(metrics.perMonth.find((row) => row.month === '2026-02')!.total).toBe(0);
		const jan = (series: typeof metrics.acknowledge) =>
			series.monthly.find((row) => row.month === '2026-01' && row.level === 'SEV2')!;
		expect(jan(metrics.acknowledge)).toMatchObject({ count: 1, minutes: 10 });
		expect(jan(metrics.resolve)).toMatchObject({ count: 1, minutes: 90 });
	});

	it('measures across a daylight-saving change by the instants, not the wall clocks', () => {
		// London springs forward at 01:00 UTC on 29 March 2026: 00:30 GMT to 03:30 BST is 2 hours.
		const spring: MetricIncident = {
			id: 'spring',
			severity: 'SEV2',
			times: {
				started_at: '2026-03-29T00:30:00+00:00',
				detected_at: '2026-03-29T00:35:00+00:00',
				acknowledged_at: '2026-03-29T02:40:00+01:00',
				mitigated_at: '2026-03-29T03:00:00+01:00',
				resolved_at: '2026-03-29T03:30:00+01:00',
			},
			actionItems: [],
		};
		// New York falls back at 06:00 UTC on 1 November 2026: 01:30 EDT to 01:30 EST is 1 hour.
		const autumn: MetricIncident = {
			id: 'autumn',
			severity: 'SEV2',
			times: {
				started_at: '2026-11-01T01:30:00-04:00',
				detected_at: '2026-11-01T01:40:00-04:00',
				acknowledged_at: '2026-11-01T01:50:00-04:00',
				mitigated_at: '2026-11-01T01:10:00-05:00',
				resolved_at: '2026-11-01T01:30:00-05:00',
			},
			actionItems: [],
		};
		const metrics = incidentMetrics([spring, autumn], LEVELS, '2026-11-23');
		const cell = (month: string) =>
			metrics.resolve.monthly.find((row) => row.month === month && row.level === 'SEV2')!;
		expect(cell('2026-03').minutes).toBe(120);
		expect(cell('2026-11').minutes).toBe(60);
		const ack = metrics.acknowledge.monthly.find(
			(row) => row.month === '2026-03' && row.level === 'SEV2',
		)!;
		// 00:30 GMT to 02:40 BST is 70 minutes; the wall clocks would say 130.
		expect(ack.minutes).toBe(70);
	});

	it('uses exactly the post-mortem page definitions for MTTA and MTTR', () => {
		const incidents = [
			incident('a', 'SEV2', '2026-03-02T10:00:00Z', [2, 12, 50, 200]),
			incident('b', 'SEV2', '2026-03-20T22:00:00Z', [3, 17, 70, 301]),
		];
		const metrics = incidentMetrics(incidents, LEVELS, TODAY);
		const expected = (key: 'acknowledge' | 'resolve') =>
			mean(
				incidents.map(
					(one) =>
						incidentDurations(one.times, LEVELS[1]!.targets).find((r) => r.key === key)!.minutes!,
				),
			);
		const march = (series: typeof metrics.acknowledge) =>
			series.monthly.find((row) => row.month === '2026-03' && row.level === 'SEV2')!;
		expect(march(metrics.acknowledge)).toMatchObject(expected('acknowledge'));
		expect(march(metrics.resolve)).toMatchObject(expected('resolve'));
		expect(march(metrics.acknowledge).minutes).toBe(14.5);
		expect(metrics.acknowledge.overall.find((row) => row.level === 'SEV2')).toEqual({
			level: 'SEV2',
			count: 2,
			minutes: 14.5,
			target: 15,
		});
		// A level with no incidents has no mean, but keeps its target for the chart.
		expect(metrics.acknowledge.overall.find((row) => row.level === 'SEV1')).toEqual({
			level: 'SEV1',
			count: 0,
			minutes: undefined,
			target: 5,
		});
	});

	it('leaves incidents whose timestamps are out of order out of the means', () => {
		const broken = incident('broken', 'SEV2', '2026-03-02T10:00:00Z', [2, -5, 50, 200]);
		const fine = incident('fine', 'SEV2', '2026-03-05T10:00:00Z', [2, 20, 50, 100]);
		const metrics = incidentMetrics([broken, fine], LEVELS, TODAY);
		const overall = metrics.acknowledge.overall.find((row) => row.level === 'SEV2')!;
		expect(overall).toMatchObject({ count: 1, minutes: 20 });
		expect(metrics.resolve.overall.find((row) => row.level === 'SEV2')).toMatchObject({
			count: 2,
			minutes: 150,
		});
	});

	it('shares met targets by level, leaving out levels with no target and unmeasurable times', () => {
		const metrics = incidentMetrics(
			[
				incident('met', 'SEV2', '2026-01-05T10:00:00Z', [1, 15, 60, 240]),
				incident('missed', 'SEV2', '2026-02-05T10:00:00Z', [1, 16, 61, 241]),
				incident('also-met', 'SEV2', '2026-03-05T10:00:00Z', [1, 5, 30, 100]),
				incident('broken', 'SEV2', '2026-03-06T10:00:00Z', [1, -1, 30, 100]),
				incident('minor', 'SEV3', '2026-03-07T10:00:00Z', [1, 30, 90, 600]),
			],
			LEVELS,
			TODAY,
		);
		const share = (level: string, key: string) =>
			metrics.targets.find((row) => row.level === level && row.key === key)!;
		expect(share('SEV2', 'acknowledge')).toMatchObject({
			target: 15,
			incidents: 4,
			met: 2,
			missed: 1,
			excluded: 1,
		});
		expect(share('SEV2', 'acknowledge').share).toBeCloseTo(2 / 3);
		expect(share('SEV2', 'resolve')).toMatchObject({ met: 3, missed: 1, excluded: 0, share: 0.75 });
		// SEV3 sets no mitigate target: its incident counts toward neither side.
		expect(share('SEV3', 'mitigate')).toMatchObject({ incidents: 1, met: 0, missed: 0 });
		expect(share('SEV3', 'mitigate').target).toBeUndefined();
		expect(share('SEV3', 'mitigate').share).toBeUndefined();
		expect(share('SEV1', 'resolve')).toMatchObject({ incidents: 0, share: undefined, target: 120 });

		const table = targetsTable(metrics.targets, metrics.levels);
		expect(table.columns).toEqual(['Severity', 'Acknowledge', 'Mitigate', 'Resolve']);
		expect(table.rows).toEqual([
			{ header: 'SEV1', cells: ['No incidents', 'No incidents', 'No incidents'] },
			{ header: 'SEV2', cells: ['67% (2 of 3)', '75% (3 of 4)', '75% (3 of 4)'] },
			{ header: 'SEV3', cells: ['100% (1 of 1)', 'No target', '100% (1 of 1)'] },
		]);
		expect(table.footer).toEqual([
			{ header: 'All levels', cells: ['75% (3 of 4)', '75% (3 of 4)', '80% (4 of 5)'] },
		]);
		expect(targetsNote(metrics.targets, metrics.levels)).toEqual([
			'1 incident with timestamps out of order is left out of the acknowledge share.',
			'SEV3 sets no mitigate target, so its 1 incident is left out of the mitigate share.',
		]);
		expect(targetsSummary(metrics.targets, metrics.levels)).toContain(
			'SEV3: acknowledge 100% (1 of 1), no mitigate target, resolve 100% (1 of 1)',
		);
	});

	it('charts the last 24 months and counts older incidents only in the totals', () => {
		const metrics = incidentMetrics(
			[
				incident('old', 'SEV1', '2023-03-01T10:00:00Z', [1, 2, 3, 4], [item('Done', '2023-03-05')]),
				incident('older', 'SEV2', '2022-07-01T10:00:00Z', [1, 2, 3, 4]),
				incident('recent', 'SEV2', '2026-10-01T10:00:00Z', [1, 2, 3, 4]),
			],
			LEVELS,
			'2026-11-23',
		);
		expect(metrics.window!.months).toHaveLength(24);
		expect(metrics.window!.first).toBe('2024-12');
		expect(metrics.incidents).toEqual({
			total: 3,
			inWindow: 1,
			before: 2,
			firstBefore: '2022-07',
		});
		expect(metrics.perMonth.reduce((sum, row) => sum + row.total, 0)).toBe(1);
		expect(metrics.targets.find((row) => row.level === 'SEV1')!.incidents).toBe(0);
		expect(metrics.actionItems).toMatchObject({ opened: 0, openedBefore: 1, closedBefore: 1 });
		expect(coverageText(metrics)).toBe(
			'The charts show the last 24 months: 1 post-mortem from December 2024 to November 2026. ' +
				'2 older post-mortems, going back to July 2022, are counted in the totals here but not ' +
				'charted; 3 in all.',
		);
	});

	it('keeps severities the scale lacks, after the scale levels, instead of dropping them', () => {
		const incidents = [incident('odd', 'SEV9', '2026-03-05T10:00:00Z', [1, 2, 3, 4])];
		expect(metricLevels(LEVELS, incidents).map((level) => level.id)).toEqual([
			'SEV1',
			'SEV2',
			'SEV3',
			'SEV9',
		]);
		const metrics = incidentMetrics(incidents, LEVELS, TODAY);
		expect(metrics.perMonth.find((row) => row.month === '2026-03')!.byLevel['SEV9']).toBe(1);
		expect(metrics.acknowledge.overall.at(-1)).toEqual({ level: 'SEV9', count: 1, minutes: 2 });
	});

	it('has no window and no rows when there are no post-mortems', () => {
		const metrics = incidentMetrics([], LEVELS, TODAY);
		expect(metrics.window).toBeUndefined();
		expect(metrics.perMonth).toEqual([]);
		expect(metrics.incidents).toEqual({ total: 0, inWindow: 0, before: 0 });
		expect(coverageText(metrics)).toBe('');
	});
});

describe('action items opened and closed', () => {
	const TODAY = '2026-04-10';
	const placed = (incidents: MetricIncident[]) => {
		const metrics = incidentMetrics(incidents, LEVELS, TODAY);
		return { metrics, months: metrics.window!.months };
	};

	it('opens items on their incident’s UTC date and closes them on their Closed date', () => {
		const { metrics } = placed([
			// Late on 31 January in UTC: its items open in January, not February.
			incident(
				'a',
				'SEV2',
				'2026-01-31T23:30:00Z',
				[1, 2, 3, 4],
				[
					item('Done', '2026-02-03'),
					item("Won't do", '2026-03-31'),
					item('Open'),
					item('In progress'),
				],
			),
			incident('b', 'SEV3', '2026-03-02T10:00:00Z', [1, 2, 3, 4], [item('Done', '2026-03-02')]),
		]);
		expect(metrics.actionItems.months).toEqual([
			{ month: '2026-01', opened: 4, closed: 0 },
			{ month: '2026-02', opened: 0, closed: 1 },
			{ month: '2026-03', opened: 1, closed: 2 },
			{ month: '2026-04', opened: 0, closed: 0 },
		]);
		expect(metrics.actionItems).toMatchObject({
			opened: 5,
			closed: 3,
			openNow: 2,
			total: 5,
			closedUndated: 0,
			closedBadDate: 0,
		});
		expect(actionItemsTable(metrics.actionItems).footer).toEqual([
			{ header: 'All months', cells: ['5', '3'] },
		]);
	});

	it('counts closed items without a usable date as closed at an unknown date', () => {
		const { metrics, months } = placed([
			incident(
				'a',
				'SEV2',
				'2026-02-10T10:00:00Z',
				[1, 2, 3, 4],
				[
					item('Done'),
					item("Won't do", '   '),
					item('Done', '2026-02-30'),
					item('Done', 'last week'),
					item('Done', '2026-04-11'),
					item('Done', '2026-04-10'),
					// A Closed date on an open item does not close it.
					item('Open', '2026-03-01'),
					item(undefined, '2026-03-01'),
				],
			),
		]);
		const flow = metrics.actionItems;
		expect(flow).toMatchObject({
			opened: 8,
			closed: 1,
			closedUndated: 2,
			closedBadDate: 3,
			openNow: 1,
		});
		expect(flow.months.find((row) => row.month === '2026-04')!.closed).toBe(1);
		expect(flow.months.find((row) => row.month === '2026-03')!.closed).toBe(0);
		expect(actionItemsNote(flow)).toEqual([
			'1 action item is still open (Open or In progress), out of 8 in all post-mortems.',
			"5 items marked Done or Won't do were closed at an unknown date (2 with no Closed date " +
				'and 3 with a Closed date that is not a real date or is after today), so they are ' +
				'counted as closed but not charted.',
		]);
		// The same flow straight from the function the report uses.
		expect(actionItemFlow([], months, TODAY).months.every((row) => row.opened === 0)).toBe(true);
	});
});

describe('data tables and text alternatives', () => {
	const incidents = [
		incident('a', 'SEV1', '2026-01-05T10:00:00Z', [1, 6, 40, 125]),
		incident('b', 'SEV2', '2026-01-20T10:00:00Z', [1, 14, 50, 200]),
		incident('c', 'SEV2', '2026-03-02T10:00:00Z', [1, 19, 66, 300]),
	];
	const metrics = incidentMetrics(incidents, LEVELS, '2026-03-15');

	it('gives the incidents table one row per month, level columns and totals', () => {
		const table = incidentsTable(metrics.perMonth, metrics.levels);
		expect(table.columns).toEqual(['Month', 'SEV1', 'SEV2', 'SEV3', 'Total']);
		expect(table.rows).toEqual([
			{ header: 'January 2026', cells: ['1', '1', '0', '2'] },
			{ header: 'February 2026', cells: ['0', '0', '0', '0'] },
			{ header: 'March 2026', cells: ['0', '1', '0', '1'] },
		]);
		expect(table.footer).toEqual([{ header: 'All months', cells: ['1', '2', '0', '3'] }]);
		expect(table.caption).toMatch(/UTC month/);
	});

	it('writes means in minutes and hours with how many incidents they cover', () => {
		const table = responseTable(metrics.resolve, metrics.levels);
		expect(table.caption).toBe('Mean time to resolve (MTTR) per UTC month, by severity');
		expect(table.rows[0]).toEqual({
			header: 'January 2026',
			cells: ['2 h 5 min, 1 incident', '3 h 20 min, 1 incident', '—'],
		});
		expect(table.rows[1]!.cells).toEqual(['—', '—', '—']);
		expect(table.footer).toEqual([
			{
				header: 'All months',
				cells: ['2 h 5 min, 1 incident', '4 h 10 min, 2 incidents', '—'],
			},
			{ header: 'Target', cells: ['2 h', '4 h', '1 d'] },
		]);
	});

	it('summarises each chart in words', () => {
		expect(incidentsSummary(metrics)).toBe(
			'Stacked bar chart of incidents per UTC month from January 2026 to March 2026, by ' +
				'severity: 3 incidents (SEV1 1, SEV2 2, SEV3 0). The most in one month was 2, in ' +
				'January 2026.',
		);
		expect(responseSummary(metrics, metrics.acknowledge)).toContain(
			'SEV1 6 min over 1 incident (target 5 min); SEV2 17 min over 2 incidents (target 15 min); ' +
				'SEV3 no incidents.',
		);
	});
});
