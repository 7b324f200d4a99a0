import { parseArgs } from 'node:util';
import { resolveToday } from './utils/today.ts';
import { validateProject } from './load.ts';
import { contentDirectory } from './config.ts';
import { FORMATS, formatMarkdown, formatReport, type Format } from './reporters/index.ts';
import type { Report } from './engine.ts';

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export interface CliEnvironment {
	argv: string[];
	env: NodeJS.ProcessEnv;
	cwd: string;
	/** The current instant; only used when neither `--today` nor `HANDBOOK_TODAY` is given. */
	now: () => Date;
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	/** Whether stdout is a terminal, for colour. */
	color: boolean;
	/** Appends text to a file: the GitHub job summary. */
	appendFile: (path: string, text: string) => void;
}

const HELP = `Validates the handbook's content without building the site.

Usage: npm run validate -- [options]

Options:
  --today YYYY-MM-DD   Date that time-based rules compare against (default: HANDBOOK_TODAY, else today in UTC)
  --format FORMAT      pretty (default), github (workflow annotations), json or markdown
  --strict             Treat every warning as an error
  --root DIR           Project folder to validate (default: the current folder)
  -h, --help           Show this help

With --format github inside GitHub Actions, a Markdown table of the problems is also
added to the job summary (the file GITHUB_STEP_SUMMARY names).

Exit codes: 0 no errors, 1 errors found, 2 usage mistake.
`;

class UsageError extends Error {}

/** `npm run validate`: parses arguments, runs the engine, prints a report, returns the exit code. */
export function runValidateCli(environment: CliEnvironment): number {
	let options;
	try {
		options = readOptions(environment);
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		environment.stderr(`${error.message} Run "npm run validate -- --help" to see the options.\n`);
		return EXIT.usage;
	}
	if (options.help) {
		environment.stdout(HELP);
		return EXIT.ok;
	}
	const report = validateProject({
		root: options.root,
		today: options.today,
		strict: options.strict,
		env: environment.env,
		contentDir: contentDirectory(environment.env),
	});
	environment.stdout(
		formatReport(report, options.format, environment.color && options.format === 'pretty'),
	);
	const stepSummary = environment.env['GITHUB_STEP_SUMMARY'];
	if (options.format === 'github' && stepSummary)
		writeStepSummary(environment, stepSummary, report);
	return report.errorCount > 0 ? EXIT.problems : EXIT.ok;
}

/**
 * The job summary is a courtesy next to the annotations: if it cannot be written, say so and
 * keep the exit code about the content.
 */
function writeStepSummary(environment: CliEnvironment, path: string, report: Report): void {
	try {
		environment.appendFile(path, formatMarkdown(report));
	} catch (error) {
		environment.stderr(
			`The job summary could not be written to ${path} (${(error as Error).message}); the annotations above are complete.\n`,
		);
	}
}

function readOptions({ argv, env, cwd, now }: CliEnvironment) {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			strict: true,
			allowPositionals: false,
			options: {
				today: { type: 'string' },
				format: { type: 'string', default: 'pretty' },
				strict: { type: 'boolean', default: false },
				root: { type: 'string' },
				help: { type: 'boolean', short: 'h', default: false },
			},
		});
	} catch (error) {
		throw new UsageError(describeParseError(error as Error & { code?: string }));
	}
	const { values } = parsed;
	const format = values.format;
	if (!(FORMATS as ReadonlyArray<string>).includes(format)) {
		throw new UsageError(
			`"--format ${format}" is not a known format; use pretty, github, json or markdown.`,
		);
	}
	const { today, error } = resolveToday(
		[
			['--today', values.today],
			['HANDBOOK_TODAY', env['HANDBOOK_TODAY']],
		],
		now,
	);
	if (error !== undefined) throw new UsageError(error);
	return {
		today,
		format: format as Format,
		strict: values.strict,
		root: values.root ?? cwd,
		help: values.help,
	};
}

function describeParseError(error: Error & { code?: string }): string {
	const option = /'(-[^']+)'/.exec(error.message)?.[1];
	switch (error.code) {
		case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
			return `"${option ?? 'that option'}" is not an option of the validator.`;
		case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
			return 'The validator takes no file arguments: it always checks the whole handbook.';
		case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
			return `${option ? `"${option}"` : 'An option'} needs a value.`;
		default:
			return error.message;
	}
}
