/** The machine and software a benchmark ran on, for results that can be compared and reproduced. */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import type { Machine } from './results.ts';

const version = (root: string, name: string): string => {
	try {
		const manifest = JSON.parse(
			readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'),
		) as { version?: string };
		return manifest.version ?? 'unknown';
	} catch {
		return 'not installed';
	}
};

/** Linux's distribution name when it has one ("Debian GNU/Linux 12 (bookworm)"), else the kernel. */
function operatingSystem(): string {
	const kernel = `${type()} ${release()}`;
	if (!existsSync('/etc/os-release')) return kernel;
	const name = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
	return name ? `${name}, ${kernel}` : kernel;
}

export function describeMachine(root: string): Machine {
	return {
		cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
		cores: availableParallelism(),
		memoryBytes: totalmem(),
		os: operatingSystem(),
		node: process.version,
		astro: version(root, 'astro'),
		starlight: version(root, '@astrojs/starlight'),
	};
}
