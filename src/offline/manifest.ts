import { createHash } from 'node:crypto';
import { REVISION_LENGTH, type WorkerConfig } from './worker/config.ts';
import { byCodePoint } from '../engine/utils/compare.ts';

/**
 * The offline precache: which built files the service worker saves on a device, under which
 * URL, and the version that names the cache. Pure: the caller walks `dist/` and hashes the files
 * (src/offline/files.ts), this module decides.
 */

/** One file of the built site. */
export interface BuiltFile {
	/** Path inside the output folder, with `/` separators: `runbooks/db-down/index.html`. */
	path: string;
	/** Size in bytes. */
	size: number;
	/** The SHA-256 of the file's contents, in hex; the worker checks saved copies against it. */
	hash: string;
}

/** One URL the service worker saves on install. */
export interface PrecacheEntry {
	/** Site-absolute URL, base included: `/handbook/runbooks/db-down/`. */
	url: string;
	/** Changes exactly when the file's contents change, so an update re-downloads only those. */
	revision: string;
	/** Size in bytes, for the report. */
	size: number;
}

/** What the service worker is told about the build. */
export interface OfflineManifest {
	/** Names the cache (`handbook-<version>`); the same for an unchanged build. */
	version: string;
	/** The site's base path, with leading and trailing `/`: the worker's scope. */
	scope: string;
	/** Shown for a page that was never saved, when the network cannot be reached. */
	offlinePage: string;
	/** The site's 404 page: shown offline for an alert link no saved alert page answers. */
	notFoundPage: string;
	/** Every URL saved on install. */
	entries: PrecacheEntry[];
	/** Sum of the entries' sizes. */
	totalBytes: number;
}

/** Why a built file is left out of the precache; the first matching rule wins. */
export interface ExcludeRule {
	pattern: RegExp;
	reason: string;
}

/**
 * Files the service worker does not save on install. Everything else in the build is saved:
 * every runbook, checklist, handbook page, tool, catalog, alert link, the search index, the
 * finder data and the assets they load. Pages left out here are still saved once visited.
 */
export const EXCLUDE: readonly ExcludeRule[] = [
	{ pattern: /^sw\.js$/, reason: 'the service worker itself, which the browser fetches' },
	{ pattern: /\.map$/, reason: 'source maps, only for developers' },
	{ pattern: /^(?:sitemap[^/]*\.xml|robots\.txt)$/, reason: 'for crawlers' },
	{
		pattern: /^incidents\/[^/]+\/index\.html$/,
		reason: 'post-mortems grow without bound and are not needed to respond; saved once read',
	},
	{
		pattern: /^api\/(?!finder\.json$|runbooks\.json$)/,
		reason: 'machine-readable exports other than the finder data and the runbook index',
	},
	{ pattern: /\.pdf$/, reason: 'PDFs are written after the build and are large' },
	{ pattern: /^print\/manifest\.json$/, reason: 'for npm run pdf, not for readers' },
];

/** The base path as the worker's scope: `/`, `/handbook/`. */
export function normaliseBase(base: string): string {
	const trimmed = base.replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The URL a built file is served at: `runbooks/x/index.html` → `<base>runbooks/x/`, since the
 * site links to directories (trailing slash always); other files keep their path.
 */
export function urlFor(path: string, base: string): string {
	const scope = normaliseBase(base);
	if (path === 'index.html') return scope;
	if (path.endsWith('/index.html')) return `${scope}${path.slice(0, -'index.html'.length)}`;
	return `${scope}${path}`;
}

/** The rule that leaves `path` out of the precache, if any. */
export function excludedBy(
	path: string,
	rules: readonly ExcludeRule[] = EXCLUDE,
): ExcludeRule | undefined {
	return rules.find((rule) => rule.pattern.test(path));
}

/** A short digest of `text`. */
function digest(text: string, length: number): string {
	return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/**
 * The cache version: a digest of every precached URL with its revision, plus the worker's own
 * code, so an unchanged build keeps its version and any change (content or worker) makes a new
 * one.
 */
export function versionOf(entries: readonly PrecacheEntry[], workerCode: string): string {
	const lines = entries.map((entry) => `${entry.url} ${entry.revision}`).sort();
	return digest(`worker ${digest(workerCode, 64)}\n${lines.join('\n')}`, 12);
}

export interface ManifestOptions {
	/** The site's base path (HANDBOOK_BASE). */
	base: string;
	/** The worker's code, part of the version. */
	workerCode: string;
	/** Which files to leave out. @default EXCLUDE */
	exclude?: readonly ExcludeRule[];
}

/** The precache manifest for a build: entries sorted by URL, version and total size. */
export function buildManifest(
	files: readonly BuiltFile[],
	{ base, workerCode, exclude = EXCLUDE }: ManifestOptions,
): OfflineManifest {
	const entries = files
		.filter((file) => !excludedBy(file.path, exclude))
		.map((file) => ({
			url: urlFor(file.path, base),
			revision: file.hash.slice(0, REVISION_LENGTH),
			size: file.size,
		}))
		.sort((a, b) => byCodePoint(a.url, b.url));
	const scope = normaliseBase(base);
	return {
		version: versionOf(entries, workerCode),
		scope,
		offlinePage: `${scope}offline/`,
		notFoundPage: `${scope}404.html`,
		entries,
		totalBytes: entries.reduce((sum, entry) => sum + entry.size, 0),
	};
}

/** The part of the manifest the worker needs, as it is written into `sw.js`. */
export function workerConfig(manifest: OfflineManifest): WorkerConfig {
	return {
		version: manifest.version,
		scope: manifest.scope,
		offlinePage: manifest.offlinePage,
		notFoundPage: manifest.notFoundPage,
		entries: manifest.entries.map((entry) => [entry.url, entry.revision]),
	};
}

/** `9.4 MB`, `312 KB`: a size for people. */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
	return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
