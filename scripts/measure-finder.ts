// Measures the quick finder in Chromium against built sites: the time from the last keystroke
// to the first result on screen (data already loaded), and the size of /api/finder.json.
//
//   node scripts/measure-finder.ts                 # starter content and ~1,900 generated runbooks
//   node scripts/measure-finder.ts --only starter  # or --only generated
//   node scripts/measure-finder.ts --skip-build    # measure the sites already built
//
// Builds go to bench-work/dist-finder-starter and bench-work/dist-finder (never dist/), each
// under the shared build lock (/tmp/handbook-e2e.lock). The generated content is the valid half
// of `npm run corpus -- --count 5000 --out bench-work/finder-2000` (about 1,900 runbooks).
// The browser, the static server and the timing probe are the benchmark's (benchmarks/).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../benchmarks/browser.ts';
import { measureFinderQuery, openFinder, type FinderTiming } from '../benchmarks/finder-timing.ts';
import { beyond, pageScripts, totalBytes } from '../benchmarks/page-scripts.ts';
import { serveStatic } from '../src/serve/static-server.ts';
import { median } from '../benchmarks/stats.ts';

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
const CONTENT = `${CORPUS}/valid`;

interface Site {
	name: string;
	outDir: string;
	env: Record<string, string>;
}
const SITES: Site[] = [
	{ name: 'starter', outDir: 'bench-work/dist-finder-starter', env: {} },
	{ name: 'generated', outDir: 'bench-work/dist-finder', env: { HANDBOOK_CONTENT_DIR: CONTENT } },
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
	if (site.env['HANDBOOK_CONTENT_DIR'] && !existsSync(join(CONTENT, 'runbooks')))
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

type Timing = FinderTiming;

/** The runbook ranked first, and whether it is the one the query names. */
function topLabel(query: Query, timings: Timing[]): string {
	const top = timings.at(-1)?.top ?? '';
	if (!query.slug) return top;
	return top === query.slug ? `${top} (right)` : `${top} (expected ${query.slug})`;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The finder's scripts on `route`: what the page loads beyond a plain documentation page, and the
 * chunk (search + fuse.js) fetched on first use.
 */
function scriptSizes(outDir: string, route: string): { initial: number; lazy: number } {
	const plain = pageScripts(outDir, 'reference/rules/file/empty');
	const page = pageScripts(outDir, route.replace(/^\/|\/$/g, ''));
	return {
		initial: totalBytes(beyond(page.atLoad, plain.atLoad)),
		lazy: totalBytes(beyond(page.lazy, plain.lazy)),
	};
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

	const server = await serveStatic(site.outDir, '/');
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		await page.goto(`${server.origin}${route}`);
		const loadTime = await openFinder(page);

		const queries = queriesFor(data);
		// One untimed pass so the JIT has seen the search code, as it has after a few keystrokes.
		for (const query of queries) await measureFinderQuery(page, query.text, KEY_DELAY);
		const results: Array<{ query: Query; timings: Timing[] }> = [];
		for (const query of queries) {
			const timings: Timing[] = [];
			for (let index = 0; index < RUNS; index++)
				timings.push(await measureFinderQuery(page, query.text, KEY_DELAY));
			results.push({ query, timings });
		}

		const sizes = scriptSizes(site.outDir, route);
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
		await server.close();
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
