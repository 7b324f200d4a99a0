import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, runValidate } from './helpers/project.ts';

const FIXTURE = join(REPO_ROOT, 'tests', 'fixtures', 'broken-site');

describe('astro build', () => {
	it('fails on a bad document, names the file, and reports exactly what the validator reports', () => {
		const env = {
			PATH: process.env['PATH'] ?? '',
			HANDBOOK_TODAY: '2026-11-23',
			ASTRO_TELEMETRY_DISABLED: '1',
		};
		const build = spawnSync(
			process.execPath,
			[join(REPO_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', FIXTURE],
			{ encoding: 'utf8', env },
		);
		const output = `${build.stdout}\n${build.stderr}`;
		expect(build.status).not.toBe(0);
		expect(output).toContain('src/content/runbooks/queue-backlog.mdx:6:11');
		expect(output).toContain('The handbook has 3 content errors');
		expect(output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);

		const validate = runValidate(['--root', FIXTURE], { HANDBOOK_TODAY: '2026-11-23' });
		expect(validate.code).toBe(1);
		const problemLines = validate.stdout
			.split('\n')
			.filter((line) => /:\d+:\d+ {2}(error|warning)/.test(line));
		expect(problemLines).toHaveLength(3);
		for (const line of problemLines) expect(output).toContain(line.trim());
	});
});
