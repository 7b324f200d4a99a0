import { describe, expect, it } from 'vitest';
import { markCachedPage } from '../src/offline/worker/html.ts';
import {
	fallbackFor,
	pageKey,
	strategyFor,
	withSlash,
	type RequestFacts,
	type Scope,
} from '../src/offline/worker/routing.ts';

const ORIGIN = 'https://handbook.example.com';
const ROOT: Scope = { origin: ORIGIN, path: '/' };
const BASED: Scope = { origin: ORIGIN, path: '/handbook/' };
const SAVED = new Set(['/', '/runbooks/', '/api/finder.json', '/favicon.svg', '/404.html']);

const get = (path: string, extra: Partial<RequestFacts> = {}): RequestFacts => ({
	url: path.startsWith('http') ? path : `${ORIGIN}${path}`,
	method: 'GET',
	mode: 'cors',
	range: false,
	...extra,
});
const navigate = (path: string) => get(path, { mode: 'navigate' });

describe('strategyFor', () => {
	it('answers page loads network first, keyed by path without the query', () => {
		expect(strategyFor(navigate('/runbooks/'), ROOT, SAVED)).toEqual({
			kind: 'page',
			key: '/runbooks/',
		});
		expect(
			strategyFor(
				navigate('/tools/sla-clock/?severity=X1&start=2026-11-23T01:00:00Z'),
				ROOT,
				SAVED,
			),
		).toEqual({ kind: 'page', key: '/tools/sla-clock/' });
		expect(strategyFor(navigate('/runbooks/index.html'), ROOT, SAVED)).toEqual({
			kind: 'page',
			key: '/runbooks/',
		});
	});

	it('answers saved files and hashed assets from the cache first, whatever the query', () => {
		expect(strategyFor(get('/api/finder.json'), ROOT, SAVED)).toEqual({
			kind: 'saved',
			key: '/api/finder.json',
		});
		expect(strategyFor(get('/pagefind/pagefind-entry.json?ts=1763870000000'), ROOT, SAVED)).toEqual(
			{
				kind: 'saved',
				key: '/pagefind/pagefind-entry.json',
			},
		);
		// Not in this manifest, but under a folder whose files only change with a deploy.
		expect(strategyFor(get('/_astro/new.Ab12Cd34.js'), ROOT, SAVED).kind).toBe('saved');
	});

	it('answers anything else on the site network first, for saving', () => {
		expect(strategyFor(get('/api/incidents.json'), ROOT, SAVED)).toEqual({
			kind: 'runtime',
			key: '/api/incidents.json',
		});
		expect(strategyFor(get('/print/checklists.pdf'), ROOT, SAVED).kind).toBe('runtime');
	});

	it('leaves other origins, methods, ranges and the worker script to the browser', () => {
		expect(strategyFor(get('https://cdn.example.org/x.js'), ROOT, SAVED).kind).toBe('pass');
		expect(strategyFor(get('http://handbook.example.com/'), ROOT, SAVED).kind).toBe('pass');
		expect(strategyFor(get('/', { method: 'POST' }), ROOT, SAVED).kind).toBe('pass');
		expect(strategyFor(get('/', { method: 'HEAD' }), ROOT, SAVED).kind).toBe('pass');
		expect(strategyFor(get('/video.mp4', { range: true }), ROOT, SAVED).kind).toBe('pass');
		expect(strategyFor(get('/sw.js'), ROOT, SAVED).kind).toBe('pass');
		expect(strategyFor(get('not a url'), ROOT, SAVED).kind).toBe('pass');
	});

	it('under a base path, handles only the site’s own addresses', () => {
		const saved = new Set(['/handbook/api/finder.json']);
		expect(strategyFor(navigate('/handbook/runbooks/'), BASED, saved)).toEqual({
			kind: 'page',
			key: '/handbook/runbooks/',
		});
		expect(strategyFor(get('/handbook/api/finder.json'), BASED, saved).kind).toBe('saved');
		expect(strategyFor(get('/handbook/_astro/a.js'), BASED, saved).kind).toBe('saved');
		expect(strategyFor(get('/_astro/a.js'), BASED, saved).kind).toBe('pass');
		expect(strategyFor(navigate('/other-site/'), BASED, saved).kind).toBe('pass');
		expect(strategyFor(get('/handbook/sw.js'), BASED, saved).kind).toBe('pass');
	});
});

describe('pageKey and withSlash', () => {
	it('treats /x/index.html as /x/', () => {
		expect(pageKey('/x/index.html')).toBe('/x/');
		expect(pageKey('/index.html')).toBe('/');
		expect(pageKey('/x/')).toBe('/x/');
	});

	it('offers the directory form of an address typed without its slash', () => {
		expect(withSlash('/runbooks/disk-filling-up')).toBe('/runbooks/disk-filling-up/');
		expect(withSlash('/handbook')).toBe('/handbook/');
		expect(withSlash('/runbooks/')).toBeUndefined();
		expect(withSlash('/404.html')).toBeUndefined();
		expect(withSlash('/api/finder.json')).toBeUndefined();
	});
});

describe('fallbackFor', () => {
	const pages = { scope: '/h/', offlinePage: '/h/offline/', notFoundPage: '/h/404.html' };
	it('shows the 404 page for an alert link no saved page answers', () => {
		expect(fallbackFor('/h/alerts/NoSuchAlert/', pages)).toBe('/h/404.html');
	});

	it('shows the not-saved page for anything else', () => {
		expect(fallbackFor('/h/incidents/2026-01-01-x/', pages)).toBe('/h/offline/');
		expect(fallbackFor('/h/alerts/', pages)).toBe('/h/offline/');
		expect(fallbackFor('/h/', pages)).toBe('/h/offline/');
	});
});

describe('markCachedPage', () => {
	const HTML = '<!doctype html><html lang="en" dir="ltr" data-theme="dark"><head></head></html>';

	it('marks the <html> element with the reason and the time the copy was saved', () => {
		expect(markCachedPage(HTML, '2026-11-23T04:12:30.123Z', 'offline')).toBe(
			'<!doctype html><html data-offline-reason="offline" data-offline-cached-at="2026-11-23T04:12:30.123Z" lang="en" dir="ltr" data-theme="dark"><head></head></html>',
		);
	});

	it('leaves out a time that is missing or not an ISO instant, never putting it into markup', () => {
		for (const time of [null, undefined, '', '"><script>alert(1)</script>', '2026-11-23'])
			expect(markCachedPage(HTML, time, 'slow')).toBe(
				'<!doctype html><html data-offline-reason="slow" lang="en" dir="ltr" data-theme="dark"><head></head></html>',
			);
	});

	it('marks only the first <html> tag, in any case, and leaves other documents alone', () => {
		expect(
			markCachedPage('<HTML><body><code>&lt;html&gt;</code><html></body>', null, 'missing'),
		).toBe('<HTML data-offline-reason="missing"><body><code>&lt;html&gt;</code><html></body>');
		expect(markCachedPage('{"not":"html"}', null, 'offline')).toBe('{"not":"html"}');
		expect(markCachedPage('<htmlish>', null, 'offline')).toBe('<htmlish>');
	});
});
