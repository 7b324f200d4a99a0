import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { REPO_ROOT, runValidate, writeProject } from './helpers/project.ts';
import { TODAY } from './helpers/handbook.ts';
import { freeName, slugFromTitle } from '../src/engine/scaffold/names.ts';

/** Runs `scripts/new.ts` as a script or CI would: stdin is a pipe, so it never prompts. */
function runNew(args: string[]) {
	const result = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'new.ts'), ...args], {
		encoding: 'utf8',
		env: { PATH: process.env['PATH'] ?? '' },
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const projects: Array<{ remove: () => void }> = [];
function project() {
	const created = writeProject();
	projects.push(created);
	return created;
}
afterEach(() => {
	while (projects.length > 0) projects.pop()!.remove();
});

/** Problems the validator reports for one file, as `ruleId: message`. */
function problemsIn(root: string, file: string, today = TODAY): string[] {
	const result = runValidate(['--root', root, '--today', today, '--format', 'json']);
	const report = JSON.parse(result.stdout) as {
		problems: Array<{ file: string; ruleId: string; message: string }>;
	};
	return report.problems
		.filter((problem) => problem.file === file)
		.map((problem) => `${problem.ruleId}: ${problem.message}`);
}

function listing(root: string): string[] {
	return ['incidents', 'runbooks', 'maintenance'].flatMap((folder) =>
		existsSync(join(root, 'src/content', folder))
			? readdirSync(join(root, 'src/content', folder)).map((name) => `${folder}/${name}`)
			: [],
	);
}

const POSTMORTEM = [
	'postmortem',
	'--title',
	'Checkout errors: cache deploy',
	'--severity',
	'SEV2',
	'--started',
	'2026-11-23T00:40:00+01:00',
	'--resolved',
	'2026-11-23T01:30:00Z',
	'--commander',
	'Priya Raman',
	'--services',
	'checkout-api, payments',
];
const POSTMORTEM_FILE = 'src/content/incidents/2026-11-22-checkout-errors-cache-deploy.mdx';

describe('npm run new (non-interactive)', () => {
	it('writes a draft post-mortem that the validator accepts', () => {
		const { root } = project();
		const result = runNew([...POSTMORTEM, '--root', root]);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toBe(
			`Wrote ${POSTMORTEM_FILE}\nNext: Fill in the sections, then run npm run validate.\n`,
		);
		const text = readFileSync(join(root, POSTMORTEM_FILE), 'utf8');
		expect(text).toContain('title: "Checkout errors: cache deploy"\n');
		expect(text).toContain('status: draft\n');
		expect(text).toContain('started_at: 2026-11-22T23:40:00Z\n');
		expect(text).toContain('mitigated_at: 2026-11-23T01:30:00Z\n');
		expect(text).toContain('services: [checkout-api, payments]\n');
		expect(text).toContain('| 2026-11-23 01:30 | Incident resolved. |');
		expect(text).toContain('| [Action] | [Owner] | 2026-11-30 | P1 | Open |');
		expect(problemsIn(root, POSTMORTEM_FILE)).toEqual([]);
	});

	it('defaults the resolve time to now, and the draft validates today', () => {
		const { root } = project();
		const started = new Date(Date.now() - 3_600_000).toISOString();
		const args = POSTMORTEM.filter((_, index) => index < 7 || index > 8);
		args[6] = started;
		const result = runNew([...args, '--root', root]);
		expect(result.code).toBe(0);
		const file = `src/content/incidents/${started.slice(0, 10)}-checkout-errors-cache-deploy.mdx`;
		expect(existsSync(join(root, file))).toBe(true);
		expect(problemsIn(root, file, new Date().toISOString().slice(0, 10))).toEqual([]);
	});

	it('writes a runbook that passes cleanly, with last_reviewed from --today', () => {
		const { root } = project();
		const result = runNew([
			'runbook',
			'--root',
			root,
			'--title',
			'Payments failing',
			'--description',
			'Card payments fail or time out.',
			'--alerts',
			'PaymentErrorRateHigh,payments.latency:p99',
			'--services',
			'payments',
			'--severity',
			'SEV1',
			'--owner',
			'payments-team',
			'--today',
			TODAY,
		]);
		expect(result.code).toBe(0);
		const file = 'src/content/runbooks/payments-failing.mdx';
		const text = readFileSync(join(root, file), 'utf8');
		expect(text).toContain('alerts: [PaymentErrorRateHigh, payments.latency:p99]\n');
		expect(text).toContain(`last_reviewed: ${TODAY}\n`);
		expect(problemsIn(root, file)).toEqual([]);
		expect(runValidate(['--root', root, '--today', TODAY, '--strict']).code).toBe(0);
	});

	it('writes a checklist that passes cleanly', () => {
		const { root } = project();
		const result = runNew([
			'checklist',
			'--root',
			root,
			'--title',
			'Quarterly access review',
			'--cadence',
			'quarterly',
			'--owner',
			'security-team',
		]);
		expect(result.code).toBe(0);
		const file = 'src/content/maintenance/quarterly-access-review.mdx';
		expect(readFileSync(join(root, file), 'utf8')).toContain('- [ ] ');
		expect(runValidate(['--root', root, '--today', TODAY, '--strict']).code).toBe(0);
	});

	it('never overwrites: the same title again gets -2, then -3', () => {
		const { root } = project();
		const first = runNew([...POSTMORTEM, '--root', root]);
		expect(first.code).toBe(0);
		const original = readFileSync(join(root, POSTMORTEM_FILE), 'utf8');
		const second = runNew([...POSTMORTEM, '--root', root]);
		expect(second.code).toBe(0);
		expect(second.stdout).toContain(POSTMORTEM_FILE.replace('.mdx', '-2.mdx'));
		expect(runNew([...POSTMORTEM, '--root', root]).stdout).toContain('-3.mdx');
		expect(readFileSync(join(root, POSTMORTEM_FILE), 'utf8')).toBe(original);
		// The base handbook already has a runbook called disk-full.
		const runbook = runNew([
			'runbook',
			'--root',
			root,
			'--title',
			'Disk full',
			'--description',
			'Another disk runbook.',
			'--services',
			'api',
			'--severity',
			'SEV2',
			'--owner',
			'ops',
		]);
		expect(runbook.stdout).toContain('src/content/runbooks/disk-full-2.mdx');
	});

	const swap = (flag: string, value: string) => {
		const args = [...POSTMORTEM];
		args[args.indexOf(flag) + 1] = value;
		return args;
	};
	it.each([
		[swap('--severity', 'SEV9'), '"SEV9" is not a known severity; use one of SEV1, SEV2, SEV3.'],
		[
			swap('--resolved', '2026-11-22T22:00:00Z'),
			'The resolve time (2026-11-22T22:00:00Z) is before the start time (2026-11-22T23:40:00Z).',
		],
		[swap('--started', '2026-11-23 09:12'), 'The start time "2026-11-23 09:12" is not an ISO 8601'],
		[swap('--started', '2026-02-30T09:12:00Z'), 'is not an ISO 8601 time with a zone'],
		[swap('--title', '   '), 'The title is empty'],
		[POSTMORTEM.slice(0, -2), '--services is missing: pass it, or run the command in a terminal'],
		[
			['postmortem', '--title', 'X'],
			'--severity, --started, --commander and --services are missing',
		],
		[
			['incident', '--title', 'X'],
			'"incident" is not a document type; use postmortem, runbook or checklist.',
		],
		[[], 'Say which document to create'],
		[[...POSTMORTEM, '--cadence', 'weekly'], '"--cadence" is not an option of "new postmortem".'],
		[[...POSTMORTEM, '--frobnicate'], '"--frobnicate" is not an option of npm run new.'],
		[
			['checklist', '--title', 'X', '--cadence', 'fortnightly', '--owner', 'ops'],
			'"fortnightly" is not a known cadence',
		],
		[
			[
				'runbook',
				'--title',
				'X',
				'--description',
				'Y.',
				'--services',
				'api',
				'--severity',
				'SEV2',
				'--owner',
				'ops',
				'--alerts',
				'Disk Full',
			],
			'The alert name "Disk Full" may use only letters, digits',
		],
		[
			[
				'runbook',
				'--title',
				'X',
				'--description',
				'Y.',
				'--services',
				'api',
				'--severity',
				'SEV2',
				'--owner',
				'ops',
				'--alerts',
				'New,DiskFull',
			],
			'The alert "DiskFull" already belongs to src/content/runbooks/disk-full.mdx',
		],
	])('exits 2 with one line and writes nothing for %j', (args, message) => {
		const { root } = project();
		const before = listing(root);
		const result = runNew([...args, '--root', root]);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(message);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stdout).toBe('');
		expect(listing(root)).toEqual(before);
	});

	it('exits 2 when --root is not a handbook', () => {
		const result = runNew([...POSTMORTEM, '--root', join(REPO_ROOT, 'no-such-folder')]);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('is not a handbook');
	});

	it('prints help and exits 0', () => {
		const result = runNew(['--help']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('npm run new -- <postmortem|runbook|checklist>');
	});
});

describe('file names', () => {
	it('slugs titles into names the file/name rule accepts', () => {
		expect(slugFromTitle('Checkout errors: cache deploy!')).toBe('checkout-errors-cache-deploy');
		expect(slugFromTitle('Café down — again_2')).toBe('cafe-down-again-2');
		expect(slugFromTitle('!!!')).toBe('');
	});

	it('adds -2, -3… until the name is free', () => {
		const taken = new Set(['a', 'a-2']);
		expect(freeName('a', (name) => taken.has(name))).toBe('a-3');
		expect(freeName('b', (name) => taken.has(name))).toBe('b');
	});
});
