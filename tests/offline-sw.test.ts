import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { writeServiceWorker } from '../src/offline/write.ts';
import { cacheName, HEADERS, NETWORK_TIMEOUT_MS } from '../src/offline/worker/config.ts';

/*
 * The real `sw.js`, as the build writes it, run in a simulated service worker: an in-memory
 * Cache Storage, a scripted network and hand-driven timers. The browser end to end is in
 * e2e/offline.spec.ts; here every path is checked, including the slow and failing network.
 */

const ORIGIN = 'https://handbook.example.com';
const resolve = (key: string | Request) =>
	new URL(typeof key === 'string' ? key : key.url, ORIGIN).href;

/** A stored copy of a response, as Cache Storage keeps one. */
async function copy(response: Response): Promise<Response> {
	const body = await response.arrayBuffer();
	const { status, statusText, headers } = response;
	return new Response(body, { status, statusText, headers });
}

class MemoryCache {
	readonly entries = new Map<string, Response>();
	async match(key: string | Request): Promise<Response | undefined> {
		const hit = this.entries.get(resolve(key));
		return hit?.clone();
	}
	async put(key: string | Request, response: Response): Promise<void> {
		this.entries.set(resolve(key), await copy(response));
	}
}

class MemoryCaches {
	readonly stores = new Map<string, MemoryCache>();
	async open(name: string): Promise<MemoryCache> {
		if (!this.stores.has(name)) this.stores.set(name, new MemoryCache());
		return this.stores.get(name)!;
	}
	async keys(): Promise<string[]> {
		return [...this.stores.keys()];
	}
	async delete(name: string): Promise<boolean> {
		return this.stores.delete(name);
	}
}

type Network = (url: string) => Promise<Response>;

interface FakeRequest {
	url: string;
	method: string;
	mode: string;
	headers: Headers;
	cache?: string;
}

/** The worker running on a scripted network; `network` can be swapped at any time. */
class Harness {
	readonly caches: MemoryCaches;
	readonly fetched: string[] = [];
	readonly timers: Array<() => void> = [];
	readonly events: string[] = [];
	network: Network = () => Promise.reject(new TypeError('Failed to fetch'));
	private readonly listeners = new Map<string, (event: unknown) => void>();

	constructor(code: string, caches = new MemoryCaches()) {
		this.caches = caches;
		const context: Record<string, unknown> = {
			Response,
			Request: class {
				readonly url: string;
				readonly cache: string | undefined;
				constructor(url: string, init: { cache?: string } = {}) {
					this.url = resolve(url);
					this.cache = init.cache;
				}
			},
			Headers,
			URL,
			Uint8Array,
			Error,
			crypto,
			caches,
			location: { origin: ORIGIN },
			registration: { navigationPreload: { enable: async () => undefined } },
			clients: { claim: async () => void this.events.push('claim') },
			skipWaiting: async () => void this.events.push('skipWaiting'),
			addEventListener: (type: string, listener: (event: unknown) => void) =>
				this.listeners.set(type, listener),
			fetch: (request: string | FakeRequest) => {
				const url = resolve(typeof request === 'string' ? request : request.url);
				this.fetched.push(new URL(url).pathname);
				return this.network(url);
			},
			setTimeout: (callback: () => void) => this.timers.push(callback),
			clearTimeout: () => undefined,
		};
		context['self'] = context;
		runInNewContext(code, context);
	}

	/** Dispatches install or activate; resolves or rejects as the worker's waitUntil does. */
	async lifecycle(type: 'install' | 'activate'): Promise<void> {
		const pending: Array<Promise<unknown>> = [];
		this.listeners.get(type)!({ waitUntil: (promise: Promise<unknown>) => pending.push(promise) });
		await Promise.all(pending);
	}

	/** Dispatches a fetch; `undefined` when the worker leaves it to the browser. */
	fetch(
		path: string,
		mode = 'navigate',
	): { response: Promise<Response> | undefined; settled: Promise<unknown> } {
		let response: Promise<Response> | undefined;
		const pending: Array<Promise<unknown>> = [];
		const request: FakeRequest = {
			url: resolve(path),
			method: 'GET',
			mode,
			headers: new Headers(),
		};
		this.listeners.get('fetch')!({
			request,
			preloadResponse: Promise.resolve(undefined),
			respondWith: (value: Promise<Response>) => (response = Promise.resolve(value)),
			waitUntil: (promise: Promise<unknown>) => pending.push(promise),
		});
		const settled = (async () => {
			await response?.catch(() => undefined);
			// waitUntil may be called while the response is being made.
			await new Promise((done) => setImmediate(done));
			await Promise.allSettled(pending);
		})();
		return { response, settled };
	}

	/** Fires the pending timers, as time passing would. */
	elapse(): void {
		for (const timer of this.timers.splice(0)) timer();
	}
}

const html = (title: string) =>
	`<!doctype html><html lang="en"><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`;

/** A small built site; `files` maps paths to contents. */
const SITE: Record<string, string> = {
	'index.html': html('Home'),
	'404.html': html('Page not found'),
	'offline/index.html': html('Not saved on this device'),
	'runbooks/index.html': html('Runbooks'),
	'runbooks/disk/index.html': html('Disk filling up'),
	'incidents/2026-01-01-outage/index.html': html('Outage'),
	'alerts/DiskFull/index.html': html('Alert DiskFull'),
	'api/finder.json': '{"r":[]}',
	'_astro/page.abc123.js': 'console.log(1)',
	'pagefind/pagefind-entry.json': '{}',
};

const TYPES: Record<string, string> = {
	html: 'text/html; charset=utf-8',
	json: 'application/json',
	js: 'text/javascript',
};

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'handbook-sw-'));
	for (const [path, text] of Object.entries(SITE)) write(path, text);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, text: string) {
	mkdirSync(dirname(join(dir, path)), { recursive: true });
	writeFileSync(join(dir, path), text);
}

/** The server for the site in `dir`, as it is now. */
const server: Network = async (url) => {
	const path = new URL(url).pathname.slice(1);
	const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
	try {
		const body = readFileSync(join(dir, file));
		return new Response(body, {
			headers: { 'content-type': TYPES[file.split('.').pop()!] ?? 'application/octet-stream' },
		});
	} catch {
		return new Response(readFileSync(join(dir, '404.html')), {
			status: 404,
			headers: { 'content-type': TYPES['html']! },
		});
	}
};
/** A response as a browser gives a same-origin fetch: type "basic" (Node's are "default"). */
class BasicResponse extends Response {
	override get type(): ResponseType {
		return 'basic';
	}
	override clone(): Response {
		const { status, statusText, headers } = this;
		return new BasicResponse(super.clone().body, { status, statusText, headers });
	}
}
const basic =
	(network: Network): Network =>
	async (url) => {
		const response = await network(url);
		const { status, statusText, headers } = response;
		return new BasicResponse(response.body, { status, statusText, headers });
	};
const online = basic(server);
const offline: Network = () => Promise.reject(new TypeError('Failed to fetch'));

/** Writes sw.js for the site as it is now and returns its code and version. */
async function build(base = '/') {
	const { file, manifest } = await writeServiceWorker({ dir, base });
	return { code: readFileSync(file, 'utf8'), version: manifest!.version, manifest: manifest! };
}

/** A worker that has installed and activated on the site as it is now. */
async function installed(caches?: MemoryCaches) {
	const { code, version } = await build();
	const worker = new Harness(code, caches);
	worker.network = online;
	await worker.lifecycle('install');
	await worker.lifecycle('activate');
	worker.fetched.length = 0;
	return { worker, version };
}

const text = async (response: Promise<Response> | undefined) => (await response!).text();

describe('writing sw.js', () => {
	it('lists the site’s files with revisions and runs the worker’s code after', async () => {
		const { code, manifest } = await build();
		expect(code.startsWith('// The Incident Handbook’s service worker')).toBe(true);
		expect(code).toContain(`self.__HANDBOOK_OFFLINE__ = {"version":"${manifest.version}"`);
		const urls = manifest.entries.map((entry) => entry.url);
		expect(urls).toContain('/runbooks/disk/');
		expect(urls).not.toContain('/incidents/2026-01-01-outage/');
		expect(urls).not.toContain('/sw.js');
	});

	it('writes the same file for an unchanged site, and a new version when a page changes', async () => {
		const first = await build();
		const again = await build();
		expect(again.code).toBe(first.code);
		write('runbooks/disk/index.html', html('Disk filling up, revised'));
		expect((await build()).version).not.toBe(first.version);
	});

	it('respects the base path', async () => {
		const { manifest } = await build('/handbook/');
		expect(manifest.scope).toBe('/handbook/');
		expect(manifest.entries.every((entry) => entry.url.startsWith('/handbook/'))).toBe(true);
	});

	it('with offline support off, writes a worker that removes saved copies', async () => {
		const { file, manifest } = await writeServiceWorker({ dir, base: '/', enabled: false });
		expect(manifest).toBeUndefined();
		const code = readFileSync(file, 'utf8');
		expect(code).not.toContain('__HANDBOOK_OFFLINE__');

		const caches = new MemoryCaches();
		await caches.open('handbook:/:old');
		await caches.open('handbook:/team-b/:0123');
		await caches.open('someone-else');
		const events: string[] = [];
		const listeners = new Map<string, (event: unknown) => void>();
		runInNewContext(code, {
			caches,
			URL,
			registration: {
				scope: `${ORIGIN}/`,
				unregister: async () => void events.push('unregister'),
			},
			skipWaiting: async () => void events.push('skipWaiting'),
			addEventListener: (type: string, listener: (event: unknown) => void) =>
				listeners.set(type, listener),
		});
		for (const type of ['install', 'activate']) {
			const pending: Array<Promise<unknown>> = [];
			listeners.get(type)!({ waitUntil: (promise: Promise<unknown>) => pending.push(promise) });
			await Promise.all(pending);
		}
		// Only this handbook's copies: another handbook on the same origin keeps its own.
		expect(await caches.keys()).toEqual(['handbook:/team-b/:0123', 'someone-else']);
		expect(events).toEqual(['skipWaiting', 'unregister']);
	});
});

describe('install and activate', () => {
	it('saves every listed file with the time and its revision, then takes over', async () => {
		const { code, version, manifest } = await build();
		const worker = new Harness(code);
		worker.network = online;
		await worker.lifecycle('install');
		expect(worker.events).toEqual(['skipWaiting']);
		const cache = worker.caches.stores.get(cacheName('/', version))!;
		expect(cache.entries.size).toBe(manifest.entries.length);
		for (const entry of manifest.entries) {
			const saved = await cache.match(entry.url);
			expect(saved?.headers.get(HEADERS.revision), entry.url).toBe(entry.revision);
			expect(saved?.headers.get(HEADERS.cachedAt)).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/);
		}
		await worker.lifecycle('activate');
		expect(worker.events).toEqual(['skipWaiting', 'claim']);
	});

	it('fails the install, without taking over, when a file cannot be saved', async () => {
		const { code } = await build();
		const worker = new Harness(code);
		worker.network = basic(async (url) =>
			url.endsWith('/runbooks/disk/') ? new Response('', { status: 500 }) : server(url),
		);
		await expect(worker.lifecycle('install')).rejects.toThrow(
			'Saving /runbooks/disk/ for offline use failed: HTTP 500.',
		);
		expect(worker.events).toEqual([]);
	});

	it('a new version downloads only changed files and removes the old cache on activate', async () => {
		const { worker: old, version: oldVersion } = await installed();
		await old.caches.open('another-app');
		await old.caches.open('handbook:/team-b/:0123');
		write('runbooks/disk/index.html', html('Disk filling up, revised'));
		const { code, version } = await build();
		const worker = new Harness(code, old.caches);
		worker.network = online;
		await worker.lifecycle('install');
		expect(worker.fetched).toEqual(['/runbooks/disk/']);
		expect(await worker.caches.keys()).toEqual(
			expect.arrayContaining([cacheName('/', oldVersion), cacheName('/', version)]),
		);
		await worker.lifecycle('activate');
		expect((await worker.caches.keys()).sort()).toEqual(
			['another-app', 'handbook:/team-b/:0123', cacheName('/', version)].sort(),
		);
		worker.network = offline;
		expect(await text(worker.fetch('/runbooks/disk/').response)).toContain(
			'Disk filling up, revised',
		);
	});

	it('a retried install keeps what an interrupted one saved', async () => {
		const { code } = await build();
		const worker = new Harness(code);
		worker.network = basic(async (url) =>
			url.endsWith('/runbooks/disk/') ? Promise.reject(new TypeError('offline')) : server(url),
		);
		await expect(worker.lifecycle('install')).rejects.toThrow();
		// Downloads already under way finish; none starts after the failure.
		await new Promise((done) => setTimeout(done, 20));
		const retry = new Harness(code, worker.caches);
		retry.network = online;
		await retry.lifecycle('install');
		expect(retry.fetched).toEqual(['/runbooks/disk/']);
	});
});

describe('page loads', () => {
	it('online: the network’s page, saved for later', async () => {
		const { worker, version } = await installed();
		write('runbooks/disk/index.html', html('Fresher than the saved copy'));
		const { response, settled } = worker.fetch('/runbooks/disk/');
		expect(await text(response)).toBe(html('Fresher than the saved copy'));
		await settled;
		const saved = await worker.caches.stores.get(cacheName('/', version))!.match('/runbooks/disk/');
		expect(await saved!.text()).toBe(html('Fresher than the saved copy'));
	});

	it('offline: the saved copy, marked with when it was saved and why it is shown', async () => {
		const { worker } = await installed();
		worker.network = offline;
		const page = await text(worker.fetch('/runbooks/disk/?from=alert').response);
		expect(page).toMatch(
			/^<!doctype html><html data-offline-reason="offline" data-offline-cached-at="\d{4}-[^"]+Z" lang="en">/,
		);
		expect(page).toContain('<h1>Disk filling up</h1>');
	});

	it('a server error: the saved copy, saying so', async () => {
		const { worker } = await installed();
		worker.network = basic(async () => new Response('Bad gateway', { status: 502 }));
		expect(await text(worker.fetch('/runbooks/disk/').response)).toContain(
			'data-offline-reason="server-error"',
		);
		// A server error with nothing saved is passed on as it is.
		const missing = await worker.fetch('/incidents/2026-01-01-outage/').response!;
		expect(missing.status).toBe(502);
	});

	it(`a network slower than ${NETWORK_TIMEOUT_MS / 1000} s: the saved copy, then the fresh page saved when it arrives`, async () => {
		const { worker, version } = await installed();
		let arrive: (response: Response) => void = () => undefined;
		worker.network = () => new Promise((done) => (arrive = done));
		const { response, settled } = worker.fetch('/runbooks/disk/');
		await new Promise((done) => setImmediate(done));
		worker.elapse();
		expect(await text(response)).toContain('data-offline-reason="slow"');
		arrive(
			new BasicResponse(html('Arrived late'), { headers: { 'content-type': TYPES['html']! } }),
		);
		await settled;
		const saved = await worker.caches.stores.get(cacheName('/', version))!.match('/runbooks/disk/');
		expect(await saved!.text()).toBe(html('Arrived late'));
	});

	it('offline, never saved: the not-saved page, or the 404 page for an unknown alert', async () => {
		const { worker } = await installed();
		worker.network = offline;
		const incident = await text(worker.fetch('/incidents/2026-01-01-outage/').response);
		expect(incident).toContain('<h1>Not saved on this device</h1>');
		expect(incident).toContain('data-offline-reason="missing"');
		expect(await text(worker.fetch('/alerts/NoSuchAlert/').response)).toContain(
			'<h1>Page not found</h1>',
		);
		// A saved alert link is the alert page itself.
		expect(await text(worker.fetch('/alerts/DiskFull/').response)).toContain('Alert DiskFull');
	});

	it('offline, an address without its trailing slash: a redirect to the saved page', async () => {
		const { worker } = await installed();
		worker.network = offline;
		const response = await worker.fetch('/runbooks/disk?x=1').response!;
		expect(response.status).toBe(301);
		expect(response.headers.get('location')).toBe(`${ORIGIN}/runbooks/disk/?x=1`);
	});

	it('offline with nothing saved at all: a plain message, not a browser error', async () => {
		const { code } = await build();
		const worker = new Harness(code);
		const response = await worker.fetch('/runbooks/disk/').response!;
		expect(response.status).toBe(503);
		expect(await response.text()).toBe(
			'You are offline, and this page is not saved on this device.',
		);
	});
});

describe('other requests', () => {
	it('saved files and hashed assets come from the cache, without the network', async () => {
		const { worker } = await installed();
		worker.network = online;
		expect(await text(worker.fetch('/api/finder.json', 'cors').response)).toBe('{"r":[]}');
		expect(await text(worker.fetch('/pagefind/pagefind-entry.json?ts=1', 'cors').response)).toBe(
			'{}',
		);
		expect(await text(worker.fetch('/_astro/page.abc123.js', 'cors').response)).toBe(
			'console.log(1)',
		);
		expect(worker.fetched).toEqual([]);
	});

	it('anything else: the network, saved so it works offline later', async () => {
		const { worker } = await installed();
		write('api/incidents.json', '{"incidents":[]}');
		const { response, settled } = worker.fetch('/api/incidents.json', 'cors');
		expect(await text(response)).toBe('{"incidents":[]}');
		await settled;
		worker.network = offline;
		expect(await text(worker.fetch('/api/incidents.json', 'cors').response)).toBe(
			'{"incidents":[]}',
		);
		await expect(worker.fetch('/api/never-fetched.json', 'cors').response).rejects.toThrow(
			'Failed to fetch',
		);
	});

	it('failed or partial responses are never saved', async () => {
		const { worker, version } = await installed();
		worker.network = basic(async () => new Response('gone', { status: 404 }));
		await worker.fetch('/api/gone.json', 'cors').settled;
		await worker.fetch('/incidents/2026-01-01-outage/').settled;
		const cache = worker.caches.stores.get(cacheName('/', version))!;
		expect(await cache.match('/api/gone.json')).toBeUndefined();
		expect(await cache.match('/incidents/2026-01-01-outage/')).toBeUndefined();
	});

	it('leaves other origins to the browser', async () => {
		const { worker } = await installed();
		expect(worker.fetch('https://cdn.example.org/lib.js', 'cors').response).toBeUndefined();
	});
});
