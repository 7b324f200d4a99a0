import { describe, expect, it } from 'vitest';
import {
	PATHS,
	RUNBOOK,
	INCIDENT,
	CHECKLIST,
	PAGE,
	edit,
	found,
	lineOf,
	validateWith,
} from '../helpers/handbook.ts';

describe('frontmatter/missing', () => {
	it('not ok: a document with no frontmatter block', () => {
		expect(
			found(validateWith({ [PATHS.checklist]: '## Monday\n\n- [ ] Check backups\n' })),
		).toEqual(['frontmatter/missing@1']);
	});
});

describe('frontmatter/yaml', () => {
	it('not ok: invalid YAML, positioned on the bad line', () => {
		const broken = edit(RUNBOOK, 'owner: platform-team', 'owner: [platform-team');
		const report = validateWith({ [PATHS.runbook]: broken });
		expect(report.problems.map((problem) => problem.ruleId)).toContain('frontmatter/yaml');
		expect(report.problems.every((problem) => problem.line >= lineOf(broken, 'owner:'))).toBe(true);
	});
	it('not ok: a key given twice', () => {
		const broken = edit(RUNBOOK, 'owner: platform-team', 'owner: platform-team\nowner: db-team');
		expect(found(validateWith({ [PATHS.runbook]: broken }))).toContain(
			`frontmatter/yaml@${lineOf(broken, 'owner: db-team')}`,
		);
	});
});

describe('frontmatter/schema', () => {
	it('not ok: a required field is missing', () => {
		const broken = edit(RUNBOOK, 'owner: platform-team\n', '');
		const report = validateWith({ [PATHS.runbook]: broken });
		// A missing key has no line of its own; the problem points at the start of the frontmatter.
		expect(found(report)).toEqual(['frontmatter/schema@2']);
		expect(report.problems[0]!.message).toBe(
			'The runbook frontmatter is missing the required field "owner".',
		);
	});
	it('not ok: an impossible date, positioned at the value', () => {
		const broken = edit(RUNBOOK, 'last_reviewed: 2026-11-01', 'last_reviewed: 2026-02-30');
		const report = validateWith({ [PATHS.runbook]: broken });
		expect(found(report)).toEqual([`frontmatter/schema@${lineOf(broken, 'last_reviewed')}`]);
		expect(report.problems[0]!.column).toBe('last_reviewed: '.length + 1);
		expect(report.problems[0]!.message).toContain('2026-02-30');
	});
	it('not ok: a timestamp without a time zone', () => {
		const broken = edit(
			INCIDENT,
			'detected_at: 2026-03-14T09:15:00Z',
			'detected_at: 2026-03-14T09:15:00',
		);
		expect(found(validateWith({ [PATHS.incident]: broken }))).toEqual([
			`frontmatter/schema@${lineOf(broken, 'detected_at')}`,
		]);
	});
	it('not ok: a status outside draft, in-review and final', () => {
		const broken = edit(INCIDENT, 'status: final', 'status: done');
		expect(found(validateWith({ [PATHS.incident]: broken }))).toEqual([
			`frontmatter/schema@${lineOf(broken, 'status')}`,
		]);
	});
	it('not ok: a checklist cadence that is not in the list', () => {
		const broken = edit(CHECKLIST, 'cadence: weekly', 'cadence: fortnightly');
		expect(found(validateWith({ [PATHS.checklist]: broken }))).toEqual(['frontmatter/schema@3']);
	});
	it('not ok: a handbook page without a title', () => {
		expect(
			found(
				validateWith({ [PATHS.page]: edit(PAGE, 'title: Incident process', 'description: x') }),
			),
		).toEqual(['frontmatter/schema@2']);
	});
	it('ok: offsets are accepted and normalised to UTC', () => {
		const shifted = edit(
			INCIDENT,
			'detected_at: 2026-03-14T09:15:00Z',
			'detected_at: 2026-03-14T10:15:00+01:00',
		);
		expect(found(validateWith({ [PATHS.incident]: shifted }))).toEqual([]);
	});
});

describe('frontmatter/unknown-key', () => {
	it('not ok: a misspelt key, positioned at the key, with the allowed keys in the hint', () => {
		const broken = edit(RUNBOOK, 'owner: platform-team', 'owner: platform-team\nreviewed_by: ana');
		const report = validateWith({ [PATHS.runbook]: broken });
		expect(found(report)).toEqual([`frontmatter/unknown-key@${lineOf(broken, 'reviewed_by')}`]);
		expect(report.problems[0]!.hint).toContain('last_reviewed');
	});
	it('ok: Starlight keys on handbook pages', () => {
		expect(
			found(
				validateWith({
					[PATHS.page]: edit(
						PAGE,
						'title: Incident process',
						'title: Incident process\nsidebar:\n  order: 2',
					),
				}),
			),
		).toEqual([]);
	});
});

describe('frontmatter edge cases', () => {
	it('an alias without its anchor is a positioned YAML problem, not a crash', () => {
		const broken = edit(RUNBOOK, 'owner: platform-team', 'owner: *platform');
		expect(found(validateWith({ [PATHS.runbook]: broken }))).toEqual([
			`frontmatter/yaml@${lineOf(broken, '*platform')}`,
		]);
	});
	it('an empty frontmatter block reports each missing field', () => {
		const report = validateWith({ [PATHS.checklist]: '---\n---\n\n- [ ] Check backups\n' });
		expect(report.problems.map((problem) => problem.message)).toEqual(
			expect.arrayContaining([
				expect.stringContaining('missing the required field "title"'),
				expect.stringContaining('missing the required field "cadence"'),
			]),
		);
	});
	it('a waiver without an expiry says the field is missing', () => {
		const broken = edit(
			INCIDENT,
			'runbooks: [disk-full]',
			'runbooks: [disk-full]\nwaivers:\n  - rule: postmortem/action-item-overdue\n    reason: Waiting for the vendor fix.',
		);
		const report = validateWith({ [PATHS.incident]: broken });
		expect(report.problems.map((problem) => problem.message)).toEqual([
			'The post-mortem frontmatter is missing the required field "waivers.0.expires".',
		]);
	});
});
