import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from './parse/source.ts';
import { loadHandbookConfig } from './config.ts';
import { validateSources, type Report } from './engine.ts';

export interface ValidateProjectOptions {
	/** Project root (the folder with `handbook.config.json` and `src/`). */
	root: string;
	today: string;
	strict?: boolean;
	/** Environment for `HANDBOOK_TIME_RULES`. @default {} */
	env?: NodeJS.ProcessEnv;
	/** @default "src/content" */
	contentDir?: string;
}

/** Reads a project from disk and validates it. The only part of the engine that does I/O. */
export function validateProject({
	root,
	today,
	strict = false,
	env = {},
	contentDir = 'src/content',
}: ValidateProjectOptions): Report {
	const { config, problems } = loadHandbookConfig(root, env);
	const sources: SourceFile[] = listFiles(join(root, contentDir)).map((absolute) => ({
		path: toPosix(relative(root, absolute)),
		contents: readFileSync(absolute),
	}));
	const publicDir = join(root, 'public');
	const publicFiles = listFiles(publicDir).map(
		(absolute) => `/${toPosix(relative(publicDir, absolute))}`,
	);
	return validateSources(sources, {
		today,
		config,
		strict,
		contentDir,
		publicFiles,
		initialProblems: problems,
	});
}

/** Every file below a folder; a missing folder is simply empty. Dotfiles are skipped. */
function listFiles(folder: string): string[] {
	let entries;
	try {
		entries = readdirSync(folder, { withFileTypes: true, recursive: true });
	} catch {
		return [];
	}
	return entries
		.filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

function toPosix(path: string): string {
	return path.split(sep).join('/');
}
