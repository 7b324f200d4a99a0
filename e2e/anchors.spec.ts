import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../src/engine/parse/markdown.ts';
import { documentRoute, STATIC_ROUTES } from '../src/engine/routes.ts';

// The validator checks `#fragment` links against heading ids it computes itself. Those must be
// the ids the built site really has, or it would pass broken links and reject good ones.
test('every heading id the validator expects exists in the built page', () => {
	const kinds = {
		runbooks: 'runbook',
		incidents: 'incident',
		maintenance: 'maintenance',
		docs: 'page',
	} as const;
	const missing: string[] = [];
	let checked = 0;
	for (const [folder, kind] of Object.entries(kinds)) {
		for (const file of readdirSync(`src/content/${folder}`, {
			recursive: true,
			encoding: 'utf8',
		})) {
			if (!/\.mdx?$/.test(file)) continue;
			const parsed = parseMarkdown(
				readFileSync(`src/content/${folder}/${file}`, 'utf8'),
				file.endsWith('.mdx'),
			);
			if (!('tree' in parsed)) continue;
			const html = readFileSync(`dist${documentRoute(kind, file)}index.html`, 'utf8');
			const slugger = new GithubSlugger();
			for (const node of parsed.tree.children) {
				if (node.type !== 'heading') continue;
				const id = slugger.slug(toString(node));
				checked++;
				if (!html.includes(`id="${id}"`)) missing.push(`${folder}/${file}#${id}`);
			}
		}
	}
	expect(checked).toBeGreaterThan(100);
	expect(missing).toEqual([]);
});

// The validator accepts links to these routes without a document behind them, so each must be
// a page (or file) the build really makes.
test('every static route the validator accepts is built', () => {
	const missing = STATIC_ROUTES.filter(
		(route) => !existsSync(route.endsWith('/') ? `dist${route}index.html` : `dist${route}`),
	);
	expect(missing).toEqual([]);
});
