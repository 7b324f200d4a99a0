// Measures the quick finder in Chromium against built sites: the time from the last keystroke
// to the first result on screen (data already loaded), and the size of /api/finder.json.
//
//   node scripts/measure-finder.ts                 # starter content and 2,000 generated runbooks
//   node scripts/measure-finder.ts --only starter  # or --only generated
//   node scripts/measure-finder.ts --skip-build    # measure the sites already built
//
// Builds go to bench-work/dist-finder-starter and bench-work/dist-finder (never dist/), each
// under the shared build lock (/tmp/handbook-e2e.lock). The generated corpus is
// `node scripts/generate-corpus.ts --count 5000 --out bench-work/finder-2000`: 2,000 runbooks.
// Each site is served by a small static server inside this script.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';

const { values: args } = parseArgs({
	options: {
		only: { type: 'string' },
		'skip-build': { type: 'boolean', default: false },
		runs: { type: 'string', default: '5' },
		delay: { type: 'string', default: '60' },
	},
});
const RUNS = Number(args.runs);
/** Milliseconds between keystrokes: a fast typist. */
const KEY_DELAY = Number(args.delay);
const LOCK = '/tmp/handbook-e2e.lock';
const CORPUS = 'bench-work/finder-2000';

interface Site {
	name: string;
	outDir: string;
	env: Record<string, string>;
}
const SITES: Site[] = [
	{ name: 'starter', outDir: 'bench-work/dist-finder-starter', env: {} },
	{ name: 'generated', outDir: 'bench-work/dist-finder', env: { HANDBOOK_CONTENT_DIR: CORPUS } },
];

/** Runs a command; its output goes to `log` when given, else to this terminal. */
function run(
	command: string,
	commandArgs: string[],
	env: Record<string, string> = {},
	log?: string,
): void {
	const output = log ? openSync(log, 'w') : 'inherit';
	const result = spawnSync(command, commandArgs, {
		stdio: ['ignore', output, output],
		env: { ...process.env, ...env },
	});
	if (typeof output === 'number') closeSync(output);
	if (result.status !== 0) {
		process.stderr.write(
			`${command} ${commandArgs.join(' ')} failed (exit ${result.status})${log ? `: see ${log}` : ''}.\n`,
		);
		process.exit(1);
	}
}

function build(site: Site): void {
	if (site.env['HANDBOOK_CONTENT_DIR'] && !existsSync(join(CORPUS, 'runbooks')))
		run(process.execPath, ['scripts/generate-corpus.ts', '--count', '5000', '--out', CORPUS]);
	const log = `/tmp/build-finder-${site.name}.log`;
	process.stdout.write(
		`Building ${site.name} into ${site.outDir} (waiting for the build lock; output in ${log})…\n`,
	);
	const started = performance.now();
	// --force: the content layer cache may still hold documents from another content folder.
	run('flock', [LOCK, 'npx', 'astro', 'build', '--force', '--outDir', site.outDir], site.env, log);
	process.stdout.write(`Built in ${((performance.now() - started) / 1000).toFixed(0)} s.\n`);
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};

/** A static file server for a built site: `/path/` serves `/path/index.html`. */
function serve(root: string): Promise<Server> {
	const base = resolve(root);
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		let file = normalize(join(base, path));
		if (!file.startsWith(base)) file = join(base, '404.html');
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = existsSync(file);
		const body = readFileSync(found ? file : join(base, '404.html'));
		response.writeHead(found ? 200 : 404, {
			'Content-Type': TYPES[extname(found ? file : '.html')] ?? 'application/octet-stream',
		});
		response.end(body);
	});
	return new Promise((ready) => server.listen(0, '127.0.0.1', () => ready(server)));
}

interface FinderRow {
	s: string;
	t: string;
	a?: string[];
	y?: string[];
	v?: number[];
}
interface FinderJson {
	sv: string[];
	r: FinderRow[];
}

interface Query {
	kind: 'alert name' | 'alert typo' | 'symptom' | 'service';
	text: string;
	/** The runbook that must come first, when there is one right answer. */
	slug?: string;
}

/** Queries taken from the site's own data, spread over it. */
function queriesFor(data: FinderJson): Query[] {
	const rows = data.r;
	const pick = (count: number, filter: (row: FinderRow) => boolean) => {
		const candidates = rows.filter(filter);
		return Array.from(
			{ length: Math.min(count, candidates.length) },
			(_, index) => candidates[Math.floor(((index + 0.5) * candidates.length) / count)]!,
		);
	};
	const queries: Query[] = [];
	for (const row of pick(5, (candidate) => (candidate.a ?? []).length > 0)) {
		const alert = row.a![row.a!.length - 1]!;
		queries.push({ kind: 'alert name', text: alert, slug: row.s });
	}
	const alertNames = new Set(rows.flatMap((row) => row.a ?? []).map((name) => name.toLowerCase()));
	for (const row of pick(2, (candidate) => (candidate.a?.[0]?.length ?? 0) >= 10)) {
		// Swap two letters past the middle: a typo that is not another alert's name.
		const alert = row.a![0]!;
		for (let index = Math.floor(alert.length / 2); index < alert.length - 1; index++) {
			const [a, b] = [alert[index]!, alert[index + 1]!];
			if (!/[a-z]/i.test(a) || !/[a-z]/i.test(b) || a.toLowerCase() === b.toLowerCase()) continue;
			const typo = alert.slice(0, index) + b + a + alert.slice(index + 2);
			if (alertNames.has(typo.toLowerCase())) continue;
			queries.push({ kind: 'alert typo', text: typo, slug: row.s });
			break;
		}
	}
	for (const row of pick(2, (candidate) => (candidate.y ?? []).length > 0)) {
		const words = row.y![0]!.split(/\s+/).filter((word) => /^[a-z]{5,}$/i.test(word));
		if (words.length >= 2) queries.push({ kind: 'symptom', text: words.slice(0, 2).join(' ') });
	}
	for (const row of pick(1, (candidate) => (candidate.v ?? []).length > 0)) {
		const service = data.sv[row.v![0]!];
		if (service) queries.push({ kind: 'service', text: service });
	}
	return queries;
}

/** Installs the timing probe: last keystroke, first result, complete results. */
async function installProbe(page: Page): Promise<void> {
	await page.evaluate(() => {
		const finder = document.querySelector('quick-finder')!;
		const input = finder.querySelector('input')!;
		const list = finder.querySelector('[role="listbox"]')!;
		const probe = {
			query: '',
			lastKey: 0,
			first: 0,
			firstFrame: 0,
			complete: 0,
			top: '',
		};
		Object.assign(window, { finderProbe: probe });
		document.addEventListener(
			'keydown',
			(event) => {
				if (event.key.length === 1) probe.lastKey = event.timeStamp;
			},
			true,
		);
		const check = () => {
			if (probe.query === '' || input.value.trim() !== probe.query) return;
			const now = performance.now();
			const first = list.querySelector('[role="option"]');
			if (!probe.first && first) {
				probe.first = now;
				requestAnimationFrame(() => {
					probe.firstFrame = performance.now();
				});
			}
			if (!probe.complete && finder.getAttribute('data-results') === 'complete') {
				probe.complete = now;
				probe.top = first?.getAttribute('data-slug') ?? '';
			}
		};
		new MutationObserver(check).observe(finder, {
			subtree: true,
			childList: true,
			attributes: true,
			attributeFilter: ['data-results'],
		});
	});
}

interface Timing {
	first: number;
	frame: number;
	complete: number;
	/** The runbook ranked first once all results were in. */
	top: string;
}

async function measureQuery(page: Page, query: Query): Promise<Timing> {
	const input = page.locator('quick-finder').first().getByRole('combobox');
	await input.fill('');
	await page.evaluate((text) => {
		const probe = (window as unknown as { finderProbe: Record<string, unknown> }).finderProbe;
		Object.assign(probe, {
			query: text,
			lastKey: 0,
			first: 0,
			firstFrame: 0,
			complete: 0,
			top: '',
		});
	}, query.text);
	await page.keyboard.type(query.text, { delay: KEY_DELAY });
	const timing = await page.waitForFunction(
		() => {
			const probe = (window as unknown as { finderProbe: Record<string, number | string> })
				.finderProbe;
			const time = (name: string) => Number(probe[name]);
			if (!time('firstFrame') || !time('complete')) return undefined;
			return {
				first: time('first') - time('lastKey'),
				frame: time('firstFrame') - time('lastKey'),
				complete: time('complete') - time('lastKey'),
				top: String(probe['top']),
			};
		},
		undefined,
		{ timeout: 10_000 },
	);
	return (await timing.jsonValue()) as Timing;
}

/** The runbook ranked first, and whether it is the one the query names. */
function topLabel(query: Query, timings: Timing[]): string {
	const top = timings.at(-1)?.top ?? '';
	if (!query.slug) return top;
	return top === query.slug ? `${top} (right)` : `${top} (expected ${query.slug})`;
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The finder's scripts in a built site: the one every page with it loads, and the lazy chunk. */
function scriptSizes(outDir: string): { initial: number; lazy: number } {
	const assets = join(outDir, '_astro');
	const gz = (file: string) => gzipSync(readFileSync(join(assets, file))).length;
	const files = readdirSync(assets);
	const initial = files.find((file) => file.startsWith('QuickFinder.astro_astro_type_script'));
	const code = initial ? readFileSync(join(assets, initial), 'utf8') : '';
	const lazy = files.find(
		(file) =>
			file.endsWith('.js') &&
			file !== initial &&
			code.includes(`./${file}`) &&
			!file.startsWith('preload-helper'),
	);
	return { initial: initial ? gz(initial) : 0, lazy: lazy ? gz(lazy) : 0 };
}

async function measure(site: Site): Promise<void> {
	const dataFile = join(site.outDir, 'api', 'finder.json');
	if (!existsSync(dataFile)) {
		process.stderr.write(`${dataFile} is missing: build first (run without --skip-build).\n`);
		process.exit(1);
	}
	const raw = readFileSync(dataFile);
	const data = JSON.parse(raw.toString('utf8')) as FinderJson;
	const route = ['/', '/runbooks/'].find((candidate) => {
		const html = join(site.outDir, candidate, 'index.html');
		return existsSync(html) && readFileSync(html, 'utf8').includes('<quick-finder');
	});
	if (!route) {
		process.stderr.write(`No page of ${site.outDir} has the quick finder.\n`);
		process.exit(1);
	}

	const server = await serve(site.outDir);
	const { port } = server.address() as AddressInfo;
	const chromiumPath =
		process.env['CHROMIUM_PATH'] ||
		(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
	const browser = await chromium.launch({
		...(chromiumPath ? { executablePath: chromiumPath } : {}),
		args: ['--no-sandbox', '--disable-gpu'],
	});
	try {
		const page = await browser.newPage();
		await page.goto(`http://127.0.0.1:${port}${route}`);
		const input = page.locator('quick-finder').first().getByRole('combobox');
		const loadStart = Date.now();
		await input.focus();
		await page.locator('quick-finder[data-state="ready"]').first().waitFor({ timeout: 30_000 });
		const loadTime = Date.now() - loadStart;
		await installProbe(page);

		const queries = queriesFor(data);
		// One untimed pass so the JIT has seen the search code, as it has after a few keystrokes.
		for (const query of queries) await measureQuery(page, query);
		const results: Array<{ query: Query; timings: Timing[] }> = [];
		for (const query of queries) {
			const timings: Timing[] = [];
			for (let index = 0; index < RUNS; index++) timings.push(await measureQuery(page, query));
			results.push({ query, timings });
		}

		const sizes = scriptSizes(site.outDir);
		process.stdout.write(
			`\n## ${site.name}: ${data.r.length} runbooks, page ${route}\n` +
				`finder.json: ${kb(raw.length)} (${kb(gzipSync(raw).length)} gzipped)\n` +
				`scripts (gzipped): ${kb(sizes.initial)} with the page, ${kb(sizes.lazy)} loaded on first use (search + fuse.js)\n` +
				`first use on localhost (focus → data and code loaded, index built): ${loadTime} ms\n` +
				`keystroke delay ${KEY_DELAY} ms, ${RUNS} runs per query, medians; "first" = first result in the DOM, "frame" = the next animation frame, "complete" = all results ranked\n\n` +
				`| kind | query | first | frame | complete | first result |\n| --- | --- | --- | --- | --- | --- |\n`,
		);
		for (const { query, timings } of results)
			process.stdout.write(
				`| ${query.kind} | ${query.text} | ${ms(median(timings.map((t) => t.first)))} | ${ms(median(timings.map((t) => t.frame)))} | ${ms(median(timings.map((t) => t.complete)))} | ${topLabel(query, timings)} |\n`,
			);
		const byKind = new Map<string, Timing[]>();
		for (const { query, timings } of results)
			byKind.set(query.kind, [...(byKind.get(query.kind) ?? []), ...timings]);
		process.stdout.write('\nMedians by kind:\n');
		for (const [kind, timings] of byKind)
			process.stdout.write(
				`- ${kind}: first ${ms(median(timings.map((t) => t.first)))}, frame ${ms(median(timings.map((t) => t.frame)))}, complete ${ms(median(timings.map((t) => t.complete)))}\n`,
			);
	} finally {
		await browser.close();
		server.close();
	}
}

const chosen = SITES.filter((site) => !args.only || site.name === args.only);
if (chosen.length === 0) {
	process.stderr.write(`--only is "${args.only}", but it must be "starter" or "generated".\n`);
	process.exit(2);
}
for (const site of chosen) {
	if (!args['skip-build']) build(site);
	await measure(site);
}
