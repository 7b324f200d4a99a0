import type { BenchResults, BuildResult, Outcome, SizeResult } from '../benchmarks/results.ts';

/** A build that finished, with the given time and pages. */
export const built = (wallMs: number, pages: number): Outcome<BuildResult> => ({
	status: 'ok',
	wallMs,
	peakRssBytes: 900e6,
	sampledTreeRssBytes: 880e6,
	mainMaxRssBytes: 900e6,
	pages,
	perPageMs: wallMs / pages,
});

/** A size's results with sensible numbers; `changes` overrides parts of it. */
export function sizeResult(size: number, changes: Partial<SizeResult> = {}): SizeResult {
	const broken = Math.round(size * 0.05);
	return {
		size,
		corpus: {
			all: { runbooks: size * 0.4, incidents: size * 0.5, checklists: size * 0.1 },
			valid: { runbooks: size * 0.4 - 2, incidents: size * 0.5 - 2, checklists: size * 0.1 - 1 },
			broken,
			brokenByRule: { 'reference/link': broken },
		},
		validate: {
			status: 'ok',
			wallMs: 900,
			peakRssBytes: 210e6,
			sampledTreeRssBytes: 200e6,
			errors: broken,
			warnings: 0,
			filesChecked: size + 3,
			expected: broken,
			mismatches: [],
		},
		handbook: {
			build: built(4000 + size * 10, size + 160),
			output: {
				runbookHtml: { count: size * 0.4, median: 67_500, largest: 71_500 },
				postmortemHtml: { count: size * 0.5, median: 64_300, largest: 66_400 },
				referenceRunbook: { slug: 'checkout-api-error-rate', bytes: 60_700 },
				distBytes: size * 150_000,
				pagefindBytes: size * 13_000,
				javascript: [
					{
						label: 'SLA clock',
						route: 'tools/sla-clock',
						atLoadBytes: 14_500,
						toolBytes: 7_000,
						lazyBytes: 9_100,
					},
				],
			},
			search: {
				status: 'ok',
				pagefind: {
					route: '/runbooks/checkout-api-error-rate/',
					timings: [
						{ query: 'A', expected: 'a', ms: 320, top: '/runbooks/a/', right: true },
						{ query: 'B', expected: 'b', ms: 330, top: '/runbooks/b/', right: true },
					],
					medianMs: 325,
					slowestMs: 330,
				},
				finder: {
					route: '/',
					timings: [{ query: 'A', expected: 'a', ms: 6, top: 'a', right: true }],
					medianMs: 6,
					slowestMs: 6,
				},
			},
		},
		baseline: {
			build: built(2500 + size * 30, size + 1),
			output: {
				runbookHtml: { count: size * 0.4, median: 55_900, largest: 59_500 },
				postmortemHtml: { count: size * 0.5, median: 51_500, largest: 53_300 },
				referenceRunbook: { slug: 'checkout-api-error-rate', bytes: 47_400 },
				distBytes: size * 60_000,
				pagefindBytes: size * 8_400,
				javascript: [],
			},
		},
		...changes,
	};
}

/** Whole results around some sizes. */
export function benchResults(
	sizes: SizeResult[],
	changes: Partial<BenchResults> = {},
): BenchResults {
	return {
		date: '2026-11-23T05:00:00.000Z',
		command: 'npm run bench -- --sizes 100,1000',
		machine: {
			cpu: 'AMD EPYC',
			cores: 2,
			memoryBytes: 25.28e9,
			os: 'Debian GNU/Linux 12 (bookworm), Linux 6.1',
			node: 'v24.21.0',
			astro: '7.3.5',
			starlight: '0.42.4',
		},
		settings: {
			sizes: sizes.map((size) => size.size),
			runs: 5,
			keyDelayMs: 60,
			timeoutMinutes: 20,
			today: '2026-11-23',
		},
		memoryMethod: 'sampled.',
		sizes,
		budgets: [],
		failures: [],
		...changes,
	};
}
