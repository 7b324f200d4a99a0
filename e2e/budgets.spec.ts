import { expect, test } from '@playwright/test';
import { beyond, pageScripts, totalBytes } from '../benchmarks/page-scripts.ts';

/**
 * Scripts a page loads beyond those every Starlight page carries (search, theme, navigation):
 * its script tags and the modules they import statically, counted gzipped the same way
 * `npm run bench` counts them (benchmarks/page-scripts.ts).
 */
function extraScripts(route: string): Map<string, number> {
	const reference = pageScripts('dist', 'reference/rules/file/empty').atLoad;
	return beyond(pageScripts('dist', route).atLoad, reference);
}

test.describe('JavaScript budgets', () => {
	for (const route of [
		'tools/severity',
		'tools/sla-clock',
		'maintenance/weekly',
		'runbooks',
		'incidents',
		'action-items',
		'',
	]) {
		test(`/${route} adds under 10 KB of gzipped JavaScript for its tools`, () => {
			const extra = extraScripts(route);
			expect(extra.size).toBeGreaterThan(0);
			expect(totalBytes(extra)).toBeLessThan(10 * 1024);
		});
	}

	for (const route of ['severity', 'alerts', 'metrics', 'guides/configuration']) {
		test(`/${route}, a page without tools, ships no extra JavaScript`, () => {
			expect([...extraScripts(route).keys()]).toEqual([]);
		});
	}
});
