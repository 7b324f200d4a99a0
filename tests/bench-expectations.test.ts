import { describe, expect, test } from 'vitest';
import { compareWithExpected, type ReportedProblem } from '../benchmarks/expectations.ts';

const CONTENT = 'bench-work/corpus-100/all';
const expected = [
	{
		path: 'runbooks/broken-0-missing-section.mdx',
		ruleId: 'structure/missing-section',
		description: 'a runbook without its Escalation section',
	},
	{
		path: 'incidents/2020-01-01-broken-1-unknown-severity.mdx',
		ruleId: 'reference/severity',
		description: 'a post-mortem whose severity is not a level of the incident scale',
	},
];
const problem = (
	path: string,
	ruleId: string,
	severity: ReportedProblem['severity'] = 'error',
): ReportedProblem => ({
	file: `${CONTENT}/${path}`,
	ruleId,
	severity,
	line: 3,
	message: 'Something is wrong.',
});

describe('comparing a validator report with the planted problems', () => {
	test('exactly the planted problems: nothing to say', () => {
		const problems = expected.map((entry) => problem(entry.path, entry.ruleId));
		expect(compareWithExpected(problems, expected, `${CONTENT}/`)).toEqual([]);
	});

	test('a missed problem is named, with the count', () => {
		const problems = [problem(expected[0]!.path, expected[0]!.ruleId)];
		expect(compareWithExpected(problems, expected, CONTENT)).toEqual([
			'The validator reported 1 error, but the corpus has 2 broken documents with one error each.',
			'incidents/2020-01-01-broken-1-unknown-severity.mdx (a post-mortem whose severity is not a level of the incident scale) should have one reference/severity error, but the validator reported nothing.',
		]);
	});

	test('a different rule, an extra problem, or a warning instead of an error are all mismatches', () => {
		const problems = [
			problem(expected[0]!.path, 'structure/section-order'),
			problem(expected[1]!.path, 'reference/severity'),
			problem(expected[1]!.path, 'reference/link', 'warning'),
		];
		const sentences = compareWithExpected(problems, expected, CONTENT);
		expect(sentences).toEqual([
			'runbooks/broken-0-missing-section.mdx (a runbook without its Escalation section) should have one structure/missing-section error, but the validator reported structure/section-order (error).',
			'incidents/2020-01-01-broken-1-unknown-severity.mdx (a post-mortem whose severity is not a level of the incident scale) should have one reference/severity error, but the validator reported reference/severity (error), reference/link (warning).',
		]);
	});

	test('problems in documents meant to be valid are listed, ten at most', () => {
		const problems = [
			...expected.map((entry) => problem(entry.path, entry.ruleId)),
			...Array.from({ length: 12 }, (_, index) =>
				problem(`runbooks/valid-${index}.mdx`, 'reference/link'),
			),
		];
		const sentences = compareWithExpected(problems, expected, CONTENT);
		expect(sentences[0]).toBe(
			'The validator reported 14 errors, but the corpus has 2 broken documents with one error each.',
		);
		expect(sentences[1]).toBe(
			'runbooks/valid-0.mdx is meant to be valid, but the validator reported reference/link at line 3: Something is wrong.',
		);
		expect(sentences).toHaveLength(1 + 10 + 1);
		expect(sentences.at(-1)).toBe('2 more documents meant to be valid have problems.');
	});
});
