import { describe, expect, it } from 'vitest';
import {
	formatGithub,
	formatJson,
	formatMarkdown,
	formatPretty,
	summaryLine,
} from '../src/engine/reporters/index.ts';
import type { Report } from '../src/engine/engine.ts';
import type { Problem } from '../src/engine/problem.ts';
import { MARKDOWN_ROW_LIMIT } from '../src/engine/reporters/markdown.ts';

const problem = (overrides: Partial<Problem>): Problem => ({
	file: 'src/content/runbooks/a.mdx',
	line: 3,
	column: 5,
	ruleId: 'reference/severity',
	severity: 'error',
	message: 'Severity "SEV9" is not a level of the incident scale.',
	hint: 'Use one of "SEV1" or "SEV2".',
	...overrides,
});

const report = (problems: Problem[], files = 4): Report => ({
	today: '2026-11-23',
	files,
	problems,
	errorCount: problems.filter((entry) => entry.severity === 'error').length,
	warningCount: problems.filter((entry) => entry.severity === 'warning').length,
});

describe('summary line', () => {
	it('counts errors, warnings and files with correct plurals', () => {
		const mixed = report([
			problem({}),
			problem({ line: 9 }),
			problem({ file: 'b.mdx', severity: 'warning' }),
		]);
		expect(summaryLine(mixed)).toBe(
			'2 errors, 1 warning in 2 files (checked 4, today is 2026-11-23).',
		);
		expect(summaryLine(report([], 1))).toBe('No problems in 1 file (today is 2026-11-23).');
	});
});

describe('pretty reporter', () => {
	it('groups by file, then lists position, severity, message, rule and hint', () => {
		const text = formatPretty(
			report([
				problem({}),
				problem({
					file: 'b.mdx',
					line: 1,
					column: 1,
					severity: 'warning',
					ruleId: 'runbook/review-overdue',
					message: 'Stale.',
					hint: 'Review it.',
				}),
			]),
		);
		expect(text.split('\n')).toEqual([
			'src/content/runbooks/a.mdx',
			'  src/content/runbooks/a.mdx:3:5  error    Severity "SEV9" is not a level of the incident scale.  reference/severity',
			'    → Use one of "SEV1" or "SEV2".',
			'',
			'b.mdx',
			'  b.mdx:1:1  warning  Stale.  runbook/review-overdue',
			'    → Review it.',
			'',
			'1 error, 1 warning in 2 files (checked 4, today is 2026-11-23).',
			'',
		]);
	});
	it('adds colour only when asked', () => {
		expect(formatPretty(report([problem({})]))).not.toContain('\u001b[');
		expect(formatPretty(report([problem({})]), { color: true })).toContain('\u001b[');
	});
});

describe('github reporter', () => {
	it('writes one workflow command per problem and escapes special characters', () => {
		const text = formatGithub(
			report([
				problem({ file: 'a,b:c.mdx', message: '100% broken\nsecond line', ruleId: 'x/y' }),
				problem({ severity: 'warning' }),
			]),
		);
		const lines = text.trim().split('\n');
		expect(lines[0]).toBe(
			'::error file=a%2Cb%3Ac.mdx,line=3,col=5,title=x/y::100%25 broken%0Asecond line Use one of "SEV1" or "SEV2".',
		);
		expect(lines[1]).toMatch(/^::warning file=src\/content\/runbooks\/a\.mdx,line=3,col=5,/);
		expect(lines[2]).toBe('1 error, 1 warning in 2 files (checked 4, today is 2026-11-23).');
	});
});

describe('json reporter', () => {
	it('is versioned and carries every problem field', () => {
		const parsed = JSON.parse(formatJson(report([problem({})])));
		expect(parsed.version).toBe(1);
		expect(parsed.summary).toEqual({
			errors: 1,
			warnings: 0,
			filesWithProblems: 1,
			filesChecked: 4,
		});
		expect(parsed.problems[0]).toEqual(problem({}));
	});
});

describe('markdown reporter', () => {
	it('says so in one line when there are no problems', () => {
		expect(formatMarkdown(report([], 3))).toBe(
			'## Handbook validation\n\nNo problems in 3 files (today is 2026-11-23).\n',
		);
	});

	it('counts problems per rule, then lists errors before warnings with their place', () => {
		const text = formatMarkdown(
			report([
				problem({ severity: 'warning', ruleId: 'runbook/review-overdue', file: 'a.mdx' }),
				problem({ file: 'b.mdx', line: 7, column: 2 }),
				problem({ file: 'c.mdx' }),
			]),
			{ ruleDocsUrl: 'https://handbook.example/reference/rules/' },
		);
		const lines = text.split('\n');
		expect(lines).toContain(
			'| [`reference/severity`](https://handbook.example/reference/rules/reference/severity/) | 2 | 0 |',
		);
		const rows = lines.filter((line) => /^\| (error|warning) \|/.test(line));
		expect(rows.map((row) => row.split(' | ')[1])).toEqual([
			'`b.mdx:7:2`',
			'`c.mdx:3:5`',
			'`a.mdx:3:5`',
		]);
		expect(rows[0]).toContain(
			'Severity "SEV9" is not a level of the incident scale.<br>Use one of',
		);
	});

	it('keeps each problem inside its table cell and neutralises markup', () => {
		const text = formatMarkdown(
			report([problem({ message: 'Cells a | b\nand <script>alert(1)</script>' })]),
		);
		const row = text.split('\n').find((line) => line.startsWith('| error |'))!;
		expect(row).toContain('Cells a \\| b and &lt;script&gt;alert(1)&lt;/script&gt;');
		expect(text).not.toContain('<script>');
	});

	it(`lists at most ${MARKDOWN_ROW_LIMIT} problems and says how many it left out`, () => {
		const many = Array.from({ length: MARKDOWN_ROW_LIMIT + 3 }, (_, index) =>
			problem({ line: index + 1 }),
		);
		const text = formatMarkdown(report(many));
		expect(text.split('\n').filter((line) => line.startsWith('| error |'))).toHaveLength(
			MARKDOWN_ROW_LIMIT,
		);
		expect(text).toContain('3 more problems are not listed.');
		expect(text).toContain(`| \`reference/severity\` | ${MARKDOWN_ROW_LIMIT + 3} | 0 |`);
	});
});
