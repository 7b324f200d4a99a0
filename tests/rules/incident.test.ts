import { describe, expect, it } from 'vitest';
import { PATHS, INCIDENT, edit, found, lineOf, validateWith } from '../helpers/handbook.ts';

const DRAFT = edit(INCIDENT, 'status: final', 'status: draft');

describe('postmortem/file-date', () => {
	it('not ok: the file name date differs from started_at', () => {
		const report = validateWith({
			[PATHS.incident]: undefined,
			'src/content/incidents/2026-03-15-api-outage.mdx': INCIDENT,
		});
		expect(found(report)).toEqual([`postmortem/file-date@${lineOf(INCIDENT, 'started_at')}`]);
	});
});

describe('postmortem/timestamps', () => {
	it('not ok: resolved before mitigated', () => {
		const broken = edit(
			INCIDENT,
			'resolved_at: 2026-03-14T10:30:00Z',
			'resolved_at: 2026-03-14T09:40:00Z',
		);
		expect(found(validateWith({ [PATHS.incident]: broken }))).toEqual([
			`postmortem/timestamps@${lineOf(broken, 'resolved_at')}`,
		]);
	});
});

describe('postmortem/timeline-table', () => {
	it('not ok: a timeline written as a list', () => {
		const broken = edit(
			INCIDENT,
			/\| Time \(UTC\)[\s\S]*?\| 10:30 \| Resolved \|/,
			'- 09:12 errors start',
		);
		expect(found(validateWith({ [PATHS.incident]: broken }))).toEqual([
			`postmortem/timeline-table@${lineOf(broken, '## Timeline')}`,
		]);
	});
	it('not ok: a table without the Event column', () => {
		const broken = edit(INCIDENT, '| Time (UTC) | Event |', '| Time (UTC) | What |');
		expect(found(validateWith({ [PATHS.incident]: broken }))).toEqual([
			`postmortem/timeline-table@${lineOf(broken, '| Time (UTC) |')}`,
		]);
	});
});

describe('postmortem/timeline-time', () => {
	it('not ok: a time that cannot be read', () => {
		const broken = edit(INCIDENT, '| 09:15 | Alert fires |', '| quarter past nine | Alert fires |');
		expect(found(validateWith({ [PATHS.incident]: broken }))).toEqual([
			`postmortem/timeline-time@${lineOf(broken, 'quarter past')}`,
		]);
	});
	it('not ok: 24:10', () => {
		const broken = edit(INCIDENT, '| 10:30 | Resolved |', '| 24:10 | Resolved |');
		expect(found(validateWith({ [PATHS.incident]: broken }))).toEqual([
			`postmortem/timeline-time@${lineOf(broken, '24:10')}`,
		]);
	});
});

describe('postmortem/timeline-order', () => {
	it('not ok: a row earlier than the one before it', () => {
		const broken = edit(INCIDENT, '| 09:15 | Alert fires |', '| 09:05 | Alert fires |');
		expect(found(validateWith({ [PATHS.incident]: broken }))).toEqual([
			`postmortem/timeline-order@${lineOf(broken, '09:05')}`,
		]);
	});
	it('ok: crossing midnight with a full date, after which bare times belong to the new day', () => {
		const overnight = edit(
			INCIDENT,
			'| 10:30 | Resolved |',
			'| 23:50 | Still broken |\n| 2026-03-15 00:10 | Fix deployed |\n| 00:40 | Resolved |',
		);
		expect(found(validateWith({ [PATHS.incident]: overnight }))).toEqual([]);
	});
	it('not ok: crossing midnight without saying so', () => {
		const broken = edit(
			INCIDENT,
			'| 10:30 | Resolved |',
			'| 23:50 | Still broken |\n| 00:10 | Fix deployed |',
		);
		expect(found(validateWith({ [PATHS.incident]: broken }))).toEqual([
			`postmortem/timeline-order@${lineOf(broken, '00:10')}`,
		]);
	});
});

describe('postmortem/action-items-table', () => {
	it('not ok: no Priority column, naming what is missing', () => {
		const broken = INCIDENT.replace(
			'| Action | Owner | Due Date | Priority | Status |\n| --- | --- | --- | --- | --- |',
			'| Action | Owner | Due Date | Status |\n| --- | --- | --- | --- |',
		);
		const report = validateWith({ [PATHS.incident]: broken });
		expect(found(report)).toEqual([
			`postmortem/action-items-table@${lineOf(broken, '| Action |')}`,
		]);
		expect(report.problems[0]!.message).toContain('"Priority"');
	});
	it('ok: an extra Issue column', () => {
		const wider = INCIDENT.replace(
			'| Priority | Status |\n| --- | --- | --- | --- | --- |',
			'| Priority | Status | Issue |\n| --- | --- | --- | --- | --- | --- |',
		);
		expect(found(validateWith({ [PATHS.incident]: wider }))).toEqual([]);
	});
});

describe('postmortem/action-item', () => {
	it('not ok: no owner', () => {
		const broken = edit(
			INCIDENT,
			'| Automate log rotation | Ben Ode |',
			'| Automate log rotation |  |',
		);
		expect(found(validateWith({ [PATHS.incident]: broken }))).toEqual([
			`postmortem/action-item@${lineOf(broken, 'Automate')}`,
		]);
	});
	it('not ok: an impossible due date', () => {
		const broken = edit(INCIDENT, '2035-01-15', '2035-02-30');
		const report = validateWith({ [PATHS.incident]: broken });
		expect(found(report)).toEqual([`postmortem/action-item@${lineOf(broken, 'Automate')}`]);
		expect(report.problems[0]!.message).toContain('2035-02-30');
	});
	it('not ok: an unknown status, with a suggestion', () => {
		const broken = edit(INCIDENT, '| P2 | Open |', '| P2 | Opened |');
		const report = validateWith({ [PATHS.incident]: broken });
		expect(found(report)).toEqual([`postmortem/action-item@${lineOf(broken, 'Automate')}`]);
		expect(report.problems[0]!.message).toContain('Did you mean "Open"?');
	});
	describe('the optional Closed column', () => {
		const withClosed = (growth: string, rotation: string) =>
			edit(
				edit(
					edit(
						INCIDENT,
						'| Priority | Status |\n| --- | --- | --- | --- | --- |',
						'| Priority | Status | Closed |\n| --- | --- | --- | --- | --- | --- |',
					),
					'| P1 | Done |',
					`| P1 | Done | ${growth} |`,
				),
				'| P2 | Open |',
				`| P2 | Open | ${rotation} |`,
			);
		it('ok: a closed item with its closing date, an open item without one', () => {
			expect(found(validateWith({ [PATHS.incident]: withClosed('2026-03-20', '') }))).toEqual([]);
		});
		it('not ok: a Closed date that is not a real date', () => {
			const broken = withClosed('2026-02-30', '');
			const report = validateWith({ [PATHS.incident]: broken });
			expect(found(report)).toEqual([`postmortem/action-item@${lineOf(broken, 'Add growth')}`]);
			expect(report.problems[0]!.message).toContain('Closed date "2026-02-30"');
		});
		it('not ok: a Closed date on an item that is still open', () => {
			const broken = withClosed('2026-03-20', '2026-03-21');
			const report = validateWith({ [PATHS.incident]: broken });
			expect(found(report)).toEqual([`postmortem/action-item@${lineOf(broken, 'Automate')}`]);
			expect(report.problems[0]!.message).toContain('its status is Open');
		});
		it('not ok: closed before the incident started', () => {
			const broken = withClosed('2026-03-13', '');
			const report = validateWith({ [PATHS.incident]: broken });
			expect(found(report)).toEqual([`postmortem/action-item@${lineOf(broken, 'Add growth')}`]);
			expect(report.problems[0]!.message).toContain('before the incident started on 2026-03-14');
		});
	});
	it('ok: status is matched without regard to case', () => {
		expect(
			found(
				validateWith({ [PATHS.incident]: edit(INCIDENT, '| P2 | Open |', '| P2 | in progress |') }),
			),
		).toEqual([]);
	});
});

describe('reference/priority', () => {
	it('not ok: a priority the scale does not define', () => {
		const broken = edit(INCIDENT, '| P2 | Open |', '| P7 | Open |');
		expect(found(validateWith({ [PATHS.incident]: broken }))).toEqual([
			`reference/priority@${lineOf(broken, 'Automate')}`,
		]);
	});
});

describe('reference/runbook', () => {
	it('not ok: a runbook that does not exist, with a suggestion', () => {
		const broken = edit(INCIDENT, 'runbooks: [disk-full]', 'runbooks: [disk-ful]');
		const report = validateWith({ [PATHS.incident]: broken });
		expect(found(report)).toEqual(['reference/runbook@12']);
		expect(report.problems[0]!.message).toContain('Did you mean "disk-full"?');
	});
});

describe('postmortem/action-item-overdue', () => {
	it('ok: an open item on its due date', () => {
		expect(found(validateWith({}, { today: '2035-01-15' }))).not.toContain(
			`postmortem/action-item-overdue@${lineOf(INCIDENT, 'Automate')}`,
		);
	});
	it('not ok: an open item the day after its due date, as an error', () => {
		const report = validateWith({}, { today: '2035-01-16' });
		const overdue = report.problems.filter(
			(problem) => problem.ruleId === 'postmortem/action-item-overdue',
		);
		expect(overdue.map((problem) => problem.line)).toEqual([lineOf(INCIDENT, 'Automate')]);
		expect(overdue[0]!.severity).toBe('error');
		expect(overdue[0]!.message).toContain('1 day overdue');
	});
	it('ok: done and won’t-do items are never overdue', () => {
		const closed = edit(INCIDENT, '| P2 | Open |', "| P2 | Won't do |");
		expect(found(validateWith({ [PATHS.incident]: closed }, { today: '2040-01-01' }))).toEqual([
			'runbook/review-overdue@8',
		]);
	});
	it('becomes a warning with timeRules: warn', () => {
		const report = validateWith({}, { today: '2035-01-16', config: { timeRules: 'warn' } });
		expect(report.errorCount).toBe(0);
		expect(report.problems.map((problem) => problem.severity)).toEqual(['warning', 'warning']);
	});
});

describe('postmortem/draft-overdue', () => {
	it('ok: a SEV1 draft within 48 hours of resolution', () => {
		expect(found(validateWith({ [PATHS.incident]: DRAFT }, { today: '2026-03-16' }))).toEqual([]);
	});
	it('not ok: a SEV1 draft past its 48-hour deadline', () => {
		expect(found(validateWith({ [PATHS.incident]: DRAFT }, { today: '2026-03-17' }))).toEqual([
			`postmortem/draft-overdue@${lineOf(DRAFT, 'status')}`,
		]);
	});
	it('ok: a level that needs no post-mortem never has a deadline', () => {
		const minor = edit(DRAFT, 'severity: SEV1', 'severity: SEV3');
		expect(found(validateWith({ [PATHS.incident]: minor }, { today: '2026-06-01' }))).toEqual([]);
	});
});

describe('postmortem/placeholder', () => {
	it('not ok: TBD, a bracketed placeholder and @name in a final post-mortem', () => {
		const broken = edit(
			edit(
				edit(INCIDENT, 'A full disk.', 'TBD'),
				'Rotated logs.',
				'Rotated logs on [Server name].',
			),
			'incident_commander: Ana Lima',
			'incident_commander: "@name"',
		);
		expect(found(validateWith({ [PATHS.incident]: broken }))).toEqual([
			`postmortem/placeholder@${lineOf(broken, 'incident_commander')}`,
			`postmortem/placeholder@${lineOf(broken, 'TBD')}`,
			`postmortem/placeholder@${lineOf(broken, '[Server name]')}`,
		]);
	});
	it('ok: the same text in a draft, and TODO inside code in a final one', () => {
		expect(
			found(
				validateWith(
					{ [PATHS.incident]: edit(DRAFT, 'A full disk.', 'TBD') },
					{ today: '2026-03-15' },
				),
			),
		).toEqual([]);
		expect(
			found(
				validateWith({
					[PATHS.incident]: edit(
						INCIDENT,
						'A full disk.',
						'A full disk; the cron had `# TODO rotate`.',
					),
				}),
			),
		).toEqual([]);
	});
	it('ok: links are not bracketed placeholders', () => {
		expect(
			found(
				validateWith({
					[PATHS.incident]: edit(
						INCIDENT,
						'Rotated logs.',
						'Rotated logs with [the runbook](/runbooks/disk-full/).',
					),
				}),
			),
		).toEqual([]);
	});
});
