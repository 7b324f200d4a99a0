import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { offlineEnabled } from './config.ts';
import { formatBytes } from './manifest.ts';
import { hasSearchIndex, writeServiceWorker } from './write.ts';

/**
 * Offline support: after the build (and after Starlight has written the search index), writes
 * `sw.js`, the service worker that saves the handbook on each device that visits it; and adds
 * `/offline/`, the page shown for an address that was never saved while the network is down.
 * Pages register the worker from src/components/OfflineStatus.astro.
 *
 * List it after Starlight in `integrations`: hooks run in that order, and the worker must see
 * the search index.
 */
export function handbookOffline(): AstroIntegration {
	let base = '/';
	return {
		name: 'incident-handbook:offline',
		hooks: {
			'astro:config:setup': ({ config, injectRoute }) => {
				base = config.base;
				injectRoute({
					pattern: '/offline',
					entrypoint: new URL('./OfflinePage.astro', import.meta.url),
					prerender: true,
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const enabled = offlineEnabled();
				const { manifest } = await writeServiceWorker({ dir: out, base, enabled });
				if (!manifest) {
					logger.info(
						'Offline support is off (HANDBOOK_OFFLINE): sw.js removes saved copies from devices.',
					);
					return;
				}
				if (!hasSearchIndex(out))
					logger.warn('No search index in the build: search will not work offline.');
				logger.info(
					`sw.js saves ${manifest.entries.length} files (${formatBytes(manifest.totalBytes)}) on each device for offline use; version ${manifest.version}.`,
				);
			},
		},
	};
}
