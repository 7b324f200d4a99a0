/**
 * What the build tells the service worker, written at the top of `sw.js` as
 * `self.__HANDBOOK_OFFLINE__`. Shared by the build (which writes it) and the worker (which reads
 * it); nothing here may import Node or browser-only modules.
 */
export interface WorkerConfig {
	/** Names the cache: `handbook-<version>`. */
	version: string;
	/** The site's base path with leading and trailing `/`. */
	scope: string;
	/** Shown for a page never saved on this device while the network is unreachable. */
	offlinePage: string;
	/** The site's 404 page, shown offline for an unknown alert link. */
	notFoundPage: string;
	/** `[url, revision]` for every URL saved on install. */
	entries: Array<[url: string, revision: string]>;
}

/** The global `sw.js` sets before the worker's code runs. */
export const CONFIG_GLOBAL = '__HANDBOOK_OFFLINE__';

/**
 * The start of every cache name of the handbook served at `scope`. Caches belong to the origin,
 * which two handbooks can share (project sites on GitHub Pages: `/team-a/`, `/team-b/`); each
 * worker deletes only its own old versions, and never another application's caches.
 */
export const cachePrefix = (scope: string): string => `handbook:${scope}:`;

/** The cache for one version of the handbook at `scope`: `handbook:/:3fa2c81b9e07`. */
export const cacheName = (scope: string, version: string): string =>
	`${cachePrefix(scope)}${version}`;

/** Headers stored with each saved response. */
export const HEADERS = {
	/** When the copy was saved, ISO 8601 UTC. */
	cachedAt: 'x-handbook-cached-at',
	/** The revision of the copy's contents, compared with the manifest's at the next deploy. */
	revision: 'x-handbook-revision',
} as const;

/** Why a page comes from the device rather than the network. */
export type CachedReason = 'offline' | 'slow' | 'server-error' | 'missing';

/** Attributes the worker adds to `<html>` of a page it serves from the cache. */
export const PAGE_ATTRIBUTES = {
	cachedAt: 'data-offline-cached-at',
	reason: 'data-offline-reason',
} as const;

/** How long a page load waits for the network before the worker shows the saved copy. */
export const NETWORK_TIMEOUT_MS = 3000;

/** Hex digits of a file's SHA-256 that make its revision. */
export const REVISION_LENGTH = 12;
