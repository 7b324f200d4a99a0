/** Command-line options of `npm run bench`. Pure: mistakes become one sentence in a UsageError. */
import { parseArgs } from 'node:util';

export const DEFAULT_SIZES = [100, 1000, 5000];
/** Fewer documents would leave the corpus without a broken document of some kinds. */
export const MIN_SIZE = 20;
export const MAX_SIZE = 100_000;

export interface BenchOptions {
	/** Corpus sizes in documents, ascending, without repeats. */
	sizes: number[];
	/** Minutes each build may run before it is stopped and reported as timed out. */
	timeoutMinutes: number;
	/** Alert names searched per search tool. */
	runs: number;
	/** Keep each size's built sites in bench-work/ instead of deleting them after measuring. */
	keep: boolean;
	help: boolean;
}

export const HELP = `Measures how the handbook scales, against plain Starlight on the same documents.

Usage: npm run bench -- [options]

Options:
  --sizes LIST       Corpus sizes in documents, comma-separated (default: ${DEFAULT_SIZES.join(',')})
  --size N           One corpus size; may be repeated, and adds to --sizes
  --timeout MINUTES  Stop a build that runs longer and report it as timed out (default: 20)
  --runs N           Alert names searched with each search tool (default: 5)
  --keep             Keep the built sites in bench-work/ (they can take gigabytes)
  -h, --help         Show this help

Writes benchmarks/results.md and benchmarks/results.json. Exit codes: 0 measured (budgets may
still fail: they are findings), 1 the benchmark itself failed (the validator missed a known
problem, a build failed), 2 usage mistake.
`;

export class UsageError extends Error {}

const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text) : Number.NaN);

export function parseBenchArgs(argv: string[]): BenchOptions {
	let values;
	try {
		({ values } = parseArgs({
			args: argv,
			strict: true,
			allowPositionals: false,
			options: {
				sizes: { type: 'string' },
				size: { type: 'string', multiple: true },
				timeout: { type: 'string', default: '20' },
				runs: { type: 'string', default: '5' },
				keep: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false },
			},
		}));
	} catch (error) {
		throw new UsageError(describe(error as Error & { code?: string }));
	}

	const given: Array<[string, string]> = [
		...(values.sizes === undefined
			? []
			: values.sizes.split(',').map((text): [string, string] => ['--sizes', text])),
		...(values.size ?? []).map((text): [string, string] => ['--size', text]),
	];
	const sizes = new Set<number>();
	for (const [option, text] of given) {
		const value = wholeNumber(text);
		if (!Number.isInteger(value) || value < MIN_SIZE || value > MAX_SIZE)
			throw new UsageError(
				`${option} has "${text.trim()}", but each size must be a whole number of documents from ${MIN_SIZE} to ${MAX_SIZE.toLocaleString('en-US')}, such as --sizes 100,1000.`,
			);
		sizes.add(value);
	}

	const timeoutMinutes = wholeNumber(values.timeout);
	if (!(timeoutMinutes >= 1))
		throw new UsageError(
			`--timeout is "${values.timeout}", but it must be a whole number of minutes, such as 20.`,
		);
	const runs = wholeNumber(values.runs);
	if (!(runs >= 1 && runs <= 50))
		throw new UsageError(
			`--runs is "${values.runs}", but it must be a whole number from 1 to 50, such as 5.`,
		);

	return {
		sizes: given.length ? [...sizes].sort((a, b) => a - b) : [...DEFAULT_SIZES],
		timeoutMinutes,
		runs,
		keep: values.keep,
		help: values.help,
	};
}

function describe(error: Error & { code?: string }): string {
	const option = /'(-{1,2}[\w-]+)/.exec(error.message)?.[1];
	switch (error.code) {
		case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
			return `"${option ?? 'That option'}" is not an option of the benchmark; run "npm run bench -- --help" to see them.`;
		case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
			return 'The benchmark takes no positional arguments; give sizes with --sizes 100,1000.';
		case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
			return `${option ? `"${option}"` : 'An option'} needs a value, such as --sizes 100,1000.`;
		default:
			return error.message;
	}
}
