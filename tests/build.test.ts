import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, runAstro, runValidate } from './helpers/project.ts';

const FIXTURE = join(REPO_ROOT, 'tests', 'fixtures', 'broken-site');

describe('astro build', () => {
	it('fails on a bad document, names the file, and reports exactly what the validator reports', () => {
		const build = runAstro(['build', '--root', FIXTURE]);
		const output = build.output;
		expect(build.code).not.toBe(0);
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

	it('in dev, shows the same problems as warnings and keeps serving pages', async () => {
		const port = 4391;
		const dev = spawn(
			process.execPath,
			[
				join(REPO_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'),
				'dev',
				'--root',
				FIXTURE,
				'--port',
				String(port),
				'--host',
				'127.0.0.1',
			],
			{
				env: {
					PATH: process.env['PATH'] ?? '',
					HANDBOOK_TODAY: '2026-11-23',
					ASTRO_TELEMETRY_DISABLED: '1',
				},
			},
		);
		let output = '';
		dev.stdout.on('data', (chunk) => (output += chunk));
		dev.stderr.on('data', (chunk) => (output += chunk));
		try {
			await waitFor(
				() => /ready in/.test(output),
				60_000,
				() => output,
			);
			const response = await fetch(`http://127.0.0.1:${port}/`);
			expect(response.status).toBe(200);
			expect(output).toMatch(/WARN.*Content problems/);
			expect(output).toContain('src/content/runbooks/queue-backlog.mdx:6:11');
		} finally {
			dev.kill();
		}
	});
});

describe('a handbook with no documents yet', () => {
	it('builds, and each catalog says where documents go instead of showing an empty table', () => {
		withBuild({ HANDBOOK_CONTENT_DIR: 'tests/fixtures/empty-content' }, (page) => {
			expect(page('runbooks')).toContain('No runbooks yet');
			expect(page('runbooks')).toContain('href="/guides/writing-runbooks/"');
			expect(page('incidents')).toContain('No post-mortems yet');
			expect(page('maintenance')).toContain('No maintenance checklists yet');
			expect(page('runbooks')).not.toContain('<tbody>');
			expect(page('action-items')).toContain('No action items yet');
			expect(page('metrics')).toContain('No post-mortems yet');
			expect(page('metrics')).not.toContain('role="img"');
		});
	});
});

describe('a handbook served from a sub-path (HANDBOOK_BASE)', () => {
	it('prefixes links written inside Markdown, once, so project-site deploys work', () => {
		withBuild({ HANDBOOK_BASE: '/hb/' }, (page) => {
			const process = page('handbook/incident-process');
			expect(process).toContain('href="/hb/tools/severity/"');
			const runbook = page('runbooks/complete-site-outage');
			const internal = [...runbook.matchAll(/href="(\/[^/"][^"]*)"/g)].map((match) => match[1]!);
			expect(internal.length).toBeGreaterThan(10);
			expect(internal.filter((href) => !href.startsWith('/hb/'))).toEqual([]);
			expect(runbook).not.toContain('/hb/hb/');
		});
	});
});

/** Builds the real site into a scratch folder with extra environment, then checks its pages. */
function withBuild(
	env: Record<string, string>,
	check: (page: (route: string) => string) => void,
): void {
	const outDir = mkdtempSync(join(tmpdir(), 'handbook-build-'));
	try {
		const build = runAstro(['build', '--outDir', outDir], env);
		expect(build.code, build.output).toBe(0);
		check((route) => readFileSync(join(outDir, route, 'index.html'), 'utf8'));
	} finally {
		rmSync(outDir, { recursive: true, force: true });
	}
}

async function waitFor(
	condition: () => boolean,
	timeout: number,
	describe: () => string = () => '',
): Promise<void> {
	const deadline = Date.now() + timeout;
	while (!condition()) {
		if (Date.now() > deadline)
			throw new Error(`astro dev did not start in time. It printed:\n${describe()}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}
