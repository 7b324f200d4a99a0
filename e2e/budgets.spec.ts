import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every script a built page loads or inlines, keyed by source, with its gzipped size. */
function scriptsOf(route: string): Map<string, number> {
	const html = readFileSync(join('dist', route, 'index.html'), 'utf8');
	const scripts = new Map<string, number>();
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const attributes = match[1] ?? '';
		if (/type="application\/(?:ld\+)?json"/.test(attributes)) continue;
		const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
		const code = src
			? readFileSync(join('dist', src.replace(/^\//, '')), 'utf8')
			: (match[2] ?? '');
		if (code.trim()) scripts.set(src ?? `inline:${code}`, gzipSync(code).length);
	}
	return scripts;
}

/** Scripts on a page beyond those every Starlight page carries (search, theme, navigation). */
function extraScripts(route: string): Map<string, number> {
	const baseline = scriptsOf('reference/rules/file/empty');
	return new Map([...scriptsOf(route)].filter(([key]) => !baseline.has(key)));
}

const total = (scripts: Map<string, number>) =>
	[...scripts.values()].reduce((sum, size) => sum + size, 0);

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
			expect(total(extra)).toBeLessThan(10 * 1024);
		});
	}

	for (const route of ['severity', 'alerts', 'metrics', 'guides/configuration']) {
		test(`/${route}, a page without tools, ships no extra JavaScript`, () => {
			expect([...extraScripts(route).keys()]).toEqual([]);
		});
	}
});
