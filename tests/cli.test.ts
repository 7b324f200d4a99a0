import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INCIDENT, PATHS, edit } from './helpers/handbook.ts';
import { runValidate, writeProject } from './helpers/project.ts';

const valid = writeProject();
const broken = writeProject({
	[PATHS.incident]: edit(INCIDENT, 'runbooks: [disk-full]', 'runbooks: [disk-ful]'),
});
afterAll(() => {
	valid.remove();
	broken.remove();
});

describe('npm run validate', () => {
	it('exits 0 and says so when there are no problems', () => {
		const result = runValidate(['--root', valid.root, '--today', '2026-11-23']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('No problems in 6 files (today is 2026-11-23).');
	});

	it('exits 1 on errors and prints path:line:col, rule, message, hint and a summary', () => {
		const result = runValidate(['--root', broken.root, '--today', '2026-11-23']);
		expect(result.code).toBe(1);
		expect(result.stdout).toContain(
			`${PATHS.incident}:12:12  error    No runbook is called "disk-ful". Did you mean "disk-full"?  reference/runbook`,
		);
		expect(result.stdout).toContain('→ Use the file name of a runbook');
		expect(result.stdout.trim().split('\n').at(-1)).toBe(
			'1 error, 0 warnings in 1 file (checked 6, today is 2026-11-23).',
		);
	});

	it('exits 0 with warnings alone, and 1 with --strict', () => {
		expect(runValidate(['--root', valid.root, '--today', '2027-06-01']).code).toBe(0);
		const strict = runValidate(['--root', valid.root, '--today', '2027-06-01', '--strict']);
		expect(strict.code).toBe(1);
		expect(strict.stdout).toContain('error    This runbook was last reviewed');
	});

	it('reads today from HANDBOOK_TODAY, and --today wins over it', () => {
		expect(runValidate(['--root', valid.root], { HANDBOOK_TODAY: '2036-01-01' }).code).toBe(1);
		expect(
			runValidate(['--root', valid.root, '--today', '2026-11-23'], { HANDBOOK_TODAY: '2036-01-01' })
				.code,
		).toBe(0);
	});

	it('HANDBOOK_TIME_RULES=warn turns overdue items into warnings for an emergency deploy', () => {
		const result = runValidate(['--root', valid.root, '--today', '2036-01-01'], {
			HANDBOOK_TIME_RULES: 'warn',
		});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('warning  The action item "Automate log rotation"');
	});

	it('prints GitHub annotations with --format github', () => {
		const result = runValidate([
			'--root',
			broken.root,
			'--today',
			'2026-11-23',
			'--format',
			'github',
		]);
		expect(result.code).toBe(1);
		expect(result.stdout.split('\n')[0]).toBe(
			`::error file=${PATHS.incident},line=12,col=12,title=reference/runbook::No runbook is called "disk-ful". Did you mean "disk-full"? Use the file name of a runbook in src/content/runbooks without its extension, or remove the reference.`,
		);
	});

	it('adds a Markdown table to the GitHub job summary with --format github', () => {
		const summary = join(broken.root, 'step-summary.md');
		writeFileSync(summary, '# Earlier step\n');
		const result = runValidate(
			['--root', broken.root, '--today', '2026-11-23', '--format', 'github'],
			{ GITHUB_STEP_SUMMARY: summary },
		);
		expect(result.code).toBe(1);
		const text = readFileSync(summary, 'utf8');
		expect(text.startsWith('# Earlier step\n## Handbook validation')).toBe(true);
		expect(text).toContain(
			`| error | \`${PATHS.incident}:12:12\` | No runbook is called "disk-ful".`,
		);
	});

	it('keeps the exit code about the content when the job summary cannot be written', () => {
		const result = runValidate(
			['--root', valid.root, '--today', '2026-11-23', '--format', 'github'],
			{
				GITHUB_STEP_SUMMARY: join(valid.root, 'no-such-folder', 'summary.md'),
			},
		);
		expect(result.code).toBe(0);
		expect(result.stderr).toContain('The job summary could not be written to');
	});

	it('prints a Markdown report with --format markdown, for issues and summaries', () => {
		const result = runValidate([
			'--root',
			broken.root,
			'--today',
			'2026-11-23',
			'--format',
			'markdown',
		]);
		expect(result.code).toBe(1);
		expect(result.stdout).toContain('| `reference/runbook` | 1 | 0 |');
	});

	it('prints parseable JSON with --format json', () => {
		const result = runValidate([
			'--root',
			broken.root,
			'--today',
			'2026-11-23',
			'--format',
			'json',
		]);
		const json = JSON.parse(result.stdout);
		expect(json.summary).toEqual({ errors: 1, warnings: 0, filesWithProblems: 1, filesChecked: 6 });
		expect(json.problems[0]).toMatchObject({
			file: PATHS.incident,
			line: 12,
			column: 12,
			ruleId: 'reference/runbook',
			severity: 'error',
		});
	});

	it.each([
		[['--frobnicate'], '"--frobnicate" is not an option of the validator.'],
		[['--today', '2026-02-30'], '--today is "2026-02-30", which is not a real date'],
		[['--today', 'tomorrow'], '--today is "tomorrow"'],
		[['--format', 'xml'], '"--format xml" is not a known format'],
		[['--today'], '"--today <value>" needs a value.'],
		[['src/content'], 'takes no file arguments'],
	])('exits 2 with one line for the usage mistake %j', (args, message) => {
		const result = runValidate(['--root', valid.root, ...args]);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(message);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stdout).toBe('');
	});

	it('exits 2 for an invalid HANDBOOK_TODAY', () => {
		const result = runValidate(['--root', valid.root], { HANDBOOK_TODAY: '23/11/2026' });
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('HANDBOOK_TODAY is "23/11/2026"');
	});

	it('reports a broken handbook.config.json as a problem, not a crash', () => {
		const project = writeProject({
			'handbook.config.json': '{ "timeRules": "sometimes", "colour": 1 }',
		});
		const result = runValidate(['--root', project.root, '--today', '2026-11-23']);
		project.remove();
		expect(result.code).toBe(1);
		expect(result.stdout).toContain('config/invalid');
		expect(result.stdout).toContain('"timeRules"');
		expect(result.stderr).toBe('');
	});

	it('never writes to content files', () => {
		const before = readFileSync(join(broken.root, PATHS.incident), 'utf8');
		runValidate(['--root', broken.root, '--today', '2040-01-01']);
		expect(readFileSync(join(broken.root, PATHS.incident), 'utf8')).toBe(before);
	});

	it('prints help and exits 0', () => {
		const result = runValidate(['--help']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('--today YYYY-MM-DD');
	});
});
