/**
 * Sets up the plain-Starlight baseline for one corpus: a copy of benchmarks/baseline/ in a scratch
 * folder, with the corpus's valid documents as ordinary docs pages in its src/content/docs/.
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { TYPE_FOLDERS } from './corpus.ts';

/** The baseline project's source, next to this file. */
export const BASELINE_TEMPLATE = join(import.meta.dirname, 'baseline');

/** Replaces `root` with the baseline project holding the documents of `contentDir`. */
export function prepareBaseline({ root, contentDir }: { root: string; contentDir: string }): void {
	rmSync(root, { recursive: true, force: true });
	cpSync(BASELINE_TEMPLATE, root, { recursive: true });
	const docs = join(root, 'src', 'content', 'docs');
	for (const folder of Object.values(TYPE_FOLDERS)) {
		const from = join(contentDir, folder);
		if (existsSync(from)) cpSync(from, join(docs, folder), { recursive: true });
	}
}
