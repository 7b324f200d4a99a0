import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { beyond, importsOf, pageScripts, totalBytes } from '../benchmarks/page-scripts.ts';

const dist = mkdtempSync(join(tmpdir(), 'bench-scripts-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function write(path: string, text: string): string {
	mkdirSync(dirname(join(dist, path)), { recursive: true });
	writeFileSync(join(dist, path), text);
	return text;
}
const gz = (text: string) => gzipSync(text).length;

const helper = write('_astro/preload-helper.js', 'export const t=(f)=>f();');
const search = write(
	'_astro/Search.js',
	'import{t as e}from"./preload-helper.js";document.title="search";',
);
const state = write(
	'_astro/state.js',
	'export const s={clock:0};export{t}from"./preload-helper.js";',
);
const clock = write(
	'_astro/SlaClock.js',
	'import{s}from"./state.js";import"./styles-free.js";customElements.define("sla-clock",class extends HTMLElement{});e(()=>import(`./export.js`),[]);',
);
const free = write('_astro/styles-free.js', 'console.log(1);');
const exported = write(
	'_astro/export.js',
	'import{s}from"./state.js";import{x}from"./zip.js";export const d=s;',
);
const zip = write('_astro/zip.js', 'export const x=1;');
const inline = 'document.documentElement.dataset.theme="dark";';
write(
	'guides/plain/index.html',
	`<html><head><script>${inline}</script><script type="module" src="/_astro/Search.js"></script></head></html>`,
);
write(
	'tools/sla-clock/index.html',
	`<html><head><script>${inline}</script><script type="module" src="/_astro/Search.js"></script>
<script type="application/ld+json">{"@type":"WebPage"}</script><script type="application/json" data-x>{"a":1}</script>
</head><body><script type="module" src="/_astro/SlaClock.js"></script></body></html>`,
);

describe('page scripts', () => {
	test('finds static and dynamic imports in minified modules, resolved to site paths', () => {
		expect(importsOf(clock, '/_astro/SlaClock.js')).toEqual({
			static: ['/_astro/state.js', '/_astro/styles-free.js'],
			dynamic: ['/_astro/export.js'],
		});
		expect(importsOf(state, '/_astro/state.js').static).toEqual(['/_astro/preload-helper.js']);
		expect(importsOf('const a=import.meta.url;', '/x.js')).toEqual({ static: [], dynamic: [] });
	});

	test('counts script tags, inline scripts and their static imports at load, gzipped; not JSON data', () => {
		const page = pageScripts(dist, 'tools/sla-clock');
		expect(new Map(page.atLoad)).toEqual(
			new Map([
				[`inline:${inline}`, gz(inline)],
				['/_astro/Search.js', gz(search)],
				['/_astro/preload-helper.js', gz(helper)],
				['/_astro/SlaClock.js', gz(clock)],
				['/_astro/state.js', gz(state)],
				['/_astro/styles-free.js', gz(free)],
			]),
		);
	});

	test('lists modules behind import() as lazy, without what already loaded', () => {
		const page = pageScripts(dist, 'tools/sla-clock');
		expect([...page.lazy.keys()]).toEqual(['/_astro/export.js', '/_astro/zip.js']);
		expect(totalBytes(page.lazy)).toBe(gz(exported) + gz(zip));
	});

	test("a tool page's own scripts are what it loads beyond a plain page", () => {
		const plain = pageScripts(dist, 'guides/plain');
		const extra = beyond(pageScripts(dist, 'tools/sla-clock').atLoad, plain.atLoad);
		expect([...extra.keys()]).toEqual([
			'/_astro/SlaClock.js',
			'/_astro/state.js',
			'/_astro/styles-free.js',
		]);
		expect(totalBytes(extra)).toBe(gz(clock) + gz(state) + gz(free));
	});

	test('honours a base path in script addresses', () => {
		write('base-page/index.html', '<script type="module" src="/handbook/_astro/zip.js"></script>');
		expect([...pageScripts(dist, 'base-page', '/handbook/').atLoad.values()]).toEqual([gz(zip)]);
	});
});
