// `npm run bench`: a thin entry point; the benchmark lives in benchmarks/ (see its README).
import { join } from 'node:path';
import { HELP, parseBenchArgs, UsageError } from '../benchmarks/args.ts';
import { runBench } from '../benchmarks/run.ts';
import { renderResults } from '../benchmarks/results-markdown.ts';

const argv = process.argv.slice(2);
let options;
try {
	options = parseBenchArgs(argv);
} catch (error) {
	if (!(error instanceof UsageError)) throw error;
	process.stderr.write(`${error.message}\n`);
	process.exit(2);
}
if (options.help) {
	process.stdout.write(HELP);
	process.exit(0);
}

const { results, exitCode } = await runBench(options, {
	root: join(import.meta.dirname, '..'),
	output: { write: (text) => process.stdout.write(text), tty: process.stdout.isTTY === true },
	now: () => new Date(),
	command: ['npm run bench', ...(argv.length ? ['--', ...argv] : [])].join(' '),
});
process.stdout.write(
	`\n${renderResults(results)}\nWrote benchmarks/results.md and benchmarks/results.json.\n`,
);
if (exitCode !== 0)
	process.stderr.write(
		`\nThe benchmark itself failed, so its numbers cannot be trusted:\n${results.failures.map((line) => `- ${line}`).join('\n')}\n`,
	);
process.exitCode = exitCode;
