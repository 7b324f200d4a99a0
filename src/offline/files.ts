import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BuiltFile } from './manifest.ts';
import { byCodePoint } from '../engine/utils/compare.ts';

/** Every file under `dir` with its size and SHA-256, paths relative with `/`, sorted. */
export function listBuiltFiles(dir: string): BuiltFile[] {
	const files: BuiltFile[] = [];
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const absolute = join(entry.parentPath, entry.name);
		const contents = readFileSync(absolute);
		files.push({
			path: relative(dir, absolute).split(sep).join('/'),
			size: contents.length,
			hash: createHash('sha256').update(contents).digest('hex'),
		});
	}
	return files.sort((a, b) => byCodePoint(a.path, b.path));
}
