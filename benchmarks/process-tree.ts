/**
 * Resident memory of a process and all its descendants, read from Linux's /proc. The benchmark
 * samples this while a command runs, so memory used by child processes (Pagefind's indexer, for
 * one) counts too. Elsewhere /proc does not exist and the functions report `undefined`.
 */
import { readFileSync, readdirSync } from 'node:fs';

/** The process ids below `pid`, children first, found through /proc/<pid>/task/<tid>/children. */
export function descendants(pid: number): number[] {
	const found: number[] = [];
	const queue = [pid];
	while (queue.length) {
		const parent = queue.shift()!;
		let threads: string[];
		try {
			threads = readdirSync(`/proc/${parent}/task`);
		} catch {
			continue;
		}
		for (const thread of threads) {
			let children: string;
			try {
				children = readFileSync(`/proc/${parent}/task/${thread}/children`, 'utf8');
			} catch {
				continue;
			}
			for (const child of children.split(/\s+/).filter(Boolean).map(Number)) {
				found.push(child);
				queue.push(child);
			}
		}
	}
	return found;
}

/** A process's resident set size in bytes (VmRSS), or `undefined` when it is gone. */
export function residentBytes(pid: number): number | undefined {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kilobytes = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
		return kilobytes === undefined ? undefined : Number(kilobytes) * 1024;
	} catch {
		return undefined;
	}
}

/** The summed resident memory of `pid` and its descendants, or `undefined` without /proc. */
export function treeResidentBytes(pid: number): number | undefined {
	const own = residentBytes(pid);
	if (own === undefined) return undefined;
	return descendants(pid).reduce((sum, child) => sum + (residentBytes(child) ?? 0), own);
}
