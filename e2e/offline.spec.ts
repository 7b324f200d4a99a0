import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { parse } from 'yaml';
import { cacheName } from '../src/offline/worker/config.ts';
import { formatSavedAt, UPDATE_MESSAGE } from '../src/offline/status.ts';
import { writeServiceWorker } from '../src/offline/write.ts';
import { expectNoSevereAxeViolations, THEMES } from './helpers/axe.ts';

/*
 * Offline support on the built site: after one visit the service worker has saved the handbook,
 * and with the network cut (context.setOffline) runbooks, checklists, handbook pages, the SLA
 * clock, the site search and the quick finder still work. A deploy replaces the saved copy; a
 * deploy that cannot be saved completely leaves the old copy serving. Expectations come from
 * the content and the build, so nothing here names a document the starter content could drop.
 */

test.use({ serviceWorkers: 'allow' });

interface Frontmatter {
	title: string;
	alerts?: string[];
	severity?: string;
}

/** Every document of a collection, with its slug and frontmatter. */
function collection(dir: string): Array<Frontmatter & { slug: string }> {
	return readdirSync(dir)
		.filter((name) => /\.mdx?$/.test(name))
		.sort()
		.map((name) => {
			const text = readFileSync(join(dir, name), 'utf8');
			const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Frontmatter;
			return { slug: name.replace(/\.mdx?$/, ''), ...data };
		});
}

const runbooks = collection('src/content/runbooks').filter((runbook) => runbook.alerts?.length);
/** Opened offline without a visit: saved on install, not by browsing. */
const unvisited = runbooks[0]!;
/** Found through the site search, offline. */
const searched = runbooks.at(-1)!;
/** Found through the quick finder, offline. */
const found = runbooks[Math.floor(runbooks.length / 2)]!;
const checklist = collection('src/content/maintenance')[0]!;
const incident = collection('src/content/incidents')[0]!;
const handbookPage = collection('src/content/docs/handbook')[0]!;

const { levels } = parse(readFileSync('src/content/severity/incident.yaml', 'utf8')) as {
	levels: Array<{ id: string; targets?: { acknowledge?: string } }>;
};
const level = levels.find((candidate) => candidate.targets?.acknowledge)!;

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const banner = (page: Page) => page.locator('offline-status .offline-banner');
/** The version of the saved site that the build in `dist/` writes. */
const builtVersion = () => /"version":"([0-9a-f]+)"/.exec(readFileSync('dist/sw.js', 'utf8'))![1]!;

/**
 * Opens `url` and waits until the service worker has saved the site and controls the page:
 * the state a responder's browser is in after one visit.
 */
async function visitOnce(page: Page, url = '/'): Promise<string[]> {
	await page.goto(url);
	return page.evaluate(async () => {
		const container = navigator.serviceWorker;
		await container.ready;
		if (!container.controller)
			await new Promise((resolve) =>
				container.addEventListener('controllerchange', resolve, { once: true }),
			);
		return caches.keys();
	});
}

const cacheKeys = (page: Page) => page.evaluate(() => caches.keys());

/** What the page knows about Starlight's search loading, for a failure message. */
function searchState(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const idle = await new Promise<string>((resolve) => {
			setTimeout(() => resolve('no idle callback within 2 s'), 2_000);
			requestIdleCallback(() => resolve('idle callbacks run'));
		});
		const scripts = performance
			.getEntriesByType('resource')
			.map((entry) => entry.name.replace(location.origin, ''))
			.filter((name) => /search|ui-core|pagefind/i.test(name));
		return JSON.stringify({
			readyState: document.readyState,
			searchChildren: document.querySelector('#starlight__search')?.childElementCount,
			controlled: Boolean(navigator.serviceWorker.controller),
			idle,
			scripts,
		});
	});
}

test.describe(() => {
	// Twice in about fifteen full runs on a loaded two-core machine, Starlight's search box never
	// appeared in the dialog, with no page error and no failed request; 30 repeats of this test
	// alone, under load, never failed. Until the cause is known, the failure message carries the
	// page's state, and one retry keeps it from blocking CI: Playwright lists a retried pass as
	// flaky, so it stays visible.
	test.describe.configure({ retries: 1 });

	test('after one visit, runbooks, checklists, handbook pages, search and the finder work offline', async ({
		page,
		context,
	}) => {
		test.slow();
		const pageProblems: string[] = [];
		page.on('pageerror', (error) => pageProblems.push(error.message));
		page.on('requestfailed', (request) =>
			pageProblems.push(`${request.url()}: ${request.failure()?.errorText}`),
		);
		page.on('console', (message) => {
			if (message.type() === 'error' || message.type() === 'warning')
				pageProblems.push(`console ${message.type()}: ${message.text()}`);
		});
		expect(await visitOnce(page)).toEqual([cacheName('/', builtVersion())]);
		await context.setOffline(true);

		// A runbook never opened, with its first diagnosis command.
		await page.goto(`/runbooks/${unvisited.slug}/`);
		await expect(heading(page)).toHaveText(unvisited.title);
		await expect(
			page.locator('#quick-diagnosis ~ * pre, #quick-diagnosis + * pre').first(),
		).toBeAttached();
		await expect(banner(page)).toContainText('You are offline. This is the copy saved on');

		// An alert deep link, as an alerting tool sends it, lands on its runbook.
		await page.goto(`/alerts/${unvisited.alerts![0]}/`);
		await expect(page).toHaveURL(new RegExp(`/runbooks/${unvisited.slug}/#quick-diagnosis$`));
		await expect(heading(page)).toHaveText(unvisited.title);

		// A checklist whose ticks survive a reload.
		await page.goto(`/maintenance/${checklist.slug}/`);
		await expect(heading(page)).toHaveText(checklist.title);
		const box = page
			.locator('checklist-tracker li.task-list-item > input[type="checkbox"]')
			.first();
		await box.check();
		await page.reload();
		await expect(box).toBeChecked();

		// A handbook page, and from it the site search: Ctrl+K, an alert name, its runbook first.
		await page.goto(`/handbook/${handbookPage.slug}/`);
		await expect(heading(page)).toHaveText(handbookPage.title);
		await expect(page.getByRole('button', { name: 'Search' }).first()).toBeEnabled();
		await page.keyboard.press('Control+k');
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await expect(dialog).toBeVisible();
		const input = dialog.locator('.pagefind-ui__search-input');
		// Pagefind's interface loads when the browser is idle, which can take a while on a busy
		// machine. If it never comes, say what the page reported: a file missing from the saved copy
		// shows up here as a failed import.
		await expect(input)
			.toBeVisible({ timeout: 30_000 })
			.catch(async (error: Error) => {
				throw new Error(
					`${error.message}\nThe page reported: ${pageProblems.join(' | ') || 'nothing'}\nState: ${await searchState(page)}`,
				);
			});
		await input.fill(searched.alerts![0]!);
		const first = dialog
			.locator('.pagefind-ui__result')
			.first()
			.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title a');
		await expect(first).toContainText(searched.title);
		await first.click();
		await expect(heading(page)).toHaveText(searched.title);

		// The quick finder on the home page: its data comes from the saved copy too.
		await page.goto('/');
		await page.keyboard.press('/');
		await page.keyboard.type(found.alerts![0]!);
		const option = page.locator('quick-finder').first().getByRole('option').first();
		await expect(option).toContainText(found.title);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`/runbooks/${found.slug}/#quick-diagnosis$`));
		await expect(heading(page)).toHaveText(found.title);
	});
});

test('the SLA clock works offline and keeps its state over a reload', async ({ page, context }) => {
	await visitOnce(page);
	await context.setOffline(true);
	await page.goto('/tools/sla-clock/');
	const clock = page.locator('sla-clock');
	await clock.getByLabel('Severity', { exact: true }).selectOption(level.id);
	await page.getByRole('button', { name: 'Mark acknowledged now' }).click();
	const acknowledged = await clock.getByLabel('Acknowledged at').inputValue();
	expect(acknowledged).not.toBe('');
	await page.reload();
	await expect(clock.getByLabel('Severity', { exact: true })).toHaveValue(level.id);
	await expect(clock.getByLabel('Acknowledged at')).toHaveValue(acknowledged);
	await expect(clock.locator('.sla-target').filter({ hasText: 'Acknowledge' })).toContainText(
		'Met after',
	);
	// The bare address, as after closing the tab: the clock comes back from localStorage.
	await page.goto('/tools/sla-clock/');
	await expect(clock.getByLabel('Acknowledged at')).toHaveValue(acknowledged);
	await expect(banner(page)).toContainText('You are offline.');
});

test('a saved page says how old it is; pages never saved say so', async ({ page, context }) => {
	await visitOnce(page);
	await context.setOffline(true);
	await page.goto(`/runbooks/${unvisited.slug}/`);
	const savedAt = Date.parse((await page.locator('html').getAttribute('data-offline-cached-at'))!);
	expect(savedAt).not.toBeNaN();
	await expect(banner(page)).toHaveText(
		new RegExp(
			`^You are offline\\. This is the copy saved on ${formatSavedAt(savedAt)} \\((just now|1 minute old)\\)\\.`,
		),
	);

	// Three hours later, by the page's clock.
	await page.clock.setFixedTime(savedAt + 3 * 3_600_000 + 60_000);
	await page.reload();
	await expect(banner(page).locator('p')).toHaveText(
		`You are offline. This is the copy saved on ${formatSavedAt(savedAt)} (3 hours old).`,
	);
	await expect(banner(page).getByRole('button', { name: 'Reload' })).toBeVisible();

	// A post-mortem never read: not saved, and the page says what does work offline.
	await page.goto(`/incidents/${incident.slug}/`);
	await expect(heading(page)).toHaveText('Not saved on this device');
	await expect(page).toHaveURL(new RegExp(`/incidents/${incident.slug}/$`));
	await expect(page.getByText('this address is not saved on this device')).toBeVisible();
	// The page says it all: no banner repeats it.
	await expect(banner(page)).toHaveCount(0);
	await page.getByRole('link', { name: 'Runbooks' }).first().click();
	await expect(heading(page)).toHaveText('Runbooks');

	// An alert name no runbook claims: the 404 page's help, as online.
	await page.goto('/alerts/NoSuchAlertAnywhere/');
	await expect(page.getByText('No runbook claims alert')).toBeVisible();
});

test('the offline banner is keyboard-dismissable and accessible in both themes', async ({
	page,
	context,
}) => {
	await visitOnce(page);
	await context.setOffline(true);
	for (const theme of THEMES) {
		await page.goto(`/runbooks/${unvisited.slug}/`);
		await page.evaluate((value) => {
			localStorage.setItem('starlight-theme', value);
			document.documentElement.dataset['theme'] = value;
		}, theme);
		await expect(banner(page)).toBeVisible();
		await expect(page.locator('offline-status [role="status"]')).toContainText('You are offline.');
		await expectNoSevereAxeViolations(page);
	}
	const dismiss = banner(page).getByRole('button', { name: 'Dismiss' });
	await dismiss.focus();
	await page.keyboard.press('Enter');
	await expect(banner(page)).toHaveCount(0);
	await expect(heading(page)).toBeFocused();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('pages render in full and show no offline banner', async ({ page }) => {
		await page.goto(`/runbooks/${unvisited.slug}/`);
		await expect(heading(page)).toHaveText(unvisited.title);
		await expect(page.locator('offline-status')).toHaveText('');
	});
});

/* ---------------------------------------------------------------------------------------------
 * Deploys, against a copy of the build served by a small server of this test's own, so the
 * shared dist/ and preview server stay untouched.
 */

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
};

interface Site {
	dir: string;
	origin: string;
	/** Paths requested since the last `requests.length = 0`. */
	requests: string[];
	/** When set, every request gets this status, as from a proxy whose origin is down. */
	failWith?: number;
	/** When set, answers wait this long, as on a bad network. */
	delayMs?: number;
	server: Server;
}

/** A file's contents, or `undefined` when it cannot be read. */
function read(file: string): Buffer | undefined {
	try {
		return readFileSync(file);
	} catch {
		return undefined;
	}
}

/** Serves `dir` as a static host does: directories as their index.html, 404.html otherwise. */
async function serve(dir: string): Promise<Site> {
	const requests: string[] = [];
	const site: Site = { dir, origin: '', requests, server: createServer(answer) };
	async function answer(request: IncomingMessage, response: ServerResponse) {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		requests.push(path);
		if (site.delayMs) await new Promise((done) => setTimeout(done, site.delayMs));
		if (site.failWith) {
			response.writeHead(site.failWith, { 'content-type': 'text/plain' });
			response.end('Bad gateway');
			return;
		}
		const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
		const found = file.startsWith(dir) ? read(file) : undefined;
		// The browser may still ask after the test has removed the folder: answer, never throw.
		const body = found ?? read(join(dir, '404.html')) ?? Buffer.from('Not found');
		response.writeHead(found ? 200 : 404, {
			'content-type': (found ? TYPES[extname(file)] : TYPES['.html']) ?? 'application/octet-stream',
			'cache-control': 'no-cache',
		});
		response.end(body);
	}
	await new Promise<void>((resolve) => site.server.listen(0, '127.0.0.1', resolve));
	site.origin = `http://127.0.0.1:${(site.server.address() as AddressInfo).port}`;
	return site;
}

/** Asks the browser to check for a new worker now, as it does on the next page load. */
async function checkForUpdate(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.getRegistration();
		await registration?.update().catch(() => undefined);
	});
}

/** Loads `url` with the network cut, then restores it. */
async function offlineText(context: BrowserContext, page: Page, url: string): Promise<string> {
	await context.setOffline(true);
	await page.goto(url);
	const text = (await heading(page).textContent()) ?? '';
	await context.setOffline(false);
	return text.trim();
}

test.describe('on a server of the test’s own', () => {
	let site: Site;
	test.beforeEach(async () => {
		const dir = mkdtempSync(join(tmpdir(), 'handbook-offline-'));
		cpSync('dist', dir, { recursive: true });
		site = await serve(dir);
	});
	test.afterEach(async () => {
		site.server.closeAllConnections();
		await new Promise((resolve) => site.server.close(resolve));
		rmSync(site.dir, { recursive: true, force: true });
	});

	test('a new build’s pages replace the saved ones, downloading only what changed', async ({
		page,
		context,
	}) => {
		test.slow();
		const url = `${site.origin}/runbooks/${unvisited.slug}/`;
		const [oldCache] = await visitOnce(page, `${site.origin}/`);
		expect(await offlineText(context, page, url)).toBe(unvisited.title);

		// Deploy: one runbook changes, and the build writes a new worker.
		const file = join(site.dir, 'runbooks', unvisited.slug, 'index.html');
		const revised = `${unvisited.title} (revised)`;
		writeFileSync(file, readFileSync(file, 'utf8').replaceAll(unvisited.title, revised));
		const { manifest } = await writeServiceWorker({ dir: site.dir, base: '/' });
		expect(cacheName('/', manifest!.version)).not.toBe(oldCache);

		await page.goto(`${site.origin}/`);
		site.requests.length = 0;
		await checkForUpdate(page);
		await expect(banner(page).locator('p')).toHaveText(UPDATE_MESSAGE);
		await expect.poll(() => cacheKeys(page)).toEqual([cacheName('/', manifest!.version)]);
		// Unchanged files came from the old cache: only the worker and the changed page were fetched.
		expect(new Set(site.requests)).toEqual(new Set(['/sw.js', `/runbooks/${unvisited.slug}/`]));

		// The banner's Reload, by keyboard, loads the page under the new version.
		await banner(page).getByRole('button', { name: 'Reload' }).focus();
		await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
		await expect(banner(page)).toHaveCount(0);

		expect(await offlineText(context, page, url)).toBe(revised);
	});

	test('a deploy that cannot be saved completely leaves the old copy serving', async ({
		page,
		context,
	}) => {
		test.slow();
		const url = `${site.origin}/runbooks/${unvisited.slug}/`;
		const [oldCache] = await visitOnce(page, `${site.origin}/`);

		const file = join(site.dir, 'runbooks', unvisited.slug, 'index.html');
		writeFileSync(file, readFileSync(file, 'utf8').replaceAll(unvisited.title, 'Half-deployed'));
		await writeServiceWorker({ dir: site.dir, base: '/' });
		// The changed page, which the new worker must download, is missing from the server.
		rmSync(file);

		const failed = await page.evaluate(async () => {
			const registration = (await navigator.serviceWorker.getRegistration())!;
			await registration.update().catch(() => undefined);
			const installing = registration.installing;
			if (!installing) return 'no new worker';
			return new Promise<string>((resolve) =>
				installing.addEventListener('statechange', () => {
					if (installing.state === 'redundant' || installing.state === 'activated')
						resolve(installing.state);
				}),
			);
		});
		expect(failed).toBe('redundant');
		expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
		expect(await cacheKeys(page)).toContain(oldCache);
		expect(await offlineText(context, page, url)).toBe(unvisited.title);
	});

	test('when the handbook’s server fails or is slow, the saved copy says why', async ({ page }) => {
		await visitOnce(page, `${site.origin}/`);
		const url = `${site.origin}/runbooks/${unvisited.slug}/`;

		site.failWith = 502;
		await page.goto(url);
		await expect(heading(page)).toHaveText(unvisited.title);
		await expect(banner(page).locator('p')).toHaveText(
			/^The handbook’s server answered with an error\. This is the copy saved on .+ \((just now|1 minute old)\)\.$/,
		);

		delete site.failWith;
		site.delayMs = 10_000;
		await page.goto(url);
		await expect(heading(page)).toHaveText(unvisited.title);
		await expect(banner(page).locator('p')).toHaveText(
			/^The network did not answer within 3 seconds\. This is the copy saved on /,
		);
	});
});
