import type { Report } from '../engine.ts';
import type { Problem } from '../problem.ts';
import { summaryLine } from './summary.ts';

/**
 * The most problem rows one report lists. A GitHub issue body holds at most 65,536 characters,
 * and a few hundred rows already say "the handbook is badly broken"; the per-rule counts above
 * the table still cover every problem.
 */
export const MARKDOWN_ROW_LIMIT = 200;

export interface MarkdownOptions {
	/** The report's heading. @default 'Handbook validation' */
	title?: string;
	/** Prefix for links to the rule docs, such as `https://example.com/reference/rules/`. */
	ruleDocsUrl?: string;
}

/**
 * A Markdown report for a GitHub job summary or an issue body: the summary line, problems per
 * rule, then one table row per problem, errors first.
 */
export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
	const { title = 'Handbook validation', ruleDocsUrl } = options;
	const lines = [`## ${title}`, '', summaryLine(report)];
	if (report.problems.length === 0) return `${lines.join('\n')}\n`;

	const rule = (ruleId: string) =>
		ruleDocsUrl ? `[\`${ruleId}\`](${ruleDocsUrl}${ruleId}/)` : `\`${ruleId}\``;

	lines.push('', '| Rule | Errors | Warnings |', '| --- | ---: | ---: |');
	for (const [ruleId, counts] of countsByRule(report.problems))
		lines.push(`| ${rule(ruleId)} | ${counts.errors} | ${counts.warnings} |`);

	const ordered = [...report.problems].sort(
		(a, b) =>
			Number(a.severity !== 'error') - Number(b.severity !== 'error') ||
			a.file.localeCompare(b.file) ||
			a.line - b.line ||
			a.column - b.column,
	);
	lines.push(
		'',
		'| Level | Where | Problem | Rule |',
		'| --- | --- | --- | --- |',
		...ordered
			.slice(0, MARKDOWN_ROW_LIMIT)
			.map(
				(problem) =>
					`| ${problem.severity} | \`${cell(problem.file)}:${problem.line}:${problem.column}\` | ${cell(problem.message)}<br>${cell(problem.hint)} | ${rule(problem.ruleId)} |`,
			),
	);
	const hidden = ordered.length - MARKDOWN_ROW_LIMIT;
	if (hidden > 0)
		lines.push(
			'',
			`${hidden} more ${hidden === 1 ? 'problem is' : 'problems are'} not listed. Run \`npm run validate\` to see every one.`,
		);
	return `${lines.join('\n')}\n`;
}

/** Counts per rule id, rules with the most errors first. */
function countsByRule(
	problems: readonly Problem[],
): Array<[string, { errors: number; warnings: number }]> {
	const counts = new Map<string, { errors: number; warnings: number }>();
	for (const problem of problems) {
		const entry = counts.get(problem.ruleId) ?? { errors: 0, warnings: 0 };
		if (problem.severity === 'error') entry.errors++;
		else entry.warnings++;
		counts.set(problem.ruleId, entry);
	}
	return [...counts].sort(
		([ruleA, a], [ruleB, b]) =>
			b.errors - a.errors || b.warnings - a.warnings || ruleA.localeCompare(ruleB),
	);
}

/**
 * Text safe inside a table cell: pipes escaped, line breaks flattened, and HTML tags neutralised
 * so a message quoting markup cannot change the page it lands on.
 */
function cell(text: string): string {
	return text
		.replaceAll('\\', '\\\\')
		.replaceAll('|', '\\|')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replace(/\s*\r?\n\s*/g, ' ');
}
