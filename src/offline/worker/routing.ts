/**
 * How the service worker answers each request: pure decisions on URLs, tested without a browser.
 * Cache keys are site-absolute paths without query strings, since a static site serves the same
 * file whatever the query (the SLA clock keeps its state in `?severity=…&start=…`, Pagefind adds
 * `?ts=…` to its entry file).
 */

/** The parts of a `Request` the decision needs. */
export interface RequestFacts {
	url: string;
	method: string;
	/** `Request.mode`: `navigate` for page loads. */
	mode: string;
	/** Whether a `Range` header is present (media seeking); those are never answered from the cache. */
	range: boolean;
}

/** Where the worker runs: its origin and scope path. */
export interface Scope {
	origin: string;
	/** The site's base path with leading and trailing `/`. */
	path: string;
}

/**
 * - `pass`: not the worker's business (other origins, other methods, outside the site); the
 *   browser fetches as if there were no worker.
 * - `page`: a page load; network first, the saved copy when the network fails or is slow.
 * - `saved`: a file saved on install or an immutable asset; the saved copy first.
 * - `runtime`: anything else on the site; network first, saved on success for later.
 */
export type Strategy =
	| { kind: 'pass' }
	| { kind: 'page'; key: string }
	| { kind: 'saved'; key: string }
	| { kind: 'runtime'; key: string };

/** Folders whose files never change under the same name (hashed) or change only with a deploy. */
const SAVED_FOLDERS = ['_astro/', 'pagefind/'];

/** The cache key for a page: `/x/index.html` and `/x/` are the same page. */
export function pageKey(pathname: string): string {
	return pathname.endsWith('/index.html') ? pathname.slice(0, -'index.html'.length) : pathname;
}

/**
 * The directory form of a page address typed without its trailing slash (`/runbooks/db-down`
 * → `/runbooks/db-down/`), or `undefined` when the address names a file or already ends in `/`.
 */
export function withSlash(pathname: string): string | undefined {
	if (pathname.endsWith('/')) return undefined;
	const last = pathname.slice(pathname.lastIndexOf('/') + 1);
	return last.includes('.') ? undefined : `${pathname}/`;
}

/** Decides how to answer `request`; `saved` holds the keys of every precached URL. */
export function strategyFor(
	request: RequestFacts,
	scope: Scope,
	saved: ReadonlySet<string>,
): Strategy {
	if (request.method !== 'GET' || request.range) return { kind: 'pass' };
	let url: URL;
	try {
		url = new URL(request.url);
	} catch {
		return { kind: 'pass' };
	}
	if (url.origin !== scope.origin || !url.pathname.startsWith(scope.path)) return { kind: 'pass' };
	// The browser checks the worker script for updates itself; never answer it from a cache.
	if (url.pathname === `${scope.path}sw.js`) return { kind: 'pass' };
	if (request.mode === 'navigate') return { kind: 'page', key: pageKey(url.pathname) };
	const key = url.pathname;
	const inFolder = SAVED_FOLDERS.some((folder) => key.startsWith(`${scope.path}${folder}`));
	if (saved.has(key) || inFolder) return { kind: 'saved', key };
	return { kind: 'runtime', key };
}

/** Where the fallback pages live. */
export interface Fallbacks {
	scope: string;
	offlinePage: string;
	notFoundPage: string;
}

/**
 * The page to show for an address with no saved copy while the network is unreachable. Every
 * alert link is saved on install, so an unknown one under `alerts/` gets the 404 page, which
 * says no runbook claims that alert and suggests close names; anything else gets the page that
 * says it was not saved on this device.
 */
export function fallbackFor(
	pathname: string,
	{ scope, offlinePage, notFoundPage }: Fallbacks,
): string {
	const alerts = `${scope}alerts/`;
	return pathname.startsWith(alerts) && pathname.length > alerts.length
		? notFoundPage
		: offlinePage;
}
