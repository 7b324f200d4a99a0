import { describe, expect, test } from 'vitest';
import { evaluateBudgets } from '../benchmarks/budgets.ts';
import type { SizeResult } from '../benchmarks/results.ts';
import { built, sizeResult } from './bench-fixtures.ts';

const byId = (sizes: SizeResult[]) =>
	Object.fromEntries(evaluateBudgets(sizes).map((budget) => [budget.id, budget]));

/** A 5,000 result whose numbers pass or fail as the test needs. */
const large = (changes: Partial<SizeResult> = {}) => sizeResult(5000, changes);

describe('benchmark budgets', () => {
	test('with only 100 and 1,000 documents, the 5,000-document budgets say they were not evaluated', () => {
		const budgets = byId([sizeResult(100), sizeResult(1000)]);
		for (const id of ['validator', 'build-linear', 'runbook-html']) {
			expect(budgets[id]!.status).toBe('not-evaluated');
			expect(budgets[id]!.detail).toMatch(
				/needs a run at .*5,000 documents \(this run: 100, 1,000\)/,
			);
		}
		expect(budgets['vs-starlight-100']!.status).not.toBe('not-evaluated');
		expect(budgets['vs-starlight-1000']!.status).not.toBe('not-evaluated');
	});

	test('the validator passes under 5 s and 500 MB at 5,000 documents', () => {
		const pass = large();
		expect(byId([pass])['validator']).toMatchObject({
			status: 'pass',
			detail: '900 ms and 210 MB at 5,000 documents.',
		});
	});

	test.each([
		[5000, 210e6],
		[4000, 500e6],
	])('the validator fails at %i ms and %i bytes', (wallMs, peakRssBytes) => {
		const result = large();
		result.validate = {
			...(result.validate as Extract<SizeResult['validate'], { status: 'ok' }>),
			wallMs,
			peakRssBytes,
		};
		expect(byId([result])['validator']!.status).toBe('fail');
	});

	test('a validator that did not finish fails its budget', () => {
		const result = large({ validate: { status: 'timed-out', message: 'timed out after 20 min.' } });
		expect(byId([result])['validator']).toMatchObject({ status: 'fail' });
	});

	test('time per page may grow at most 1.3× from 100 to 5,000 documents', () => {
		const small = sizeResult(100);
		small.handbook.build = built(5000, 250); // 20 ms per page
		const linear = large();
		linear.handbook.build = built(130_000, 5000); // 26 ms per page: 1.3×
		expect(byId([small, linear])['build-linear']).toMatchObject({
			status: 'pass',
			detail: '26 ms per page at 5,000 (5,000 pages) against 20 ms at 100 (250 pages): 1.30×.',
		});
		const slower = large();
		slower.handbook.build = built(135_000, 5000); // 27 ms per page: 1.35×
		expect(byId([small, slower])['build-linear']!.status).toBe('fail');
	});

	test("a runbook page's HTML may grow at most 5% from 100 to 5,000 documents", () => {
		const small = sizeResult(100);
		const within = large();
		within.handbook.output = {
			...within.handbook.output!,
			referenceRunbook: { slug: 'checkout-api-error-rate', bytes: 63_700 },
		};
		expect(byId([small, within])['runbook-html']).toMatchObject({
			status: 'pass',
			detail:
				'/runbooks/checkout-api-error-rate/ (the same source at every size) is 63.7 KB at 5,000 and 60.7 KB at 100: +4.9%.',
		});
		const grown = large();
		grown.handbook.output = {
			...grown.handbook.output!,
			referenceRunbook: { slug: 'checkout-api-error-rate', bytes: 64_000 },
		};
		expect(byId([small, grown])['runbook-html']!.status).toBe('fail');
	});

	test('at 100 documents the build may be as fast as plain Starlight; from 1,000 it must be faster', () => {
		const tie = sizeResult(100);
		tie.handbook.build = built(3000, 260);
		tie.baseline.build = built(3000, 96);
		const tieAt1000 = sizeResult(1000);
		tieAt1000.handbook.build = built(30_000, 1160);
		tieAt1000.baseline.build = built(30_000, 960);
		const budgets = byId([tie, tieAt1000]);
		expect(budgets['vs-starlight-100']).toMatchObject({
			status: 'pass',
			title: 'Build no slower than plain Starlight at 100 documents',
			detail: '3.0 s against 3.0 s: 1.00×.',
		});
		expect(budgets['vs-starlight-1000']).toMatchObject({
			status: 'fail',
			title: 'Build faster than plain Starlight at 1,000 documents',
		});
	});

	test('a slower build fails against plain Starlight, a faster one passes', () => {
		const slower = sizeResult(100);
		slower.handbook.build = built(4900, 261);
		slower.baseline.build = built(2600, 96);
		expect(byId([slower])['vs-starlight-100']).toMatchObject({
			status: 'fail',
			detail: '4.9 s against 2.6 s: 1.88×.',
		});
		expect(byId([sizeResult(1000)])['vs-starlight-1000']!.status).toBe('pass');
	});

	test('plain Starlight timing out counts as the handbook being faster', () => {
		const result = sizeResult(5000);
		result.baseline.build = {
			status: 'timed-out',
			message: 'timed out after 20 min.',
			wallMs: 1_200_000,
		};
		expect(byId([result])['vs-starlight-5000']).toMatchObject({
			status: 'pass',
			detail: '54.0 s against plain Starlight, which timed out after 20 min.',
		});
	});

	test("the handbook's build failing fails every budget that needs it", () => {
		const small = sizeResult(100);
		const broken = large();
		broken.handbook = { build: { status: 'failed', message: 'failed (exit code 1).' } };
		const budgets = byId([small, broken]);
		expect(budgets['build-linear']!.status).toBe('fail');
		expect(budgets['runbook-html']!.status).toBe('fail');
		expect(budgets['vs-starlight-5000']!.status).toBe('fail');
	});
});
