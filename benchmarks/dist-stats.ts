/** Sizes in a built site: document pages, the whole output, the search index. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The HTML size of each document page under a folder of the site, such as every
 * `runbooks/<slug>/index.html`, keyed by slug. The folder's own index (the catalog) is not included.
 */
export function documentPageSizes(distDir: string, folder: string): Map<string, number> {
	const sizes = new Map<string, number>();
	const root = join(distDir, folder);
	if (!existsSync(root)) return sizes;
	for (const entry of readdirSync(root, { withFileTypes: true })) {
		if (!entry.isDirectory()) continue;
		const page = join(root, entry.name, 'index.html');
		if (existsSync(page)) sizes.set(entry.name, statSync(page).size);
	}
	return sizes;
}

/** The total size in bytes of the files below a folder (0 when it does not exist). */
export function directoryBytes(folder: string): number {
	if (!existsSync(folder)) return 0;
	let total = 0;
	for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
		if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
	}
	return total;
}

/** How many HTML pages a built site has. */
export function htmlPageCount(distDir: string): number {
	if (!existsSync(distDir)) return 0;
	return readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((path) =>
		path.endsWith('.html'),
	).length;
}
