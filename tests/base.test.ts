import { describe, expect, it } from 'vitest';
import { validateWith } from './helpers/handbook.ts';

describe('the base fixture handbook', () => {
	it('passes every rule, so each not-ok fixture fails for its own reason only', () => {
		const report = validateWith();
		expect(report.problems).toEqual([]);
		expect(report.files).toBe(6);
	});
});
