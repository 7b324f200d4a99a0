/**
 * Runs a Node command and measures it: wall time, and peak resident memory including child
 * processes. Memory comes from two sources, and the larger is reported:
 *
 * - every 50 ms, the summed VmRSS of the process and all its descendants (from /proc);
 * - on exit, the kernel's exact maxRSS of the main Node process, written by a `--import` preload
 *   (`max-rss-preload.ts`), which catches a peak that falls between two samples.
 *
 * A command that runs past its time limit is stopped (its whole process group) and reported as
 * timed out instead of hanging the benchmark.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { treeResidentBytes } from './process-tree.ts';

/** How often the process tree's memory is sampled. */
export const SAMPLE_INTERVAL_MS = 50;

/** How memory is measured, in words, for the results. */
export const MEMORY_METHOD = `peak resident memory (RSS) of the command's whole process tree: the summed VmRSS of the process and every descendant, read from /proc every ${SAMPLE_INTERVAL_MS} ms, or the kernel's exact maxRSS of the main Node process (process.resourceUsage().maxRSS, reported by a --import preload at exit) when that is larger.`;

export interface CommandResult {
	/** The exit code, or `null` when the process ended by a signal. */
	exitCode: number | null;
	timedOut: boolean;
	wallMs: number;
	/** The larger of the two measurements below, in bytes. */
	peakRssBytes: number;
	/** Highest summed RSS of the process tree seen while sampling; 0 without /proc. */
	sampledTreeRssBytes: number;
	/** The main process's own maxRSS from the kernel, when the preload could report it. */
	mainMaxRssBytes?: number;
	/** Standard output, when `captureStdout` was set. */
	stdout: string;
}

export interface CommandOptions {
	/** Arguments after `node`: a script and its arguments. */
	args: string[];
	cwd: string;
	/** Added to this process's environment. */
	env?: Record<string, string>;
	/** Where stdout (unless captured) and stderr go. */
	logFile: string;
	captureStdout?: boolean;
	timeoutMs: number;
}

const PRELOAD = pathToFileURL(join(import.meta.dirname, 'max-rss-preload.ts')).href;
/** Process groups of the commands running now. */
const running = new Set<number>();

// The commands run in process groups of their own, which Ctrl-C does not reach: a benchmark that
// is stopped stops them too, rather than leaving a build running in the background.
const stopAll = () => {
	for (const pid of running) stopGroup(pid, 'SIGKILL');
};
const onSignal = (signal: NodeJS.Signals) => {
	stopAll();
	process.exit(signal === 'SIGINT' ? 130 : 143);
};
function track(pid: number): void {
	if (running.size === 0) {
		process.on('exit', stopAll);
		process.on('SIGINT', onSignal);
		process.on('SIGTERM', onSignal);
	}
	running.add(pid);
}
function untrack(pid: number): void {
	running.delete(pid);
	if (running.size === 0) {
		process.off('exit', stopAll);
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
	}
}

function stopGroup(pid: number, signal: NodeJS.Signals): void {
	try {
		process.kill(-pid, signal);
	} catch {
		// Already gone.
	}
}

/** Runs `node <args>` with the same Node as this process and measures it. */
export function measureCommand(options: CommandOptions): Promise<CommandResult> {
	const rssFile = `${options.logFile}.maxrss`;
	rmSync(rssFile, { force: true });
	const log = openSync(options.logFile, 'w');
	const started = performance.now();
	// detached: a process group of its own, so a timeout can stop the command and its children.
	const child = spawn(process.execPath, ['--import', PRELOAD, ...options.args], {
		cwd: options.cwd,
		env: { ...process.env, ...options.env, BENCH_MAX_RSS_FILE: rssFile },
		stdio: ['ignore', options.captureStdout ? 'pipe' : log, log],
		detached: true,
	});
	const pid = child.pid!;
	track(pid);
	let stdout = '';
	child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));

	let sampled = 0;
	const sample = () => {
		const bytes = treeResidentBytes(pid);
		if (bytes !== undefined && bytes > sampled) sampled = bytes;
	};
	sample();
	const sampler = setInterval(sample, SAMPLE_INTERVAL_MS);
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		stopGroup(pid, 'SIGTERM');
		// Only while it is still ours: once it has exited, its group id may be reused.
		setTimeout(() => running.has(pid) && stopGroup(pid, 'SIGKILL'), 5_000).unref();
	}, options.timeoutMs);

	return new Promise((resolve, reject) => {
		child.on('error', (error) => {
			clearInterval(sampler);
			clearTimeout(timer);
			untrack(pid);
			closeSync(log);
			reject(error);
		});
		child.on('close', (exitCode) => {
			const wallMs = performance.now() - started;
			clearInterval(sampler);
			clearTimeout(timer);
			untrack(pid);
			closeSync(log);
			const mainMaxRssBytes = readMaxRss(rssFile, pid);
			resolve({
				exitCode,
				timedOut,
				wallMs,
				peakRssBytes: Math.max(sampled, mainMaxRssBytes ?? 0),
				sampledTreeRssBytes: sampled,
				...(mainMaxRssBytes === undefined ? {} : { mainMaxRssBytes }),
				stdout,
			});
		});
	});
}

/** The preload's report for `pid`: lines of "<pid> <kilobytes>". */
function readMaxRss(file: string, pid: number): number | undefined {
	if (!existsSync(file)) return undefined;
	const line = readFileSync(file, 'utf8')
		.split('\n')
		.find((entry) => entry.startsWith(`${pid} `));
	rmSync(file, { force: true });
	return line ? Number(line.split(' ')[1]) * 1024 : undefined;
}
