import { describe, expect, it } from 'vitest';
import { PATHS, RUNBOOK, edit, found, lineOf, validateWith } from '../helpers/handbook.ts';

describe('runbook/quick-diagnosis-code', () => {
	it('not ok: diagnosis written as prose only', () => {
		const broken = edit(RUNBOOK, '```sh\ndf -h\n```', 'Check the disk.');
		expect(found(validateWith({ [PATHS.runbook]: broken }))).toEqual([
			`runbook/quick-diagnosis-code@${lineOf(broken, '## Quick Diagnosis')}`,
		]);
	});
	it('ok: the code block may sit inside a list', () => {
		const nested = edit(
			RUNBOOK,
			'```sh\ndf -h\n```',
			'1. Check usage:\n\n   ```sh\n   df -h\n   ```',
		);
		expect(found(validateWith({ [PATHS.runbook]: nested }))).toEqual([]);
	});
});

describe('runbook/common-causes-table', () => {
	it('not ok: causes as a bullet list', () => {
		const broken = edit(RUNBOOK, /\| Symptom[\s\S]*?Rotate logs \|/, '- Logs grow fast');
		expect(found(validateWith({ [PATHS.runbook]: broken }))).toEqual([
			`runbook/common-causes-table@${lineOf(broken, '## Common Causes')}`,
		]);
	});
	it('not ok: a table without a Fix column', () => {
		const broken = edit(RUNBOOK, '| Symptom | Fix |', '| Symptom | Remedy |');
		const report = validateWith({ [PATHS.runbook]: broken });
		expect(found(report)).toEqual([`runbook/common-causes-table@${lineOf(broken, '| Symptom |')}`]);
		expect(report.problems[0]!.message).toContain('"Remedy"');
	});
	it('ok: extra columns', () => {
		const wider = edit(
			edit(
				RUNBOOK,
				'| Symptom | Fix |\n| --- | --- |',
				'| Symptom | Likely cause | Fix |\n| --- | --- | --- |',
			),
			'| Logs grow fast | Rotate logs |',
			'| Logs grow fast | Debug logging | Rotate logs |',
		);
		expect(found(validateWith({ [PATHS.runbook]: wider }))).toEqual([]);
	});
});

describe('table/missing-cell', () => {
	it('not ok: a Common Causes row with no Fix cell', () => {
		const broken = edit(RUNBOOK, '| Logs grow fast | Rotate logs |', '| Logs grow fast |');
		expect(found(validateWith({ [PATHS.runbook]: broken }))).toEqual([
			`table/missing-cell@${lineOf(broken, '| Logs grow fast |')}`,
		]);
	});
	it('not ok: an empty Fix cell', () => {
		const broken = edit(RUNBOOK, '| Logs grow fast | Rotate logs |', '| Logs grow fast |  |');
		expect(found(validateWith({ [PATHS.runbook]: broken }))).toEqual([
			`table/missing-cell@${lineOf(broken, '| Logs grow fast |')}`,
		]);
	});
});

describe('runbook/duplicate-alert', () => {
	it('not ok: two runbooks claim one alert; the later file is reported and names the first', () => {
		const other = edit(
			edit(RUNBOOK, 'alerts: [DiskAlmostFull, DiskFull]', 'alerts: [InodesLow, DiskFull]'),
			'title: Disk full',
			'title: Inodes',
		);
		const report = validateWith({ 'src/content/runbooks/inodes.mdx': other });
		expect(found(report)).toEqual(['runbook/duplicate-alert@4']);
		expect(report.problems[0]!.file).toBe('src/content/runbooks/inodes.mdx');
		expect(report.problems[0]!.message).toContain(PATHS.runbook);
		expect(report.problems[0]!.column).toBe('alerts: [InodesLow, '.length + 1);
	});
	it('not ok: the same alert twice in one runbook', () => {
		const broken = edit(
			RUNBOOK,
			'alerts: [DiskAlmostFull, DiskFull]',
			'alerts: [DiskFull, DiskFull]',
		);
		expect(found(validateWith({ [PATHS.runbook]: broken }))).toEqual(['runbook/duplicate-alert@4']);
	});
});

describe('runbook/review-overdue', () => {
	it('ok: on the due date itself (last_reviewed + 90 days)', () => {
		expect(found(validateWith({}, { today: '2027-01-30' }))).toEqual([]);
	});
	it('not ok: the day after, as a warning by default', () => {
		const report = validateWith({}, { today: '2027-01-31' });
		expect(found(report)).toEqual(['runbook/review-overdue@8']);
		expect(report.problems[0]!.severity).toBe('warning');
		expect(report.errorCount).toBe(0);
		expect(report.problems[0]!.message).toContain('2027-01-30');
	});
	it('uses the runbook’s own review_every before the configured default', () => {
		const monthly = edit(
			RUNBOOK,
			'last_reviewed: 2026-11-01',
			'last_reviewed: 2026-11-01\nreview_every: 2w',
		);
		expect(found(validateWith({ [PATHS.runbook]: monthly }))).toEqual(['runbook/review-overdue@8']);
		expect(found(validateWith({}, { config: { reviewEvery: '14d' } }))).toEqual([
			'runbook/review-overdue@8',
		]);
	});
});

describe('reference/severity', () => {
	it('not ok: a severity the scale does not define, with a suggestion', () => {
		const broken = edit(RUNBOOK, 'severity: SEV2', 'severity: SEV-2');
		const report = validateWith({ [PATHS.runbook]: broken });
		expect(found(report)).toEqual(['reference/severity@6']);
		expect(report.problems[0]!.message).toContain('Did you mean "SEV2"?');
		expect(report.problems[0]!.hint).toContain('"SEV1", "SEV2" or "SEV3"');
	});
	it('ok: a team that renames its scale to P1–P4 only has to change the data', () => {
		const scale = `title: Priorities\nlevels:\n  - { id: P1, name: Urgent, summary: Down. }\n  - { id: P2, name: High, summary: Degraded. }\n`;
		const runbook = edit(RUNBOOK, 'severity: SEV2', 'severity: P2');
		const report = validateWith({ [PATHS.incidentScale]: scale, [PATHS.runbook]: runbook });
		expect(found(report)).toEqual(['reference/severity@3']);
		expect(report.problems[0]!.file).toBe(PATHS.incident);
	});
});
