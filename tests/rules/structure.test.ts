import { describe, expect, it } from 'vitest';
import {
	PATHS,
	RUNBOOK,
	INCIDENT,
	edit,
	found,
	lineOf,
	validateWith,
} from '../helpers/handbook.ts';

describe('structure/missing-section', () => {
	it('not ok: a runbook without Escalation', () => {
		const broken = RUNBOOK.slice(0, RUNBOOK.indexOf('## Escalation'));
		const report = validateWith({ [PATHS.runbook]: broken });
		expect(found(report)).toEqual([`structure/missing-section@${lineOf(broken, '## Trigger')}`]);
		expect(report.problems[0]!.message).toContain('"Escalation"');
	});
	it('not ok: a post-mortem without Root Cause', () => {
		const broken = edit(INCIDENT, '## Root Cause\n\nA full disk.\n\n', '');
		expect(found(validateWith({ [PATHS.incident]: broken }))).toEqual([
			`structure/missing-section@${lineOf(broken, '## Summary')}`,
		]);
	});
	it('ok: heading case and a trailing colon do not matter', () => {
		expect(
			found(
				validateWith({
					[PATHS.runbook]: edit(RUNBOOK, '## Quick Diagnosis', '## Quick diagnosis:'),
				}),
			),
		).toEqual([]);
	});
});

describe('structure/heading-level', () => {
	it('not ok: a required section typed as H3', () => {
		const broken = edit(RUNBOOK, '## Impact', '### Impact');
		expect(found(validateWith({ [PATHS.runbook]: broken }))).toEqual([
			`structure/heading-level@${lineOf(broken, '### Impact')}`,
		]);
	});
});

describe('structure/section-order', () => {
	it('not ok: Impact before Trigger', () => {
		const swapped = edit(
			RUNBOOK,
			/## Trigger[\s\S]*?(?=## Quick)/,
			'## Impact\n\nWrites fail.\n\n## Trigger\n\nThe alert fires.\n\n',
		);
		expect(found(validateWith({ [PATHS.runbook]: swapped }))).toEqual([
			`structure/section-order@${lineOf(swapped, '## Impact')}`,
		]);
	});
	it('ok: optional sections may sit between required ones', () => {
		const extended = edit(
			RUNBOOK,
			'## Escalation',
			'## Mitigation\n\n- [ ] Rotate logs\n\n## Escalation',
		);
		expect(found(validateWith({ [PATHS.runbook]: extended }))).toEqual([]);
	});
});

describe('structure/empty-section', () => {
	it('not ok: a section with only a comment', () => {
		const broken = edit(RUNBOOK, 'Writes fail once the disk is full.', '{/* to do */}');
		expect(found(validateWith({ [PATHS.runbook]: broken }))).toEqual([
			`structure/empty-section@${lineOf(broken, '## Impact')}`,
		]);
	});
	it('ok: a section whose only content is a subsection', () => {
		const nested = edit(INCIDENT, 'Alert earlier.', '### What went well\n\nFast rollback.');
		expect(found(validateWith({ [PATHS.incident]: nested }))).toEqual([]);
	});
});

describe('structure/heading-level with formatting', () => {
	it('not ok: a bold required heading at H3 is a level problem, not a missing section', () => {
		const broken = edit(RUNBOOK, '## Impact', '### **Impact**');
		expect(found(validateWith({ [PATHS.runbook]: broken }))).toEqual([
			`structure/heading-level@${lineOf(broken, '### **Impact**')}`,
		]);
	});
});
