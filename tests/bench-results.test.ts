import { describe, expect, test } from 'vitest';
import { evaluateBudgets } from '../benchmarks/budgets.ts';
import { renderResults, sizeTable } from '../benchmarks/results-markdown.ts';
import { benchResults, sizeResult } from './bench-fixtures.ts';

/** The cells of the table row whose first cell is `label`. */
function rowOf(markdown: string, label: string): string[] {
	const line = markdown.split('\n').find((candidate) => candidate.startsWith(`| ${label} |`));
	if (!line) throw new Error(`No row "${label}" in:\n${markdown}`);
	return line
		.slice(2, -2)
		.split(' | ')
		.map((cell) => cell.trim());
}

describe('benchmark results.md', () => {
	const sizes = [sizeResult(100), sizeResult(1000)];
	const results = benchResults(sizes, { budgets: evaluateBudgets(sizes) });
	const markdown = renderResults(results);

	test('starts with the machine and the command', () => {
		expect(markdown).toMatch(
			/^# Benchmark results\n\nMeasured on 2026-11-23 with `npm run bench -- --sizes 100,1000`: AMD EPYC, 2 cores, 25.28 GB memory, Debian/,
		);
		expect(markdown).toContain('Node v24.21.0, Astro 7.3.5, Starlight 0.42.4');
	});

	test('shows each budget with a mark and its numbers', () => {
		expect(rowOf(markdown, 'Build no slower than plain Starlight at 100 documents')).toEqual([
			'Build no slower than plain Starlight at 100 documents',
			'✓ pass',
			'5.0 s against 5.5 s: 0.91×.',
		]);
		expect(
			rowOf(markdown, 'Validator: 5,000 documents in under 5 s and under 500 MB peak memory')[1],
		).toBe('– not evaluated');
	});

	test('has a table per size with the handbook, plain Starlight and their ratio', () => {
		expect(markdown).toContain('## 1,000 documents');
		const table = sizeTable(sizeResult(1000));
		expect(rowOf(table, 'Build: wall time')).toEqual([
			'Build: wall time',
			'14.0 s',
			'32.5 s',
			'0.43×',
		]);
		expect(rowOf(table, 'Build: time per page')).toEqual([
			'Build: time per page',
			'12 ms',
			'32 ms',
			'0.37×',
		]);
		expect(rowOf(table, 'Runbook page HTML: median (largest)')).toEqual([
			'Runbook page HTML: median (largest)',
			'67.5 KB (71.5 KB)',
			'55.9 KB (59.5 KB)',
			'1.21×',
		]);
		expect(rowOf(table, 'dist/ total')).toEqual(['dist/ total', '150 MB', '60.0 MB', '2.50×']);
		expect(rowOf(table, 'Validate: errors found (expected)')[1]).toBe('50 (50) ✓');
		expect(rowOf(table, 'Pagefind: first result on screen, median (slowest)')[1]).toBe(
			'325 ms (330 ms), 2/2 right',
		);
		expect(rowOf(table, 'Quick finder: first result on screen, median (slowest)')[2]).toBe(
			'no finder',
		);
	});

	test('lists the JavaScript of each tool page', () => {
		expect(rowOf(markdown, 'SLA clock (/tools/sla-clock/)')).toEqual([
			'SLA clock (/tools/sla-clock/)',
			'14.5 KB',
			'7.0 KB',
			'9.1 KB',
		]);
	});

	test('says when a build timed out instead of showing numbers', () => {
		const result = sizeResult(5000);
		result.baseline = {
			build: { status: 'timed-out', message: 'timed out after 20 min.', wallMs: 1_200_000 },
		};
		expect(rowOf(sizeTable(result), 'Build: wall time')).toEqual([
			'Build: wall time',
			'54.0 s',
			'timed out (1200.0 s)',
			'–',
		]);
	});

	test('puts a failed benchmark first, with every reason', () => {
		const failed = benchResults([sizeResult(100)], {
			failures: [
				'At 100 documents the validator reported 4 errors, but the corpus has 5 broken documents.',
			],
		});
		const text = renderResults(failed);
		expect(text.indexOf('## The benchmark itself failed')).toBeLessThan(text.indexOf('## Budgets'));
		expect(text).toContain('- At 100 documents the validator reported 4 errors');
	});

	test('lists the validator mismatches of a size', () => {
		const result = sizeResult(100);
		if (result.validate.status === 'ok')
			result.validate.mismatches = [
				'runbooks/x.mdx should have one reference/link error, but the validator reported nothing.',
			];
		const text = renderResults(benchResults([result]));
		expect(rowOf(text, 'Validate: errors found (expected)')[1]).toBe('5 (5) ✗');
		expect(text).toContain('- runbooks/x.mdx should have one reference/link error');
	});

	test('escapes pipes inside cells', () => {
		const text = renderResults(
			benchResults([], { budgets: [{ id: 'x', title: 'A | B', status: 'fail', detail: 'c' }] }),
		);
		expect(text).toContain('| A \\| B | ✗ fail | c |');
	});
});
