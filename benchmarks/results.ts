/** The shape of the benchmark's results: what `results.json` holds and `results.md` shows. */
import type { TypeCounts } from './corpus.ts';
import type { Summary } from './stats.ts';

/** A step that ran, or why it has no numbers. */
export type Outcome<T> =
	| ({ status: 'ok' } & T)
	| { status: 'failed' | 'timed-out' | 'skipped'; message: string; wallMs?: number };

/** Time and memory of one command. */
export interface Measured {
	wallMs: number;
	/** The peak resident memory of the command's process tree (see `MEMORY_METHOD`). */
	peakRssBytes: number;
	sampledTreeRssBytes: number;
	mainMaxRssBytes?: number;
}

export interface ValidateResult extends Measured {
	/** Errors the validator reported. */
	errors: number;
	warnings: number;
	filesChecked: number;
	/** Errors it had to report: one per broken document. */
	expected: number;
	/** Each way the report differs from the expected problems, in a sentence; empty when it matches. */
	mismatches: string[];
}

export interface BuildResult extends Measured {
	/** HTML pages in the output. */
	pages: number;
	perPageMs: number;
}

/** JavaScript one page ships, gzipped. */
export interface PageJavaScript {
	label: string;
	route: string;
	/** Everything that runs at page load. */
	atLoadBytes: number;
	/** What the page loads beyond a plain documentation page of the same site: its tools. */
	toolBytes: number;
	/** Modules its tools fetch on first use. */
	lazyBytes: number;
}

export interface OutputResult {
	runbookHtml: Summary;
	postmortemHtml: Summary;
	/** The page of runbook 0, whose source is identical at every corpus size. */
	referenceRunbook: { slug: string; bytes: number };
	distBytes: number;
	pagefindBytes: number;
	javascript: PageJavaScript[];
}

/** One query's time to its first result on screen, and whether that result was the right page. */
export interface QueryTiming {
	query: string;
	expected: string;
	/** Milliseconds from the last keystroke to the first result on screen. */
	ms: number;
	/** The first result: a runbook slug (finder) or a page address (Pagefind). */
	top: string;
	right: boolean;
}

export interface SearchTool {
	/** The page the search ran on. */
	route: string;
	timings: QueryTiming[];
	medianMs: number;
	slowestMs: number;
}

export interface SearchResult {
	pagefind: SearchTool;
	finder?: SearchTool;
}

export interface SiteResult {
	build: Outcome<BuildResult>;
	output?: OutputResult;
	search?: Outcome<SearchResult>;
}

export interface SizeResult {
	/** Documents in the corpus, broken ones included. */
	size: number;
	corpus: {
		all: TypeCounts;
		/** What the sites build. */
		valid: TypeCounts;
		broken: number;
		brokenByRule: Record<string, number>;
	};
	validate: Outcome<ValidateResult>;
	handbook: SiteResult;
	baseline: SiteResult;
}

export interface Machine {
	cpu: string;
	cores: number;
	memoryBytes: number;
	os: string;
	node: string;
	astro: string;
	starlight: string;
}

export interface BudgetResult {
	id: string;
	title: string;
	status: 'pass' | 'fail' | 'not-evaluated';
	/** The numbers behind the verdict, or why it could not be evaluated. */
	detail: string;
}

export interface BenchResults {
	/** When the run started (ISO 8601, UTC). */
	date: string;
	command: string;
	machine: Machine;
	settings: {
		sizes: number[];
		runs: number;
		keyDelayMs: number;
		timeoutMinutes: number;
		today: string;
	};
	memoryMethod: string;
	sizes: SizeResult[];
	budgets: BudgetResult[];
	/** Reasons the run itself is not trustworthy (the validator missed problems, a build failed). */
	failures: string[];
}
