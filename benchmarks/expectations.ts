/**
 * Checks a validator report against the problems the corpus planted: every broken document must
 * have exactly its one problem, and no other document any. Pure.
 */
import type { ExpectedProblem } from './corpus-files.ts';

/** A problem as `npm run validate -- --format json` reports it. */
export interface ReportedProblem {
	file: string;
	ruleId: string;
	severity: 'error' | 'warning';
	line?: number;
	message?: string;
}

/** How many surprises to list before summing up the rest. */
const LIST_AT_MOST = 10;

/**
 * Each way the report differs from the expectation, as a sentence; an empty list when the
 * validator found exactly the planted problems. `contentDir` is the folder the validator was
 * given, which prefixes the files it reports.
 */
export function compareWithExpected(
	problems: ReadonlyArray<ReportedProblem>,
	expected: ReadonlyArray<ExpectedProblem>,
	contentDir: string,
): string[] {
	const prefix = `${contentDir.replace(/\/+$/, '')}/`;
	const inContent = (file: string) => (file.startsWith(prefix) ? file.slice(prefix.length) : file);
	const byFile = new Map<string, ReportedProblem[]>();
	for (const problem of problems) {
		const file = inContent(problem.file);
		byFile.set(file, [...(byFile.get(file) ?? []), problem]);
	}

	const sentences: string[] = [];
	const errors = problems.filter((problem) => problem.severity === 'error').length;
	if (errors !== expected.length)
		sentences.push(
			`The validator reported ${errors} error${errors === 1 ? '' : 's'}, but the corpus has ${expected.length} broken document${expected.length === 1 ? '' : 's'} with one error each.`,
		);

	const planted = new Set(expected.map((entry) => entry.path));
	for (const entry of expected) {
		const found = byFile.get(entry.path) ?? [];
		if (found.length === 1 && found[0]!.ruleId === entry.ruleId && found[0]!.severity === 'error')
			continue;
		sentences.push(
			found.length === 0
				? `${entry.path} (${entry.description}) should have one ${entry.ruleId} error, but the validator reported nothing.`
				: `${entry.path} (${entry.description}) should have one ${entry.ruleId} error, but the validator reported ${found
						.map((problem) => `${problem.ruleId} (${problem.severity})`)
						.join(', ')}.`,
		);
	}

	const surprises = [...byFile].filter(([file]) => !planted.has(file));
	for (const [file, found] of surprises.slice(0, LIST_AT_MOST)) {
		const first = found[0]!;
		sentences.push(
			`${file} is meant to be valid, but the validator reported ${first.ruleId}${first.line ? ` at line ${first.line}` : ''}${first.message ? `: ${first.message}` : '.'}${found.length > 1 ? ` (and ${found.length - 1} more problems)` : ''}`,
		);
	}
	if (surprises.length > LIST_AT_MOST)
		sentences.push(
			`${surprises.length - LIST_AT_MOST} more documents meant to be valid have problems.`,
		);
	return sentences;
}
