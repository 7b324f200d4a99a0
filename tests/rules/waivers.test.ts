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

const AFTER_DUE = '2035-02-01';
const waive = (waivers: string) =>
	edit(INCIDENT, 'runbooks: [disk-full]', `runbooks: [disk-full]\nwaivers:\n${waivers}`);

describe('waivers', () => {
	it('ok: a live waiver for one action item silences only that item', () => {
		const waived = waive(
			'  - rule: postmortem/action-item-overdue\n    item: Automate log rotation\n    reason: Blocked on the vendor upgrade planned for March.\n    expires: 2035-06-30',
		);
		expect(found(validateWith({ [PATHS.incident]: waived }, { today: AFTER_DUE }))).toEqual([
			'runbook/review-overdue@8',
		]);
	});
	it('ok: a whole-runbook waiver of the review rule', () => {
		const waived = edit(
			RUNBOOK,
			'last_reviewed: 2026-11-01',
			'last_reviewed: 2026-11-01\nwaivers:\n  - rule: runbook/review-overdue\n    reason: The service is being retired in January.\n    expires: 2027-03-01',
		);
		expect(found(validateWith({ [PATHS.runbook]: waived }, { today: '2027-02-01' }))).toEqual([]);
	});
	it('not ok (waiver/expired): an expired waiver is an error and waives nothing', () => {
		const waived = waive(
			'  - rule: postmortem/action-item-overdue\n    item: Automate log rotation\n    reason: Blocked on the vendor upgrade planned for March.\n    expires: 2035-01-20',
		);
		const report = found(validateWith({ [PATHS.incident]: waived }, { today: AFTER_DUE }));
		expect(report).toContain(`waiver/expired@${lineOf(waived, 'expires: 2035-01-20')}`);
		expect(report).toContain(
			`postmortem/action-item-overdue@${lineOf(waived, 'Automate log rotation |')}`,
		);
	});
	it('not ok (waiver/unknown-rule): a misspelt rule id', () => {
		const waived = waive(
			'  - rule: postmortem/overdue\n    reason: Blocked on the vendor upgrade.\n    expires: 2035-06-30',
		);
		expect(found(validateWith({ [PATHS.incident]: waived }))).toEqual([
			`waiver/unknown-rule@${lineOf(waived, 'rule: postmortem/overdue')}`,
		]);
	});
	it('not ok (waiver/unknown-item): an item that matches no Action cell, as a warning', () => {
		const waived = waive(
			'  - rule: postmortem/action-item-overdue\n    item: Automate log rotations\n    reason: Blocked on the vendor upgrade.\n    expires: 2035-06-30',
		);
		const report = validateWith({ [PATHS.incident]: waived });
		expect(found(report)).toEqual([`waiver/unknown-item@${lineOf(waived, 'item: Automate')}`]);
		expect(report.problems[0]!.severity).toBe('warning');
	});
	it('not ok: a waiver without a reason or expiry is a schema error', () => {
		const waived = waive('  - rule: postmortem/action-item-overdue');
		expect(
			found(validateWith({ [PATHS.incident]: waived })).filter((entry) =>
				entry.startsWith('frontmatter/schema'),
			),
		).toHaveLength(2);
	});
	it('ok: a waiver written before its item slips stays quiet', () => {
		const waived = waive(
			'  - rule: postmortem/action-item-overdue\n    item: Automate log rotation\n    reason: We already know the vendor upgrade will slip.\n    expires: 2035-06-30',
		);
		expect(found(validateWith({ [PATHS.incident]: waived }))).toEqual([]);
	});
});

describe('waivers outside runbooks and post-mortems', () => {
	it('a handbook page cannot waive its own problems', () => {
		const page = `---\ntitle: Process\nwaivers:\n  - rule: reference/link\n    reason: x\n    expires: 2099-01-01\n---\n\nSee [nothing](/nowhere/).\n`;
		expect(found(validateWith({ [PATHS.page]: page }))).toEqual(['reference/link@9']);
	});
	it('an expired waiver is time-based: timeRules "warn" softens it for an emergency deploy', () => {
		const waived = waive(
			'  - rule: postmortem/action-item-overdue\n    item: Automate log rotation\n    reason: Blocked on the vendor upgrade planned for March.\n    expires: 2035-01-20',
		);
		const report = validateWith(
			{ [PATHS.incident]: waived },
			{ today: AFTER_DUE, config: { timeRules: 'warn' } },
		);
		expect(report.errorCount).toBe(0);
		expect(found(report)).toContain(`waiver/expired@${lineOf(waived, 'expires: 2035-01-20')}`);
	});
});
