import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { measureCommand } from '../benchmarks/measure-command.ts';
import { descendants, treeResidentBytes } from '../benchmarks/process-tree.ts';
import { step } from '../benchmarks/progress.ts';

const scratch = mkdtempSync(join(tmpdir(), 'bench-measure-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// A parent that starts a child holding 150 MB for a moment: only the tree's memory shows it.
const PARENT = `
const { spawn } = require('node:child_process');
const child = spawn(process.execPath, ['-e', "const b = Buffer.alloc(150e6, 1); setTimeout(() => console.log(b[0]), 600)"], { stdio: 'inherit' });
child.on('close', () => console.log('done'));
`;

describe.runIf(process.platform === 'linux')('measuring a command', () => {
	test('the process tree includes children, and this process is in its own tree', () => {
		expect(descendants(process.pid)).not.toContain(process.pid);
		expect(treeResidentBytes(process.pid)).toBeGreaterThan(10e6);
		expect(treeResidentBytes(2 ** 22 + 12_345)).toBeUndefined();
	});

	test("counts a child process's memory in the peak, and reports the preload's maxRSS", async () => {
		const result = await measureCommand({
			args: ['-e', PARENT],
			cwd: scratch,
			logFile: join(scratch, 'tree.log'),
			captureStdout: true,
			timeoutMs: 60_000,
		});
		expect(result.exitCode).toBe(0);
		expect(result.timedOut).toBe(false);
		expect(result.stdout).toBe('1\ndone\n');
		expect(result.sampledTreeRssBytes).toBeGreaterThan(150e6);
		// The parent alone never held the buffer: its own maxRSS stays well below it.
		expect(result.mainMaxRssBytes).toBeGreaterThan(0);
		expect(result.mainMaxRssBytes).toBeLessThan(150e6);
		expect(result.peakRssBytes).toBe(Math.max(result.sampledTreeRssBytes, result.mainMaxRssBytes!));
	});

	test('stops a command that runs past its limit and says it timed out', async () => {
		const result = await measureCommand({
			args: ['-e', 'setTimeout(() => {}, 60_000)'],
			cwd: scratch,
			logFile: join(scratch, 'slow.log'),
			timeoutMs: 300,
		});
		expect(result.timedOut).toBe(true);
		expect(result.exitCode).not.toBe(0);
	});

	test('reports the exit code of a failing command', async () => {
		const result = await measureCommand({
			args: ['-e', 'process.exit(3)'],
			cwd: scratch,
			logFile: join(scratch, 'fail.log'),
			timeoutMs: 60_000,
		});
		expect(result).toMatchObject({ exitCode: 3, timedOut: false });
	});
});

describe('progress lines', () => {
	test('say where the benchmark is, then the result on the same line in a terminal', async () => {
		let text = '';
		const value = await step(
			{ write: (chunk) => (text += chunk), tty: true },
			'[1000]',
			'validate',
			() => 42,
			(result) => `${result} errors`,
		);
		expect(value).toBe(42);
		expect(text.replace(/\d+ ms/, 'N ms')).toBe(
			'[1000] validate…\r\u001b[K[1000] validate… N ms, 42 errors\n',
		);
	});

	test('print whole lines in a log', async () => {
		let text = '';
		await step(
			{ write: (chunk) => (text += chunk), tty: false },
			'[100]',
			'build (ours)',
			async () => 'ok',
		);
		expect(text).toMatch(/^\[100\] build \(ours\)…\n\[100\] build \(ours\)… \d+ ms\n$/);
	});

	test('report a step that stopped', async () => {
		let text = '';
		await expect(
			step({ write: (chunk) => (text += chunk), tty: false }, '[100]', 'search', () => {
				throw new Error('Chromium is missing.');
			}),
		).rejects.toThrow('Chromium is missing.');
		expect(text).toBe('[100] search…\n[100] search… stopped: Chromium is missing.\n');
	});
});
