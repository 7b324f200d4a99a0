import { describe, expect, it } from 'vitest';
import {
	buildManifest,
	EXCLUDE,
	excludedBy,
	formatBytes,
	normaliseBase,
	urlFor,
	versionOf,
	workerConfig,
	type BuiltFile,
} from '../src/offline/manifest.ts';

const file = (path: string, hash = 'a'.repeat(64), size = 100): BuiltFile => ({ path, hash, size });

/** A small build with one file of each kind the handbook writes. */
const BUILD: BuiltFile[] = [
	file('index.html', '1'.repeat(64)),
	file('404.html'),
	file('offline/index.html'),
	file('runbooks/index.html'),
	file('runbooks/disk-filling-up/index.html', '2'.repeat(64)),
	file('maintenance/weekly/index.html'),
	file('handbook/roles/index.html'),
	file('guides/configuration/index.html'),
	file('reference/rules/file/empty/index.html'),
	file('tools/sla-clock/index.html'),
	file('tools/severity/index.html'),
	file('severity/index.html'),
	file('alerts/index.html'),
	file('alerts/NodeFilesystemAlmostFull/index.html'),
	file('incidents/index.html'),
	file('incidents/2026-03-11-checkout-errors/index.html'),
	file('action-items/index.html'),
	file('metrics/index.html'),
	file('print/checklists/index.html'),
	file('api/finder.json'),
	file('api/runbooks.json'),
	file('api/runbooks.schema.json'),
	file('api/incidents.json'),
	file('api/incidents.schema.json'),
	file('_astro/page.cNngjUgL.js'),
	file('_astro/export.Cs92zAVM.js'),
	file('_astro/index.BazkfPpj.css'),
	file('_astro/page.cNngjUgL.js.map'),
	file('pagefind/pagefind.js'),
	file('pagefind/pagefind-entry.json'),
	file('pagefind/wasm.en.pagefind'),
	file('pagefind/index/en_1d8295d.pf_index'),
	file('pagefind/fragment/en_0a1b2c3.pf_fragment'),
	file('pagefind/filter/en_4d5e6f7.pf_filter'),
	file('favicon.svg'),
	file('sitemap-index.xml'),
	file('sitemap-0.xml'),
	file('robots.txt'),
	file('sw.js'),
	file('print/checklists.pdf'),
	file('print/manifest.json'),
];

const urls = (base = '/') =>
	buildManifest(BUILD, { base, workerCode: 'code' }).entries.map((entry) => entry.url);

describe('normaliseBase', () => {
	it('gives the scope with leading and trailing slashes', () => {
		expect(normaliseBase('/')).toBe('/');
		expect(normaliseBase('')).toBe('/');
		expect(normaliseBase('/handbook')).toBe('/handbook/');
		expect(normaliseBase('handbook/')).toBe('/handbook/');
		expect(normaliseBase('/docs/handbook/')).toBe('/docs/handbook/');
	});
});

describe('urlFor', () => {
	it('serves index.html files as their directory, other files at their path', () => {
		expect(urlFor('index.html', '/')).toBe('/');
		expect(urlFor('runbooks/x/index.html', '/')).toBe('/runbooks/x/');
		expect(urlFor('404.html', '/')).toBe('/404.html');
		expect(urlFor('pagefind/pagefind.js', '/')).toBe('/pagefind/pagefind.js');
	});

	it('puts the base path in front', () => {
		expect(urlFor('index.html', '/handbook')).toBe('/handbook/');
		expect(urlFor('runbooks/x/index.html', '/handbook/')).toBe('/handbook/runbooks/x/');
		expect(urlFor('_astro/a.js', 'handbook')).toBe('/handbook/_astro/a.js');
	});
});

describe('what is saved on install', () => {
	it('saves every runbook, checklist, handbook page, tool, catalog and alert link', () => {
		expect(urls()).toEqual(
			expect.arrayContaining([
				'/',
				'/runbooks/',
				'/runbooks/disk-filling-up/',
				'/maintenance/weekly/',
				'/handbook/roles/',
				'/guides/configuration/',
				'/reference/rules/file/empty/',
				'/tools/sla-clock/',
				'/tools/severity/',
				'/severity/',
				'/alerts/',
				'/alerts/NodeFilesystemAlmostFull/',
				'/incidents/',
				'/action-items/',
				'/metrics/',
				'/print/checklists/',
				'/offline/',
				'/404.html',
			]),
		);
	});

	it('saves the search index, the finder data, the runbook index and every asset', () => {
		expect(urls()).toEqual(
			expect.arrayContaining([
				'/api/finder.json',
				'/api/runbooks.json',
				'/_astro/page.cNngjUgL.js',
				// Loaded on demand (the post-mortem draft), still needed offline.
				'/_astro/export.Cs92zAVM.js',
				'/_astro/index.BazkfPpj.css',
				'/pagefind/pagefind.js',
				'/pagefind/pagefind-entry.json',
				'/pagefind/wasm.en.pagefind',
				'/pagefind/index/en_1d8295d.pf_index',
				'/pagefind/fragment/en_0a1b2c3.pf_fragment',
				'/pagefind/filter/en_4d5e6f7.pf_filter',
				'/favicon.svg',
			]),
		);
	});

	it('leaves out post-mortems, other exports, maps, crawler files, PDFs and the worker', () => {
		const saved = urls();
		for (const url of [
			'/incidents/2026-03-11-checkout-errors/',
			'/api/incidents.json',
			'/api/incidents.schema.json',
			'/api/runbooks.schema.json',
			'/_astro/page.cNngjUgL.js.map',
			'/sitemap-index.xml',
			'/sitemap-0.xml',
			'/robots.txt',
			'/print/checklists.pdf',
			'/print/manifest.json',
			'/sw.js',
		])
			expect(saved).not.toContain(url);
	});

	it('says why a file is left out', () => {
		expect(excludedBy('incidents/2026-03-11-x/index.html')?.reason).toMatch(/post-mortems/);
		expect(excludedBy('incidents/index.html')).toBeUndefined();
		expect(excludedBy('api/finder.json')).toBeUndefined();
		expect(EXCLUDE.every((rule) => rule.reason.length > 0)).toBe(true);
	});

	it('sorts entries by URL, uses the start of each hash as revision and adds up sizes', () => {
		const manifest = buildManifest(BUILD, { base: '/', workerCode: 'code' });
		const sorted = [...manifest.entries].map((entry) => entry.url).sort();
		expect(manifest.entries.map((entry) => entry.url)).toEqual(sorted);
		expect(manifest.entries.find((entry) => entry.url === '/')?.revision).toBe('111111111111');
		expect(manifest.totalBytes).toBe(manifest.entries.length * 100);
	});

	it('under a base path, every URL and the fallback pages are under it', () => {
		const manifest = buildManifest(BUILD, { base: '/handbook', workerCode: 'code' });
		expect(manifest.scope).toBe('/handbook/');
		expect(manifest.offlinePage).toBe('/handbook/offline/');
		expect(manifest.notFoundPage).toBe('/handbook/404.html');
		expect(manifest.entries.every((entry) => entry.url.startsWith('/handbook/'))).toBe(true);
		expect(manifest.entries.map((entry) => entry.url)).toContain('/handbook/');
	});

	it('the fallback pages are saved', () => {
		const manifest = buildManifest(BUILD, { base: '/', workerCode: 'code' });
		const saved = manifest.entries.map((entry) => entry.url);
		expect(saved).toContain(manifest.offlinePage);
		expect(saved).toContain(manifest.notFoundPage);
	});
});

describe('the version', () => {
	const version = (files: BuiltFile[], workerCode = 'code') =>
		buildManifest(files, { base: '/', workerCode }).version;

	it('is the same for an unchanged build, whatever the order the files were listed in', () => {
		expect(version(BUILD)).toBe(version([...BUILD].reverse()));
		expect(version(BUILD)).toMatch(/^[0-9a-f]{12}$/);
	});

	it('changes when a saved file changes, appears or disappears', () => {
		const changed = BUILD.map((item) =>
			item.path === 'runbooks/disk-filling-up/index.html'
				? { ...item, hash: '3'.repeat(64) }
				: item,
		);
		expect(version(changed)).not.toBe(version(BUILD));
		expect(version([...BUILD, file('runbooks/new/index.html')])).not.toBe(version(BUILD));
		expect(version(BUILD.slice(1))).not.toBe(version(BUILD));
	});

	it('changes when the worker’s code changes', () => {
		expect(version(BUILD, 'code v2')).not.toBe(version(BUILD));
	});

	it('ignores files that are not saved', () => {
		const changed = BUILD.map((item) =>
			item.path.startsWith('incidents/2026') ? { ...item, hash: '4'.repeat(64) } : item,
		);
		expect(version(changed)).toBe(version(BUILD));
	});

	it('is a digest of URLs with revisions and the worker', () => {
		const entries = [{ url: '/', revision: 'abc', size: 1 }];
		expect(versionOf(entries, 'x')).toBe(versionOf([...entries], 'x'));
		expect(versionOf(entries, 'x')).not.toBe(versionOf([{ ...entries[0]!, revision: 'abd' }], 'x'));
	});
});

describe('workerConfig', () => {
	it('gives the worker URL and revision pairs and the pages it falls back to', () => {
		const manifest = buildManifest(BUILD.slice(0, 2), { base: '/', workerCode: 'code' });
		expect(workerConfig(manifest)).toEqual({
			version: manifest.version,
			scope: '/',
			offlinePage: '/offline/',
			notFoundPage: '/404.html',
			entries: [
				['/', '111111111111'],
				['/404.html', 'aaaaaaaaaaaa'],
			],
		});
	});
});

describe('formatBytes', () => {
	it('writes sizes in B, KB or MB', () => {
		expect(formatBytes(512)).toBe('512 B');
		expect(formatBytes(300 * 1024)).toBe('300 KB');
		expect(formatBytes(9.44 * 1024 * 1024)).toBe('9.4 MB');
	});
});
