/** Renders benchmark results as Markdown: `benchmarks/results.md` and the table printed at the end. Pure. */
import { count, duration, ratio, size } from './format.ts';
import type {
	BenchResults,
	BudgetResult,
	Outcome,
	SearchTool,
	SiteResult,
	SizeResult,
} from './results.ts';
import type { Summary } from './stats.ts';

const MARK: Record<BudgetResult['status'], string> = {
	pass: '✓ pass',
	fail: '✗ fail',
	'not-evaluated': '– not evaluated',
};

/** Escapes text for a Markdown table cell. */
const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
const table = (header: string[], rows: string[][]) =>
	[row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');

/** Why a step has no numbers, in a few words for a table cell. */
function missing(outcome: Outcome<object> | undefined): string {
	if (!outcome) return '–';
	if (outcome.status === 'ok') return '';
	if (outcome.status === 'timed-out')
		return `timed out${outcome.wallMs ? ` (${duration(outcome.wallMs)})` : ''}`;
	return outcome.status;
}

const summary = (value: Summary | undefined) =>
	value && value.count ? `${size(value.median)} (${size(value.largest)})` : '–';

const quotient = (ours: number | undefined, theirs: number | undefined) =>
	ours !== undefined && theirs !== undefined && theirs > 0 ? ratio(ours / theirs) : '–';

function search(site: SiteResult, tool: 'pagefind' | 'finder'): SearchTool | undefined {
	return site.search?.status === 'ok' ? site.search[tool] : undefined;
}

const searchCell = (tool: SearchTool | undefined, site: SiteResult) => {
	if (!tool) return site.search ? missing(site.search) || '–' : '–';
	const right = tool.timings.filter((timing) => timing.right).length;
	return `${duration(tool.medianMs)} (${duration(tool.slowestMs)}), ${right}/${tool.timings.length} right`;
};

/** The table of one corpus size: the handbook against plain Starlight. */
export function sizeTable(result: SizeResult): string {
	const ours = result.handbook;
	const theirs = result.baseline;
	const oursBuild = ours.build.status === 'ok' ? ours.build : undefined;
	const theirsBuild = theirs.build.status === 'ok' ? theirs.build : undefined;
	const validate = result.validate.status === 'ok' ? result.validate : undefined;
	const o = ours.output;
	const t = theirs.output;
	const build = (value: typeof oursBuild, site: SiteResult) =>
		value ? duration(value.wallMs) : missing(site.build);
	const rows: string[][] = [
		[
			'Validate: wall time',
			validate ? duration(validate.wallMs) : missing(result.validate),
			'–',
			'–',
		],
		['Validate: peak memory', validate ? size(validate.peakRssBytes) : '–', '–', '–'],
		[
			'Validate: errors found (expected)',
			validate
				? `${count(validate.errors)} (${count(validate.expected)}) ${validate.mismatches.length ? '✗' : '✓'}`
				: '–',
			'–',
			'–',
		],
		[
			'Build: wall time',
			build(oursBuild, ours),
			build(theirsBuild, theirs),
			quotient(oursBuild?.wallMs, theirsBuild?.wallMs),
		],
		[
			'Build: peak memory',
			oursBuild ? size(oursBuild.peakRssBytes) : '–',
			theirsBuild ? size(theirsBuild.peakRssBytes) : '–',
			quotient(oursBuild?.peakRssBytes, theirsBuild?.peakRssBytes),
		],
		[
			'Build: HTML pages',
			oursBuild ? count(oursBuild.pages) : '–',
			theirsBuild ? count(theirsBuild.pages) : '–',
			'–',
		],
		[
			'Build: time per page',
			oursBuild ? duration(oursBuild.perPageMs) : '–',
			theirsBuild ? duration(theirsBuild.perPageMs) : '–',
			quotient(oursBuild?.perPageMs, theirsBuild?.perPageMs),
		],
		[
			'Runbook page HTML: median (largest)',
			summary(o?.runbookHtml),
			summary(t?.runbookHtml),
			quotient(o?.runbookHtml.median, t?.runbookHtml.median),
		],
		[
			'Post-mortem page HTML: median (largest)',
			summary(o?.postmortemHtml),
			summary(t?.postmortemHtml),
			quotient(o?.postmortemHtml.median, t?.postmortemHtml.median),
		],
		[
			`HTML of /runbooks/${o?.referenceRunbook.slug ?? t?.referenceRunbook.slug ?? '…'}/`,
			o ? size(o.referenceRunbook.bytes) : '–',
			t ? size(t.referenceRunbook.bytes) : '–',
			quotient(o?.referenceRunbook.bytes, t?.referenceRunbook.bytes),
		],
		[
			'dist/ total',
			o ? size(o.distBytes) : '–',
			t ? size(t.distBytes) : '–',
			quotient(o?.distBytes, t?.distBytes),
		],
		[
			'Pagefind index (dist/pagefind)',
			o ? size(o.pagefindBytes) : '–',
			t ? size(t.pagefindBytes) : '–',
			quotient(o?.pagefindBytes, t?.pagefindBytes),
		],
		[
			'Pagefind: first result on screen, median (slowest)',
			searchCell(search(ours, 'pagefind'), ours),
			searchCell(search(theirs, 'pagefind'), theirs),
			quotient(search(ours, 'pagefind')?.medianMs, search(theirs, 'pagefind')?.medianMs),
		],
		[
			'Quick finder: first result on screen, median (slowest)',
			searchCell(search(ours, 'finder'), ours),
			'no finder',
			'–',
		],
	];
	return table(['Measure', 'Handbook', 'Plain Starlight', 'Handbook ÷ Starlight'], rows);
}

/** The JavaScript table of one size: each tool page and a runbook page. */
export function javascriptTable(result: SizeResult): string {
	const pages = result.handbook.output?.javascript ?? [];
	if (pages.length === 0) return '';
	return table(
		['Page', 'At load', 'Tools (beyond a plain page)', 'Loaded on first use'],
		pages.map((page) => [
			`${page.label} (/${page.route}${page.route ? '/' : ''})`,
			size(page.atLoadBytes),
			size(page.toolBytes),
			size(page.lazyBytes),
		]),
	);
}

/** One row per size: the headline numbers. */
export function overviewTable(sizes: ReadonlyArray<SizeResult>): string {
	return table(
		[
			'Documents',
			'Validate',
			'Errors (expected)',
			'Build',
			'Plain Starlight',
			'Ratio',
			'Per page',
			'Runbook HTML',
			'dist/',
			'Pagefind search',
			'Finder',
		],
		sizes.map((result) => {
			const validate = result.validate.status === 'ok' ? result.validate : undefined;
			const ours = result.handbook.build.status === 'ok' ? result.handbook.build : undefined;
			const theirs = result.baseline.build.status === 'ok' ? result.baseline.build : undefined;
			const pagefind = search(result.handbook, 'pagefind');
			const finder = search(result.handbook, 'finder');
			return [
				count(result.size),
				validate
					? `${duration(validate.wallMs)}, ${size(validate.peakRssBytes)}`
					: missing(result.validate),
				validate ? `${count(validate.errors)} (${count(validate.expected)})` : '–',
				ours ? duration(ours.wallMs) : missing(result.handbook.build),
				theirs ? duration(theirs.wallMs) : missing(result.baseline.build),
				quotient(ours?.wallMs, theirs?.wallMs),
				ours ? duration(ours.perPageMs) : '–',
				result.handbook.output ? size(result.handbook.output.runbookHtml.median) : '–',
				result.handbook.output ? size(result.handbook.output.distBytes) : '–',
				pagefind ? duration(pagefind.medianMs) : '–',
				finder ? duration(finder.medianMs) : '–',
			];
		}),
	);
}

export function budgetsTable(budgets: ReadonlyArray<BudgetResult>): string {
	return table(
		['Budget', 'Result', 'Numbers'],
		budgets.map((budget) => [budget.title, MARK[budget.status], budget.detail]),
	);
}

/** The whole of `results.md`. */
export function renderResults(results: BenchResults): string {
	const { machine, settings } = results;
	const sections = [
		'# Benchmark results',
		`Measured on ${results.date.slice(0, 10)} with \`${results.command}\`: ${machine.cpu}, ${machine.cores} cores, ${size(machine.memoryBytes)} memory, ${machine.os}, Node ${machine.node}, Astro ${machine.astro}, Starlight ${machine.starlight}. Generated by \`npm run bench\`; benchmarks/README.md explains every number.`,
	];
	if (results.failures.length) {
		sections.push(
			'## The benchmark itself failed',
			results.failures.map((failure) => `- ${failure}`).join('\n'),
		);
	}
	sections.push('## Budgets', budgetsTable(results.budgets));
	sections.push('## Overview', overviewTable(results.sizes));
	for (const result of results.sizes) {
		const { all, valid, broken } = result.corpus;
		sections.push(
			`## ${count(result.size)} documents`,
			`${count(all.runbooks)} runbooks, ${count(all.incidents)} post-mortems and ${count(all.checklists)} checklists, of which ${count(broken)} are broken on purpose (one known problem each). The validator checks all of them; both sites build the ${count(valid.runbooks + valid.incidents + valid.checklists)} valid ones.`,
			sizeTable(result),
		);
		if (result.validate.status === 'ok' && result.validate.mismatches.length) {
			sections.push(
				'The validator’s report differs from the known problems:',
				result.validate.mismatches.map((line) => `- ${line}`).join('\n'),
			);
		}
		const javascript = javascriptTable(result);
		if (javascript)
			sections.push(
				`JavaScript per page at ${count(result.size)} documents, gzipped (scripts and the modules they import; "first use" is fetched when a tool is used):`,
				javascript,
			);
	}
	sections.push(
		'## How these were measured',
		[
			`- Times are wall-clock times of the whole command, including Node's start-up. Memory: ${results.memoryMethod}`,
			`- Validate runs \`node scripts/validate.ts --format json\` on every document, broken ones included, with HANDBOOK_TODAY=${settings.today}.`,
			'- Build runs `astro build --force` (content validation, every page, Pagefind, the offline manifest) on the valid documents; plain Starlight builds the same documents as ordinary docs pages with its default autogenerated sidebar.',
			'- Per page divides the build time by the HTML pages in the output; the handbook also builds its guides, catalogs, alert links and print pages.',
			`- Search types an alert name with ${settings.keyDelayMs} ms between keys in Chromium, served locally, and takes the time from the last keystroke to the first result on screen; median and slowest of ${settings.runs} different alert names after one untimed warm-up. Pagefind's UI waits 300 ms after the last keystroke before searching, and that wait is included.`,
			`- Each build may run ${settings.timeoutMinutes} minutes before it is stopped and reported as timed out.`,
		].join('\n'),
	);
	return `${sections.join('\n\n')}\n`;
}
