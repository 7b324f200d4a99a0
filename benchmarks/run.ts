/**
 * `npm run bench`: for each corpus size, generate the corpus, validate it, build it with the
 * handbook and with plain Starlight, measure the output and search, then write the results.
 * Everything it writes goes to bench-work/ except benchmarks/results.md and results.json.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { BenchOptions } from './args.ts';
import { prepareBaseline } from './baseline.ts';
import { evaluateBudgets } from './budgets.ts';
import { writeCorpus, type WrittenCorpus } from './corpus-files.ts';
import { directoryBytes, documentPageSizes, htmlPageCount } from './dist-stats.ts';
import { runbookAlerts, runbookSlug } from './documents.ts';
import { compareWithExpected, type ReportedProblem } from './expectations.ts';
import { count, duration, size } from './format.ts';
import { describeMachine } from './machine.ts';
import { MEMORY_METHOD, measureCommand, type CommandResult } from './measure-command.ts';
import { beyond, pageScripts, totalBytes } from './page-scripts.ts';
import { step, type ProgressOutput } from './progress.ts';
import type {
	BenchResults,
	BuildResult,
	OutputResult,
	Outcome,
	PageJavaScript,
	SearchResult,
	SiteResult,
	SizeResult,
	ValidateResult,
} from './results.ts';
import { renderResults } from './results-markdown.ts';
import { KEY_DELAY_MS, measureSearch, searchTargets } from './search.ts';
import { summarize } from './stats.ts';

/** "Today" for every validation and build, so nothing depends on the real date. */
export const BENCH_TODAY = '2026-11-23';

/** Pages whose JavaScript is reported, besides a runbook page. */
const TOOL_PAGES: Array<{ label: string; route: string }> = [
	{ label: 'Home (quick finder)', route: '' },
	{ label: 'Severity picker', route: 'tools/severity' },
	{ label: 'SLA clock', route: 'tools/sla-clock' },
	{ label: 'Runbook catalog', route: 'runbooks' },
	{ label: 'Post-mortem list', route: 'incidents' },
	{ label: 'Action items', route: 'action-items' },
	{ label: 'Checklist', route: 'maintenance/checklist-0' },
];
/** A plain documentation page of the handbook: what every page loads, tools or not. */
const PLAIN_PAGE = 'reference/rules/file/empty';

export interface BenchContext {
	/** The repository root. */
	root: string;
	output: ProgressOutput;
	/** When the run starts; only used to date the results. */
	now: () => Date;
	/** The command as typed, for the results. */
	command: string;
}

export async function runBench(
	options: BenchOptions,
	context: BenchContext,
): Promise<{ results: BenchResults; exitCode: number }> {
	const { root } = context;
	const work = join(root, 'bench-work');
	mkdirSync(join(work, 'logs'), { recursive: true });
	const results: BenchResults = {
		date: context.now().toISOString(),
		command: context.command,
		machine: describeMachine(root),
		settings: {
			sizes: options.sizes,
			runs: options.runs,
			keyDelayMs: KEY_DELAY_MS,
			timeoutMinutes: options.timeoutMinutes,
			today: BENCH_TODAY,
		},
		memoryMethod: MEMORY_METHOD,
		sizes: [],
		budgets: [],
		failures: [],
	};
	context.output.write(
		`Benchmarking ${options.sizes.map(count).join(', ')} documents on ${results.machine.cpu} (${results.machine.cores} cores, ${size(results.machine.memoryBytes)}). Logs go to ${relative(root, join(work, 'logs'))}/.\n`,
	);
	for (const documents of options.sizes) {
		const result = await runSize(documents, options, context, results.failures);
		results.sizes.push(result);
		results.budgets = evaluateBudgets(results.sizes);
		// After every size, so a long run that is stopped still leaves its numbers.
		await writeResults(results);
	}
	results.budgets = evaluateBudgets(results.sizes);
	await writeResults(results);
	return { results, exitCode: results.failures.length ? 1 : 0 };
}

async function runSize(
	documents: number,
	options: BenchOptions,
	context: BenchContext,
	failures: string[],
): Promise<SizeResult> {
	const { root, output } = context;
	const prefix = `[${documents}]`;
	const timeoutMs = options.timeoutMinutes * 60_000;
	const corpusDir = `bench-work/corpus-${documents}`;
	const log = (name: string) => join(root, 'bench-work', 'logs', `${name}-${documents}.log`);
	const at = `At ${count(documents)} documents`;

	const corpus = await step(
		output,
		prefix,
		'corpus',
		() =>
			writeCorpus({
				count: documents,
				outDir: join(root, corpusDir),
				scalesFrom: join(root, 'src/content/severity'),
			}),
		(written) =>
			`${count(written.valid.runbooks)} runbooks, ${count(written.valid.incidents)} post-mortems, ${count(written.valid.checklists)} checklists valid; ${count(written.expected.length)} broken`,
	);

	const validate = await step(
		output,
		prefix,
		'validate',
		() => validateCorpus(root, corpus, `${corpusDir}/all`, log('validate'), timeoutMs),
		(outcome) =>
			outcome.status === 'ok'
				? `${size(outcome.peakRssBytes)} peak, ${count(outcome.errors)} errors found (expected ${count(outcome.expected)})${outcome.mismatches.length ? ' ✗ MISMATCH' : ' ✓'}`
				: outcome.message,
	);
	if (validate.status !== 'ok')
		failures.push(`${at} the validator did not finish: ${validate.message}`);
	else if (validate.mismatches.length) {
		failures.push(
			`${at} the validator did not find exactly the planted problems (a benchmark that stops finding problems is broken): ${validate.mismatches.join(' ')}`,
		);
		output.write(
			`\n!!! ${prefix} THE VALIDATOR DID NOT FIND EXACTLY THE KNOWN PROBLEMS:\n${validate.mismatches.map((line) => `  - ${line}`).join('\n')}\n\n`,
		);
	}

	const validSlugs = Array.from({ length: corpus.valid.runbooks }, (_, index) =>
		runbookSlug(index),
	);
	const targets = searchTargets(
		validSlugs.map((slug, index) => ({ slug, alert: runbookAlerts(index)[0] })),
		options.runs,
	);
	const firstRunbook = validSlugs[0]!;

	const measureSite = async (site: {
		/** How progress lines and failures name it: "ours" or "plain Starlight". */
		label: string;
		name: string;
		distDir: string;
		buildArgs: string[];
		env: Record<string, string>;
		logName: string;
		prepare?: () => void;
	}): Promise<SiteResult> => {
		const result: SiteResult = {
			build: await step(
				output,
				prefix,
				site.label === 'ours' ? 'build (ours)' : 'baseline build (plain Starlight)',
				() => {
					site.prepare?.();
					return build({
						args: [
							'node_modules/astro/bin/astro.mjs',
							'build',
							'--force',
							...site.buildArgs,
							'--outDir',
							site.distDir,
						],
						env: site.env,
						root,
						distDir: site.distDir,
						logFile: log(site.logName),
						timeoutMs,
					});
				},
				describeBuild,
			),
		};
		const ours = site.label === 'ours';
		if (result.build.status === 'ok') {
			result.output = await step(output, prefix, ours ? 'output (ours)' : 'baseline output', () =>
				measureOutput(site.distDir, firstRunbook, ours),
			);
			result.search = await step(
				output,
				prefix,
				ours ? 'search in Chromium (ours)' : 'baseline search in Chromium',
				() =>
					attempt(() =>
						measureSearch({
							distDir: site.distDir,
							pagefindRoute: `/runbooks/${firstRunbook}/`,
							...(hasFinder(site.distDir) ? { finderRoute: '/' } : {}),
							targets,
						}),
					),
				describeSearch,
			);
			if (ours && result.search.status !== 'ok')
				failures.push(`${at} searching the handbook failed: ${result.search.message}`);
		} else if (ours || result.build.status === 'failed') {
			failures.push(`${at} ${site.name}'s build ${result.build.message}`);
		}
		if (!options.keep) rmSync(site.distDir, { recursive: true, force: true });
		return result;
	};

	const handbook = await measureSite({
		label: 'ours',
		name: 'the handbook',
		distDir: join(root, 'bench-work', `dist-${documents}`),
		buildArgs: [],
		env: { HANDBOOK_CONTENT_DIR: `${corpusDir}/valid` },
		logName: 'build-ours',
	});
	// Plain Starlight on the same documents.
	const baselineRoot = join(root, 'bench-work', 'baseline');
	const baseline = await measureSite({
		label: 'baseline',
		name: 'plain Starlight',
		distDir: join(root, 'bench-work', `dist-baseline-${documents}`),
		buildArgs: ['--root', baselineRoot],
		env: {},
		logName: 'build-baseline',
		prepare: () =>
			prepareBaseline({ root: baselineRoot, contentDir: join(root, corpusDir, 'valid') }),
	});

	const brokenByRule: Record<string, number> = {};
	for (const entry of corpus.expected)
		brokenByRule[entry.ruleId] = (brokenByRule[entry.ruleId] ?? 0) + 1;
	return {
		size: documents,
		corpus: { all: corpus.all, valid: corpus.valid, broken: corpus.expected.length, brokenByRule },
		validate,
		handbook,
		baseline,
	};
}

const measured = (result: CommandResult) => ({
	wallMs: result.wallMs,
	peakRssBytes: result.peakRssBytes,
	sampledTreeRssBytes: result.sampledTreeRssBytes,
	...(result.mainMaxRssBytes === undefined ? {} : { mainMaxRssBytes: result.mainMaxRssBytes }),
});

const ENV = { HANDBOOK_TODAY: BENCH_TODAY, ASTRO_TELEMETRY_DISABLED: '1' };

async function validateCorpus(
	root: string,
	corpus: WrittenCorpus,
	contentDir: string,
	logFile: string,
	timeoutMs: number,
): Promise<Outcome<ValidateResult>> {
	const result = await measureCommand({
		args: ['scripts/validate.ts', '--format', 'json'],
		cwd: root,
		env: { ...ENV, HANDBOOK_CONTENT_DIR: contentDir },
		logFile,
		captureStdout: true,
		timeoutMs,
	});
	if (result.timedOut) return timedOut(result.wallMs, timeoutMs);
	// Exit 1 is expected: the corpus has errors on purpose.
	let report: {
		summary: { errors: number; warnings: number; filesChecked: number };
		problems: ReportedProblem[];
	};
	try {
		report = JSON.parse(result.stdout) as typeof report;
	} catch {
		return {
			status: 'failed',
			message: `exited with code ${result.exitCode} without a JSON report; see ${relative(root, logFile)}.`,
		};
	}
	return {
		status: 'ok',
		...measured(result),
		errors: report.summary.errors,
		warnings: report.summary.warnings,
		filesChecked: report.summary.filesChecked,
		expected: corpus.expected.length,
		mismatches: compareWithExpected(report.problems, corpus.expected, contentDir),
	};
}

/** The outcome of a command stopped at its time limit. */
function timedOut(wallMs: number, timeoutMs: number): Outcome<never> {
	return { status: 'timed-out', message: `timed out after ${duration(timeoutMs)}.`, wallMs };
}

async function build({
	args,
	env,
	root,
	distDir,
	logFile,
	timeoutMs,
}: {
	args: string[];
	env: Record<string, string>;
	root: string;
	distDir: string;
	logFile: string;
	timeoutMs: number;
}): Promise<Outcome<BuildResult>> {
	rmSync(distDir, { recursive: true, force: true });
	const result = await measureCommand({
		args,
		cwd: root,
		env: { ...ENV, ...env },
		logFile,
		timeoutMs,
	});
	if (result.timedOut) return timedOut(result.wallMs, timeoutMs);
	if (result.exitCode !== 0)
		return {
			status: 'failed',
			message: `failed (exit code ${result.exitCode}); see ${relative(root, logFile)}.`,
			wallMs: result.wallMs,
		};
	const pages = htmlPageCount(distDir);
	return {
		status: 'ok',
		...measured(result),
		pages,
		perPageMs: result.wallMs / Math.max(1, pages),
	};
}

const describeBuild = (outcome: Outcome<BuildResult>) =>
	outcome.status === 'ok'
		? `${size(outcome.peakRssBytes)} peak, ${count(outcome.pages)} pages, ${duration(outcome.perPageMs)} per page`
		: outcome.message;

const describeSearch = (outcome: Outcome<SearchResult>) =>
	outcome.status === 'ok'
		? [
				`Pagefind ${duration(outcome.pagefind.medianMs)} median`,
				...(outcome.finder ? [`finder ${duration(outcome.finder.medianMs)} median`] : []),
			].join(', ')
		: outcome.message;

async function attempt<T extends object>(run: () => Promise<T>): Promise<Outcome<T>> {
	try {
		return { status: 'ok', ...(await run()) };
	} catch (error) {
		return { status: 'failed', message: (error as Error).message.split('\n')[0] ?? 'failed' };
	}
}

function hasFinder(distDir: string): boolean {
	const home = join(distDir, 'index.html');
	return existsSync(home) && readFileSync(home, 'utf8').includes('<quick-finder');
}

function measureOutput(distDir: string, firstRunbook: string, withTools: boolean): OutputResult {
	const runbooks = documentPageSizes(distDir, 'runbooks');
	const postmortems = documentPageSizes(distDir, 'incidents');
	const scripts = (route: string) => pageScripts(distDir, route);
	const plain = withTools && existsSync(join(distDir, PLAIN_PAGE, 'index.html'));
	const reference = plain ? scripts(PLAIN_PAGE) : { atLoad: new Map(), lazy: new Map() };
	const pages = [
		{ label: 'Runbook page', route: `runbooks/${firstRunbook}` },
		...(withTools ? TOOL_PAGES : []),
	].filter((page) => existsSync(join(distDir, page.route, 'index.html')));
	const javascript: PageJavaScript[] = pages.map(({ label, route }) => {
		const page = scripts(route);
		return {
			label,
			route,
			atLoadBytes: totalBytes(page.atLoad),
			toolBytes: plain ? totalBytes(beyond(page.atLoad, reference.atLoad)) : 0,
			lazyBytes: totalBytes(beyond(page.lazy, reference.lazy)),
		};
	});
	return {
		runbookHtml: summarize([...runbooks.values()]),
		postmortemHtml: summarize([...postmortems.values()]),
		referenceRunbook: { slug: firstRunbook, bytes: runbooks.get(firstRunbook) ?? Number.NaN },
		distBytes: directoryBytes(distDir),
		pagefindBytes: directoryBytes(join(distDir, 'pagefind')),
		javascript,
	};
}

/** Writes results.md and results.json next to this file, formatted as the repository's Prettier would. */
export async function writeResults(results: BenchResults): Promise<void> {
	const files: Array<[string, string]> = [
		[join(import.meta.dirname, 'results.md'), renderResults(results)],
		[join(import.meta.dirname, 'results.json'), `${JSON.stringify(results, null, '\t')}\n`],
	];
	for (const [file, text] of files) {
		const config = (await resolveConfig(file)) ?? {};
		writeFileSync(file, await format(text, { ...config, filepath: file }));
	}
}
