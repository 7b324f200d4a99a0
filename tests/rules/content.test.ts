import { describe, expect, it } from 'vitest';
import {
	PATHS,
	PAGE,
	RUNBOOK,
	CHECKLIST,
	INCIDENT,
	INCIDENT_SCALE,
	edit,
	found,
	lineOf,
	validateWith,
} from '../helpers/handbook.ts';

describe('reference/link', () => {
	it('ok: links to documents, their headings, catalogs, external sites and own headings', () => {
		const links = edit(
			PAGE,
			'Read the',
			'See [outage](/incidents/2026-03-14-api-outage/#timeline), [all runbooks](/runbooks/), [relative](../../runbooks/disk-full/), [top](#declare), [web](https://example.com/x) and [mail](mailto:oncall@example.com). Read the',
		);
		expect(found(validateWith({ [PATHS.page]: links }))).toEqual([]);
	});
	it('not ok: a page that does not exist, with a suggestion', () => {
		const broken = edit(PAGE, '/runbooks/disk-full/#quick-diagnosis', '/runbooks/disk-ful/');
		const report = validateWith({ [PATHS.page]: broken });
		expect(found(report)).toEqual([`reference/link@${lineOf(broken, 'disk-ful/')}`]);
		expect(report.problems[0]!.hint).toContain('/runbooks/disk-full/');
	});
	it('not ok: a heading the target page does not have', () => {
		const broken = edit(PAGE, '#quick-diagnosis', '#quick-diagnostics');
		const report = validateWith({ [PATHS.page]: broken });
		expect(found(report)).toEqual([`reference/link@${lineOf(broken, 'diagnostics')}`]);
		expect(report.problems[0]!.hint).toBe('Did you mean #quick-diagnosis?');
	});
	it('not ok: a missing trailing slash, which the site would answer with 404', () => {
		const broken = edit(PAGE, '/runbooks/disk-full/#quick-diagnosis', '/runbooks/disk-full');
		expect(report(broken).message).toContain('missing its trailing slash');
	});
	it('not ok: a file that is not in public/', () => {
		expect(
			report(edit(PAGE, '/runbooks/disk-full/#quick-diagnosis', '/diagrams/network.png')).message,
		).toContain('not in public/');
	});
	it('checks links in runbooks, post-mortems and checklists too', () => {
		const checklist = edit(CHECKLIST, 'Check backups', 'Check [backups](/maintenance/backups/)');
		expect(found(validateWith({ [PATHS.checklist]: checklist }))).toEqual([
			`reference/link@${lineOf(checklist, 'backups](')}`,
		]);
	});

	function report(page: string) {
		const result = validateWith({ [PATHS.page]: page });
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]!.ruleId).toBe('reference/link');
		return result.problems[0]!;
	}
});

describe('security/credential', () => {
	const secrets: Array<[string, string]> = [
		['an AWS access key id', 'AKIA' + 'Q7NR4VZ2L5WPX3MB'],
		['a live Stripe key', 'sk_live_' + '51H8dfGq2eZvKYlo2C9xk3Rt'],
		['a GitHub token', 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'],
		['a Slack token', 'xoxb-' + '2401234567-2401234567890-AbCdEfGhIjKl'],
		['a private key', '-----BEGIN RSA ' + 'PRIVATE KEY-----'],
	];
	for (const [name, secret] of secrets) {
		it(`not ok: ${name} in a code block, positioned at the secret`, () => {
			const broken = edit(RUNBOOK, 'df -h', `export TOKEN=${secret}`);
			const report = validateWith({ [PATHS.runbook]: broken });
			expect(found(report)).toEqual([`security/credential@${lineOf(broken, 'export TOKEN')}`]);
			expect(report.problems[0]!.column).toBe('export TOKEN='.length + 1);
			expect(report.problems[0]!.message).toContain(name);
			expect(report.problems[0]!.message).not.toContain(secret);
		});
	}
	it('not ok: a secret in frontmatter of a handbook page', () => {
		const broken = edit(
			PAGE,
			'title: Incident process',
			`title: Incident process\ndescription: key ${'AKIA' + 'Q7NR4VZ2L5WPX3MB'}`,
		);
		expect(found(validateWith({ [PATHS.page]: broken }))).toEqual(['security/credential@3']);
	});
	it('ok: documented fakes and variables', () => {
		const fine = edit(
			RUNBOOK,
			'df -h',
			'export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport STRIPE_KEY=$STRIPE_SECRET_KEY\nexport K=sk_test_51H8dfGq2eZvKYlo2C9xk3Rt',
		);
		expect(found(validateWith({ [PATHS.runbook]: fine }))).toEqual([]);
	});
});

describe('checklist/no-tasks', () => {
	it('not ok: a checklist written as plain bullets', () => {
		expect(
			found(
				validateWith({
					[PATHS.checklist]: edit(CHECKLIST, '- [ ] Check backups', '- Check backups'),
				}),
			),
		).toEqual(['checklist/no-tasks@1']);
	});
	it('ok: ticked items count as tasks too', () => {
		expect(found(validateWith({ [PATHS.checklist]: edit(CHECKLIST, '- [ ]', '- [x]') }))).toEqual(
			[],
		);
	});
});

describe('scale/missing', () => {
	it('not ok: no incident scale, reported once instead of once per document', () => {
		const report = validateWith({ [PATHS.incidentScale]: undefined });
		expect(found(report)).toEqual(['scale/missing@1']);
		expect(report.problems[0]!.file).toBe(PATHS.incidentScale);
	});
});

describe('scale/schema', () => {
	it('not ok: a target that is not a duration', () => {
		const broken = edit(INCIDENT_SCALE, 'acknowledge: 5m', 'acknowledge: five minutes');
		expect(found(validateWith({ [PATHS.incidentScale]: broken }))).toEqual([
			`scale/schema@${lineOf(broken, 'five minutes')}`,
		]);
	});
	it('not ok: an unknown key in a level', () => {
		const broken = edit(
			INCIDENT_SCALE,
			'    name: Critical',
			'    name: Critical\n    colour: red',
		);
		expect(found(validateWith({ [PATHS.incidentScale]: broken }))).toEqual([
			`frontmatter/unknown-key@${lineOf(broken, 'colour')}`,
		]);
	});
	it('not ok: invalid YAML in a scale', () => {
		expect(found(validateWith({ [PATHS.incidentScale]: 'title: [x\n' }))).toContain(
			'frontmatter/yaml@2',
		);
	});
});

describe('scale/duplicate-level', () => {
	it('not ok: two levels with one id', () => {
		const broken = edit(INCIDENT_SCALE, '  - id: SEV3', '  - id: SEV2');
		const secondSev2 = broken.split('\n').findLastIndex((line) => line.includes('- id: SEV2')) + 1;
		expect(found(validateWith({ [PATHS.incidentScale]: broken }))).toEqual([
			`scale/duplicate-level@${secondSev2}`,
		]);
	});
	it('not ok: a picker answer pointing at a level that does not exist', () => {
		const broken = edit(INCIDENT_SCALE, 'level: SEV1 }', 'level: SEV0 }');
		expect(found(validateWith({ [PATHS.incidentScale]: broken }))).toEqual([
			`reference/severity@${lineOf(broken, 'SEV0')}`,
		]);
	});
});

describe('post-mortem rules read the scale, not code', () => {
	it('a team that gives SEV3 a 5-day deadline gets draft-overdue from the data', () => {
		const scale = edit(
			INCIDENT_SCALE,
			'postmortem: { required: false }',
			'postmortem: { required: true, due: 5d }',
		);
		const draft = edit(
			edit(INCIDENT, 'status: final', 'status: draft'),
			'severity: SEV1',
			'severity: SEV3',
		);
		expect(
			found(
				validateWith(
					{ [PATHS.incidentScale]: scale, [PATHS.incident]: draft },
					{ today: '2026-03-19' },
				),
			),
		).toEqual([]);
		expect(
			found(
				validateWith(
					{ [PATHS.incidentScale]: scale, [PATHS.incident]: draft },
					{ today: '2026-03-20' },
				),
			),
		).toEqual([`postmortem/draft-overdue@${lineOf(draft, 'status')}`]);
	});
});

describe('security/credential in severity scales', () => {
	it('not ok: a token pasted into a scale file', () => {
		const broken = edit(
			INCIDENT_SCALE,
			'summary: Everyone is down.',
			`summary: Everyone is down. Webhook ${'xoxb-' + '2401234567-2401234567890-AbCdEfGhIjKl'}`,
		);
		expect(found(validateWith({ [PATHS.incidentScale]: broken }))).toEqual([
			`security/credential@${lineOf(broken, 'Webhook')}`,
		]);
	});
});

describe('reference/link to generated pages', () => {
	it('ok: alert deep links for alerts that exist, the alert index and the runbook API', () => {
		const page = edit(
			PAGE,
			'Read the',
			'See [the alert](/alerts/DiskFull/), [all alerts](/alerts/) and [the index](/api/runbooks.json). Read the',
		);
		expect(found(validateWith({ [PATHS.page]: page }))).toEqual([]);
	});
	it('not ok: a deep link for an alert no runbook claims', () => {
		const page = edit(PAGE, 'Read the', 'See [the alert](/alerts/DiskGone/). Read the');
		expect(found(validateWith({ [PATHS.page]: page }))).toEqual([
			`reference/link@${lineOf(page, 'DiskGone')}`,
		]);
	});
});
