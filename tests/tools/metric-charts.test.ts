import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import {
	actionItemsChart,
	durationTick,
	incidentsChart,
	integerTicks,
	levelColor,
	monthTick,
	NEUTRAL_COLOR,
	responseChart,
	targetsChart,
} from '../../src/charts/incident-charts.ts';
import { CHART_CLASS, renderChart, roundCoordinates } from '../../src/charts/render.ts';
import { incidentMetrics } from '../../src/tools/incident-metrics/report.ts';
import type { MetricIncident, MetricLevel } from '../../src/tools/incident-metrics/types.ts';

const LEVELS: MetricLevel[] = [
	{
		id: 'SEV1',
		name: 'Critical',
		color: '#b91c1c',
		targets: { acknowledge: '5m', mitigate: '30m', resolve: '2h' },
	},
	{ id: 'SEV2', name: 'Major', color: 'var(--not-readable)', targets: { resolve: '4h' } },
];

function incident(id: string, severity: string, start: string, closed = ''): MetricIncident {
	const at = (minutes: number) => new Date(Date.parse(start) + minutes * 60_000).toISOString();
	return {
		id,
		severity,
		times: {
			started_at: start,
			detected_at: at(2),
			acknowledged_at: at(7),
			mitigated_at: at(25),
			resolved_at: at(100),
		},
		actionItems: [
			{ status: 'Done', closed },
			{ status: 'Open', closed: '' },
		],
	};
}

const metrics = incidentMetrics(
	[
		incident('a', 'SEV1', '2026-01-10T10:00:00Z', '2026-02-01'),
		incident('b', 'SEV2', '2026-03-10T10:00:00Z'),
		incident('c', 'SEV2', '2026-03-12T10:00:00Z', '2026-03-20'),
	],
	LEVELS,
	'2026-04-02',
);

/** The opening `<svg …>` tag of a chart. */
const openingTag = (svg: string) => /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';

describe('renderChart', () => {
	const svg = renderChart(
		{ marks: [Plot.barY([{ x: 'a', y: 2 }], { x: 'x', y: 'y' })] },
		'Two things & "quotes" &amp; <b>',
	);

	it('returns a bare SVG named by its text alternative, as an image', () => {
		const tag = openingTag(svg);
		expect(tag).toContain('role="img"');
		expect(tag).toContain(`class="${CHART_CLASS}"`);
		expect(tag).toContain('aria-label="Two things &amp; &quot;quotes&quot; &amp;amp; &lt;b&gt;"');
		expect(svg.endsWith('</svg>')).toBe(true);
	});

	it('drops Plot’s stylesheet and the labels inside the image, and adds no script', () => {
		expect(svg).not.toContain('<style');
		expect(svg).not.toContain('<script');
		expect(svg.match(/aria-label=/g)).toHaveLength(1);
		expect(svg).not.toContain('aria-description');
	});

	it('renders the same markup every time, so builds are reproducible', () => {
		const again = renderChart(
			{ marks: [Plot.barY([{ x: 'a', y: 2 }], { x: 'x', y: 'y' })] },
			'Two things & "quotes" &amp; <b>',
		);
		expect(again).toBe(svg);
	});

	it('refuses options that would wrap the chart in a figure', () => {
		expect(() => renderChart({ title: 'A title', marks: [] }, 'x')).toThrow(/bare charts/);
	});
});

describe('axis helpers', () => {
	it('labels months briefly, with the year under the first month and January', () => {
		expect(monthTick('2025-11', 0)).toBe('Nov\n2025');
		expect(monthTick('2025-12', 1)).toBe('Dec');
		expect(monthTick('2026-01', 2)).toBe('Jan\n2026');
	});

	it('picks about five whole-number ticks on round steps', () => {
		expect(integerTicks(0)).toEqual([0, 1]);
		expect(integerTicks(1)).toEqual([0, 1]);
		expect(integerTicks(4)).toEqual([0, 1, 2, 3, 4]);
		expect(integerTicks(7)).toEqual([0, 2, 4, 6, 8]);
		expect(integerTicks(23)).toEqual([0, 5, 10, 15, 20, 25]);
		expect(integerTicks(180)).toEqual([0, 50, 100, 150, 200]);
	});

	it('writes durations for a time axis', () => {
		expect([5, 60, 1440, 10_080, 43_200].map(durationTick)).toEqual([
			'5m',
			'1h',
			'1d',
			'1w',
			'30d',
		]);
	});

	it('falls back to a neutral colour when a level has none or one it cannot read', () => {
		expect(levelColor(LEVELS[0]!)).toBe('#b91c1c');
		expect(levelColor(LEVELS[1]!)).toBe(NEUTRAL_COLOR);
		expect(levelColor({ id: 'X', name: 'X' })).toBe(NEUTRAL_COLOR);
	});
});

describe('the metrics charts', () => {
	it('stacks one outlined, level-coloured bar per month and level with incidents', () => {
		const svg = incidentsChart(metrics);
		const bars = [...svg.matchAll(/<rect\b[^>]*>/g)].map((match) => match[0]);
		expect(bars).toHaveLength(2);
		expect(bars[0]).toContain('fill="#b91c1c"');
		expect(bars[1]).toContain(`fill="${NEUTRAL_COLOR}"`);
		expect(svg).toContain('stroke="currentColor"');
		for (const month of ['Jan', 'Feb', 'Mar', 'Apr']) expect(svg).toContain(`>${month}`);
		expect(openingTag(svg)).toContain('3 incidents (SEV1 1, SEV2 2)');
	});

	it('draws a point per month with a mean, and each level’s target as a dashed line', () => {
		const svg = responseChart(metrics, metrics.resolve);
		expect(svg.match(/<circle\b/g)).toHaveLength(2);
		expect(svg).toContain('stroke-dasharray="5,4"');
		expect(openingTag(svg)).toContain('SEV1 1 h 40 min over 1 incident (target 2 h)');
		// Facet labels name the levels, so the rows do not rely on colour.
		expect(svg).toContain('>SEV1<');
		expect(svg).toContain('>SEV2<');
	});

	it('writes every share beside its bar, and says where there is no target', () => {
		const svg = targetsChart(metrics);
		expect(svg).toContain('>100% (1 of 1)<');
		expect(svg).toContain('>No target<');
		expect(svg).toContain('>SEV2 · Mitigate<');
	});

	it('puts opened items above the axis and closed ones below, told apart by class too', () => {
		const svg = actionItemsChart(metrics);
		expect(svg).toMatch(/<g class="opened"[^>]*>(<rect\b[^>]*>){2}<\/g>/);
		expect(svg).toMatch(/<g class="closed"[^>]*>(<rect\b[^>]*>){2}<\/g>/);
		expect(svg).toContain('↑ Opened');
		expect(svg).toContain('↓ Closed');
	});
});

describe('roundCoordinates', () => {
	it('keeps two decimals in tag attributes and leaves text alone', () => {
		expect(
			roundCoordinates(
				'<g transform="translate(40,346.66666666666663)"><text y="0.32em">1.23456</text></g>',
			),
		).toBe('<g transform="translate(40,346.66)"><text y="0.32em">1.23456</text></g>');
	});
});
