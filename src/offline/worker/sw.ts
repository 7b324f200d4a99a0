/**
 * The handbook's service worker: keeps the whole handbook on the device so it works when the
 * network, or our own infrastructure, is down. Bundled into `dist/sw.js` by the build
 * (src/offline/write.ts), after a line that sets the build's manifest (./config.ts).
 *
 * - Install saves every URL of the manifest into a cache of its own version
 *   (`handbook:<scope>:<version>`), reusing unchanged files from the previous version's cache. Only when all of them are saved does the new worker take
 *   over; if anything fails, the old worker and its cache keep serving (the browser retries
 *   later).
 * - Activate deletes this handbook's other versions' caches and takes control of open pages.
 * - Page loads go to the network first and fall back to the saved copy when the network fails,
 *   answers with a server error or takes longer than a few seconds; a saved copy is marked so
 *   the page says it is one, and how old (./html.ts).
 * - Saved files and hashed assets are served from the cache; anything else on the site from
 *   the network, saved when it succeeds (post-mortems read once work offline afterwards).
 */
import {
	cacheName,
	cachePrefix,
	CONFIG_GLOBAL,
	HEADERS,
	NETWORK_TIMEOUT_MS,
	REVISION_LENGTH,
	type CachedReason,
	type WorkerConfig,
} from './config.ts';
import { markCachedPage } from './html.ts';
import { fallbackFor, strategyFor, withSlash } from './routing.ts';

// The DOM library has no service worker types, and the worker library clashes with it in one
// program: the few members used here, declared locally.
interface ExtendableEvent extends Event {
	waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
	readonly request: Request;
	readonly preloadResponse: Promise<Response | undefined>;
	respondWith(response: Response | Promise<Response>): void;
}
interface WorkerGlobal {
	readonly location: Location;
	readonly registration: ServiceWorkerRegistration;
	readonly clients: { claim(): Promise<void> };
	skipWaiting(): Promise<void>;
	addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
	addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const worker = globalThis as unknown as WorkerGlobal & Record<string, unknown>;
const config = worker[CONFIG_GLOBAL] as WorkerConfig;
const CACHE = cacheName(config.scope, config.version);
const OWN = cachePrefix(config.scope);
const saved = new Set(config.entries.map(([url]) => url));
const scope = { origin: worker.location.origin, path: config.scope };

/** Downloads at once while saving: enough to be quick, few enough not to choke a phone. */
const PARALLEL_DOWNLOADS = 6;

const now = () => new Date().toISOString();

/** A copy of `from` with some headers set; its body is passed on unread unless `body` is given. */
function withHeaders(
	from: Response,
	set: Record<string, string>,
	body: BodyInit | null = from.body,
): Response {
	const headers = new Headers(from.headers);
	for (const [name, value] of Object.entries(set)) headers.set(name, value);
	return new Response(body, { status: from.status, statusText: from.statusText, headers });
}

/** The revision of some contents: the start of its SHA-256, as the build writes it. */
async function revisionOf(body: ArrayBuffer): Promise<string> {
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
	const hex = Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
	return hex.slice(0, REVISION_LENGTH);
}

/**
 * `response` as saved: with the time it was saved and the revision of its contents. Any page
 * saved while browsing then counts as unchanged at the next deploy if it is, and is not
 * downloaded again.
 */
async function toSave(response: Response): Promise<Response> {
	const body = await response.arrayBuffer();
	const revision = await revisionOf(body);
	return withHeaders(response, { [HEADERS.cachedAt]: now(), [HEADERS.revision]: revision }, body);
}

/** Whether a network response may be saved: a complete, same-origin success that allows it. */
function storable(response: Response): boolean {
	return (
		response.status === 200 &&
		response.type === 'basic' &&
		!/no-store/i.test(response.headers.get('cache-control') ?? '')
	);
}

/** Saves one manifest entry, copying it from an older cache when its revision is unchanged. */
async function saveEntry(
	cache: Cache,
	older: readonly Cache[],
	[url, revision]: [string, string],
): Promise<void> {
	const current = await cache.match(url);
	// A previous, interrupted attempt at this same version already saved it.
	if (current?.headers.get(HEADERS.revision) === revision) return;
	for (const other of older) {
		const copy = await other.match(url);
		// Unchanged since it was saved, and confirmed current now: the copy's time is now.
		if (copy?.headers.get(HEADERS.revision) === revision)
			return cache.put(url, withHeaders(copy, { [HEADERS.cachedAt]: now() }));
	}
	// `no-cache`: revalidate with the server, never take a stale copy from the HTTP cache.
	const response = await fetch(new Request(url, { cache: 'no-cache', credentials: 'same-origin' }));
	if (!response.ok)
		throw new Error(`Saving ${url} for offline use failed: HTTP ${response.status}.`);
	await cache.put(url, await toSave(response));
}

/** Saves every manifest entry; rejects if any fails, which fails the install. */
async function precache(): Promise<void> {
	const cache = await caches.open(CACHE);
	const names = await caches.keys();
	const older = await Promise.all(
		names.filter((name) => name.startsWith(OWN) && name !== CACHE).map((name) => caches.open(name)),
	);
	const queue = [...config.entries];
	const download = async (): Promise<void> => {
		for (let entry = queue.shift(); entry; entry = queue.shift()) {
			try {
				await saveEntry(cache, older, entry);
			} catch (error) {
				// The install has failed: stop spending the user's data on it.
				queue.length = 0;
				throw error;
			}
		}
	};
	await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, download));
}

worker.addEventListener('install', (event) => {
	// Take over only once everything is saved: a half-saved version never serves a page.
	event.waitUntil(precache().then(() => worker.skipWaiting()));
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const names = await caches.keys();
			await Promise.all(
				names
					.filter((name) => name.startsWith(OWN) && name !== CACHE)
					.map((name) => caches.delete(name)),
			);
			// The page load starts while the worker boots, instead of after.
			await worker.registration.navigationPreload?.enable().catch(() => undefined);
			await worker.clients.claim();
		})(),
	);
});

/** Saves a successful network response for later, under `key`. */
async function remember(key: string, response: Response): Promise<void> {
	if (!storable(response)) return;
	const cache = await caches.open(CACHE);
	await cache.put(key, await toSave(response));
}

/** The saved copy of a page, marked as one for the page's script; `undefined` if none. */
async function savedPage(key: string, reason: CachedReason): Promise<Response | undefined> {
	const cache = await caches.open(CACHE);
	const response = await cache.match(key);
	if (!response) return undefined;
	if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
	const headers = new Headers(response.headers);
	headers.delete('content-length');
	const html = markCachedPage(
		await response.text(),
		response.headers.get(HEADERS.cachedAt),
		reason,
	);
	return new Response(html, { status: 200, statusText: 'OK', headers });
}

class Timeout extends Error {}

/** `promise`, or a rejection with `Timeout` if it has not settled after `ms`. */
async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const expired = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Timeout()), ms);
	});
	try {
		return await Promise.race([promise, expired]);
	} finally {
		clearTimeout(timer);
	}
}

/** The network's answer to a page load: the preloaded one when the browser started it. */
async function fromNetwork(event: FetchEvent): Promise<Response> {
	const preloaded = await event.preloadResponse;
	return preloaded ?? fetch(event.request);
}

/** A page load: network first; the saved copy when offline, slow or failing. */
async function page(event: FetchEvent, key: string): Promise<Response> {
	const network = fromNetwork(event);
	// Save fresh pages, even one that arrives after the timeout: the next offline visit gets it.
	event.waitUntil(
		network.then((response) => remember(key, response.clone())).catch(() => undefined),
	);
	let reason: CachedReason;
	try {
		const response = await withTimeout(network, NETWORK_TIMEOUT_MS);
		if (response.status < 500) return response;
		reason = 'server-error';
	} catch (error) {
		reason = error instanceof Timeout ? 'slow' : 'offline';
	}
	const copy = await savedPage(key, reason);
	if (copy) return copy;
	const url = new URL(event.request.url);
	const slashed = withSlash(key);
	if (slashed && (await (await caches.open(CACHE)).match(slashed)))
		return Response.redirect(`${url.origin}${slashed}${url.search}`, 301);
	// Nothing saved: a slow network or a failing server is still better than a made-up page.
	if (reason !== 'offline') return network;
	const fallback = await savedPage(fallbackFor(key, config), 'missing');
	return (
		fallback ??
		new Response('You are offline, and this page is not saved on this device.', {
			status: 503,
			headers: { 'content-type': 'text/plain; charset=utf-8' },
		})
	);
}

/** A saved file or hashed asset: the cache first, else the network (and save it). */
async function savedFile(event: FetchEvent, key: string): Promise<Response> {
	const cache = await caches.open(CACHE);
	const hit = await cache.match(key);
	if (hit) return hit;
	const response = await fetch(event.request);
	event.waitUntil(remember(key, response.clone()));
	return response;
}

/** Anything else on the site: the network first, the saved copy if it fails. */
async function runtime(event: FetchEvent, key: string): Promise<Response> {
	try {
		const response = await fetch(event.request);
		event.waitUntil(remember(key, response.clone()));
		return response;
	} catch (error) {
		const hit = await (await caches.open(CACHE)).match(key);
		if (hit) return hit;
		throw error;
	}
}

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	const strategy = strategyFor(
		{
			url: request.url,
			method: request.method,
			mode: request.mode,
			range: request.headers.has('range'),
		},
		scope,
		saved,
	);
	if (strategy.kind === 'page') event.respondWith(page(event, strategy.key));
	else if (strategy.kind === 'saved') event.respondWith(savedFile(event, strategy.key));
	else if (strategy.kind === 'runtime') event.respondWith(runtime(event, strategy.key));
});
