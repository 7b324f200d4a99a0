import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleWorker } from './bundle.ts';
import { listBuiltFiles } from './files.ts';
import { buildManifest, workerConfig, type OfflineManifest } from './manifest.ts';
import { CONFIG_GLOBAL } from './worker/config.ts';

export interface WriteOptions {
	/** The built site (Astro's `dist/`). */
	dir: string;
	/** The site's base path (HANDBOOK_BASE). */
	base: string;
	/** `false` writes the worker that removes saved copies instead. @default true */
	enabled?: boolean;
}

export interface WriteResult {
	/** The file written: `<dir>/sw.js`. */
	file: string;
	/** What the worker saves; absent when offline support is off. */
	manifest?: OfflineManifest;
}

const HEADER =
	'// The Incident Handbook’s service worker, written by the build (src/offline/). Do not edit.\n';

/**
 * Writes `sw.js` into a built site: the manifest of everything to save on a device, then the
 * worker's code. Run after every other step of the build has written its files (the search
 * index included), since the manifest lists and hashes what is there.
 */
export async function writeServiceWorker({
	dir,
	base,
	enabled = true,
}: WriteOptions): Promise<WriteResult> {
	const file = join(dir, 'sw.js');
	if (!enabled) {
		writeFileSync(file, `${HEADER}${await bundleWorker('retire')}`);
		return { file };
	}
	const code = await bundleWorker('sw');
	const manifest = buildManifest(listBuiltFiles(dir), { base, workerCode: code });
	const { entries, ...rest } = workerConfig(manifest);
	// One entry per line, so the file reads well in the browser's developer tools.
	const json = JSON.stringify(rest).replace(
		/}$/,
		`,"entries":[\n${entries.map((entry) => JSON.stringify(entry)).join(',\n')}\n]}`,
	);
	writeFileSync(file, `${HEADER}self.${CONFIG_GLOBAL} = ${json};\n${code}`);
	return { file, manifest };
}

/** Whether the built site has a search index for the worker to save. */
export const hasSearchIndex = (dir: string): boolean =>
	existsSync(join(dir, 'pagefind', 'pagefind.js'));
