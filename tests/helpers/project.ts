import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { baseHandbook } from './handbook.ts';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');

/** Writes the base handbook (with changes) to a fresh temporary project folder. */
export function writeProject(changes: Record<string, string | undefined> = {}): {
	root: string;
	remove: () => void;
} {
	const root = mkdtempSync(join(tmpdir(), 'handbook-'));
	for (const [path, contents] of Object.entries({ ...baseHandbook(), ...changes })) {
		if (contents === undefined) continue;
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), contents);
	}
	return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Runs `scripts/validate.ts` as a user would, with Node 24 from node_modules. */
export function runValidate(args: string[], env: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'validate.ts'), ...args], {
		encoding: 'utf8',
		env: { PATH: process.env['PATH'] ?? '', ...env },
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs the Astro CLI from the repository with a pinned date and no telemetry, as CI would.
 * `env` adds or overrides variables such as HANDBOOK_CONTENT_DIR or HANDBOOK_BASE.
 */
export function runAstro(args: string[], env: Record<string, string> = {}) {
	const result = spawnSync(
		process.execPath,
		[join(REPO_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), ...args],
		{
			cwd: REPO_ROOT,
			encoding: 'utf8',
			env: {
				PATH: process.env['PATH'] ?? '',
				HANDBOOK_TODAY: '2026-11-23',
				ASTRO_TELEMETRY_DISABLED: '1',
				...env,
			},
		},
	);
	return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}
