import { describe, expect, it } from 'vitest';
import { validateProject } from '../src/engine/load.ts';
import { REPO_ROOT } from './helpers/project.ts';

// The starter content is what every adopting team starts from: it must pass the strictest check
// now and keep passing for years, so a fresh clone never greets a team with a red build.
describe('the starter handbook', () => {
	it('passes --strict on the day this was written', () => {
		const report = validateProject({ root: REPO_ROOT, today: '2026-11-23', strict: true });
		expect(report.problems).toEqual([]);
		expect(report.files).toBeGreaterThanOrEqual(10);
	});

	it('has no errors five years later: only runbook reviews go stale', () => {
		const report = validateProject({ root: REPO_ROOT, today: '2031-11-23' });
		expect(report.errorCount).toBe(0);
		expect(new Set(report.problems.map((problem) => problem.ruleId))).toEqual(
			new Set(['runbook/review-overdue']),
		);
	});
});
