/**
 * The JavaScript a built page ships, measured as gzipped bytes per script. Shared by the JS
 * budget browser tests (e2e/budgets.spec.ts) and `npm run bench`, so both count the same way.
 *
 * A page loads its `<script>` tags (external or inline; JSON data blocks are not code) and,
 * transitively, every module those import statically; modules reached only through `import()`
 * load later, on first use, and are listed apart as lazy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageScripts {
	/** Scripts that run when the page loads, keyed by site path (or `inline:<code>`): gzipped bytes. */
	atLoad: Map<string, number>;
	/** Modules the page's scripts import with `import()`, fetched only when a tool needs them. */
	lazy: Map<string, number>;
}

const STATIC_IMPORT =
	/(?:^|[^.\w$])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?(["'`])((?:\.{1,2}\/|\/)[^"'`]+?)\1/g;
const DYNAMIC_IMPORT = /\bimport\(\s*(["'`])((?:\.{1,2}\/|\/)[^"'`]+?)\1\s*\)/g;

/** Specifiers a module imports statically and dynamically, resolved to site paths. */
export function importsOf(code: string, from: string): { static: string[]; dynamic: string[] } {
	const resolve = (specifier: string) => new URL(specifier, `https://site.invalid${from}`).pathname;
	return {
		static: [...code.matchAll(STATIC_IMPORT)].map((match) => resolve(match[2]!)),
		dynamic: [...code.matchAll(DYNAMIC_IMPORT)].map((match) => resolve(match[2]!)),
	};
}

/**
 * The scripts of the page at `route` (such as `tools/severity`, or `` for the home page) in the
 * built site `distDir`. `base` is the site's base path, which script URLs start with.
 */
export function pageScripts(distDir: string, route: string, base = '/'): PageScripts {
	const pagePath = `/${route}${route && !route.endsWith('/') ? '/' : ''}`;
	const html = readFileSync(join(distDir, route, 'index.html'), 'utf8');
	const read = (sitePath: string): string | undefined => {
		const inDist = sitePath.startsWith(base) ? sitePath.slice(base.length) : sitePath;
		const file = join(distDir, inDist.replace(/^\//, ''));
		return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
	};
	const atLoad = new Map<string, number>();
	const dynamic: string[] = [];
	const visit = (key: string, code: string, from: string, into: Map<string, number>) => {
		if (into.has(key) || !code.trim()) return;
		into.set(key, gzipSync(code).length);
		const imports = importsOf(code, from);
		dynamic.push(...imports.dynamic);
		for (const path of imports.static) {
			const imported = read(path);
			if (imported !== undefined) visit(path, imported, path, into);
		}
	};

	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const attributes = match[1] ?? '';
		if (/type="application\/(?:ld\+)?json"/.test(attributes)) continue;
		const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
		if (src) {
			const path = new URL(src, `https://site.invalid${pagePath}`).pathname;
			visit(path, read(path) ?? '', path, atLoad);
		} else {
			const code = match[2] ?? '';
			visit(`inline:${code}`, code, pagePath, atLoad);
		}
	}

	const lazy = new Map<string, number>();
	for (let index = 0; index < dynamic.length; index++) {
		const path = dynamic[index]!;
		if (atLoad.has(path) || lazy.has(path)) continue;
		const code = read(path);
		if (code !== undefined) visit(path, code, path, lazy);
	}
	for (const path of atLoad.keys()) lazy.delete(path);
	return { atLoad, lazy };
}

/** Total gzipped bytes of a set of scripts. */
export function totalBytes(scripts: ReadonlyMap<string, number>): number {
	return [...scripts.values()].reduce((sum, size) => sum + size, 0);
}

/** The scripts of `scripts` that `reference` (a plain page of the same site) does not load. */
export function beyond(
	scripts: ReadonlyMap<string, number>,
	reference: ReadonlyMap<string, number>,
): Map<string, number> {
	return new Map([...scripts].filter(([key]) => !reference.has(key)));
}
