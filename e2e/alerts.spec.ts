import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expectNoSevereAxeViolations, THEMES } from './helpers/axe.ts';
import { validateJson } from '../src/tools/alerts/json-schema.ts';
import type { JsonSchema } from '../src/tools/alerts/schema.ts';

/*
 * Alert deep links, the alert list, the 404 page for unknown alerts and the runbook index, on
 * the built site. Alert names and runbooks come from the content, so the tests follow it.
 */
interface Runbook {
	slug: string;
	title: string;
	alerts: string[];
}
const RUNBOOKS: Runbook[] = readdirSync('src/content/runbooks')
	.filter((file) => /\.mdx?$/.test(file))
	.map((file) => {
		const text = readFileSync(`src/content/runbooks/${file}`, 'utf8');
		const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as {
			title: string;
			alerts?: string[];
		};
		return { slug: file.replace(/\.mdx?$/, ''), title: data.title, alerts: data.alerts ?? [] };
	});
const ALERTS = RUNBOOKS.flatMap((runbook) => runbook.alerts.map((name) => ({ name, runbook })));
/** The alert the tests follow, and the runbook that claims it. */
const { name: ALERT, runbook: RUNBOOK } = ALERTS.find((alert) => alert.name === 'SiteDown')!;
/** The same name with a typo: no runbook claims it. */
const TYPO = 'SiteDwn';

const landing = new RegExp(`/runbooks/${RUNBOOK.slug}/#quick-diagnosis$`);
const quickDiagnosis = (page: Page) =>
	page.getByRole('heading', { level: 2, name: 'Quick Diagnosis' });
const unknownAlert = (page: Page) => page.locator('alert-not-found [data-alert]');

for (const javaScriptEnabled of [true, false]) {
	test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });

		test('an alert deep link lands on the runbook at Quick Diagnosis', async ({ page }) => {
			await page.goto(`/alerts/${ALERT}/`);
			await expect(page).toHaveURL(landing);
			await expect(page.getByRole('heading', { level: 1, name: RUNBOOK.title })).toBeAttached();
			await expect(quickDiagnosis(page)).toBeInViewport();
		});

		test('the 404 page links to the alert list', async ({ page }) => {
			const response = await page.goto(`/alerts/${TYPO}/`);
			expect(response?.status()).toBe(404);
			await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
			await page.locator('main').getByRole('link', { name: 'All alerts' }).click();
			await expect(page).toHaveURL(/\/alerts\/$/);
		});
	});
}

test('every alert page redirects with a meta refresh, a canonical link and a visible link', async ({
	request,
}) => {
	for (const { name, runbook } of ALERTS) {
		const response = await request.get(`/alerts/${encodeURIComponent(name)}/`);
		expect(response.status(), name).toBe(200);
		const html = await response.text();
		const target = `/runbooks/${runbook.slug}/#quick-diagnosis`;
		expect(html, name).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
		expect(html, name).toMatch(
			new RegExp(`<link rel="canonical" href="https?://[^"]+/runbooks/${runbook.slug}/">`),
		);
		expect(html, name).toContain('<meta name="robots" content="noindex">');
		expect(html, name).toContain(`<a href="${target}">Open the runbook: ${runbook.title}</a>`);
		expect(html.length, `${name}: a redirect page stays tiny`).toBeLessThan(4000);
	}
});

test.describe('the alert page itself', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

	test('shows its runbook, severity and services, and fits a phone', async ({ page }) => {
		// Answering the meta refresh with 204 No Content keeps the browser on the alert page, to
		// read what it shows for a split second.
		await page.route('**/runbooks/**', (route) => route.fulfill({ status: 204 }));
		const longest = [...ALERTS].sort((a, b) => b.name.length - a.name.length)[0]!;
		for (const { name, runbook } of [{ name: ALERT, runbook: RUNBOOK }, longest]) {
			await page.goto(`/alerts/${name}/`, { waitUntil: 'domcontentloaded' });
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
			await expect(page).toHaveTitle(`${name}: ${runbook.title}`);
			await expect(
				page.getByRole('link', { name: `Open the runbook: ${runbook.title}` }),
			).toBeVisible();
			await expect(page.locator('dt', { hasText: 'Severity' })).toBeVisible();
			await expect(page.locator('dt', { hasText: 'Services' })).toBeVisible();
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
			).toBe(0);
		}
	});
});

test('/alerts/ lists every alert by name with its runbook, severity and services', async ({
	page,
}) => {
	await page.goto('/alerts/');
	const rows = page.locator('main table tbody tr');
	await expect(rows).toHaveCount(ALERTS.length);
	const names = await rows.locator('th').allTextContents();
	// By name without regard to case, in code-point order (the same on every machine).
	const key = (name: string) => `${name.toLowerCase()}\u0000${name}`;
	const expected = ALERTS.map((alert) => alert.name).sort((a, b) =>
		key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0,
	);
	expect(names.map((name) => name.trim())).toEqual(expected);
	const row = rows.filter({ has: page.locator('th', { hasText: new RegExp(`^${ALERT}$`) }) });
	await expect(row.getByRole('link', { name: RUNBOOK.title })).toHaveAttribute(
		'href',
		`/runbooks/${RUNBOOK.slug}/`,
	);
	await expect(row.locator('.severity-badge')).toBeVisible();
	await row.getByRole('link', { name: ALERT }).click();
	await expect(page).toHaveURL(landing);
});

test.describe('an unknown alert', () => {
	test('shows the closest alert names as links to their deep links', async ({ page }) => {
		await page.goto(`/alerts/${TYPO}/`);
		await expect(unknownAlert(page)).toBeVisible();
		await expect(unknownAlert(page).getByRole('heading', { level: 2 })).toHaveText(
			`No runbook claims alert “${TYPO}”`,
		);
		await expect(page).toHaveTitle(new RegExp(`^No runbook for alert “${TYPO}”`));
		const suggestions = unknownAlert(page).locator('[data-suggestions] li a');
		await expect(suggestions.first()).toHaveText(ALERT);
		await suggestions.first().click();
		await expect(page).toHaveURL(landing);
	});

	test('suggests names that share words with the one asked for', async ({ page }) => {
		await page.goto('/alerts/DiskFul/');
		const suggestions = unknownAlert(page).locator('[data-suggestions] li');
		await expect(suggestions.first()).toBeVisible();
		const names = await suggestions.allTextContents();
		expect(names.length).toBeGreaterThan(0);
		for (const name of names) expect(ALERTS.map((alert) => alert.name)).toContain(name);
		expect(names.some((name) => /Full$/.test(name))).toBe(true);
	});

	test('offers to search the handbook for the name', async ({ page }) => {
		await page.goto('/alerts/HTTPProbe/');
		const offer = unknownAlert(page).getByRole('button', {
			name: 'Search the handbook for “HTTPProbe”',
		});
		await offer.click();
		const dialog = page.locator('site-search dialog');
		await expect(dialog).toBeVisible();
		const input = dialog.getByRole('searchbox').or(dialog.locator('input[type="text"]')).first();
		await expect(input).toHaveValue('HTTPProbe');
		await expect(input).toBeFocused();
		await expect(dialog.getByRole('link', { name: RUNBOOK.title }).first()).toBeVisible();
	});

	test('is shown as text, never as markup', async ({ page }) => {
		const name = '<img src=x onerror="window.hacked=1">';
		await page.goto(`/alerts/${encodeURIComponent(name)}/`);
		await expect(unknownAlert(page).getByRole('heading', { level: 2 })).toHaveText(
			`No runbook claims alert “${name}”`,
		);
		await expect(page.locator('main img')).toHaveCount(0);
		expect(await page.evaluate(() => 'hacked' in window)).toBe(false);
	});

	test('any other unknown address gets the plain 404', async ({ page }) => {
		const response = await page.goto('/no-such-page/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
		await expect(unknownAlert(page)).toBeHidden();
	});
});

test('/alerts/ and the unknown-alert 404 fit a 360 px phone', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	const sideways = () =>
		page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	await page.goto('/alerts/');
	expect(await sideways()).toBe(0);
	await page.goto(`/alerts/${TYPO}/`);
	await expect(unknownAlert(page)).toBeVisible();
	expect(await sideways()).toBe(0);
});

test.describe('accessibility', () => {
	for (const theme of THEMES) {
		test(`/alerts/ and the unknown-alert 404 have no serious or critical axe violations (${theme})`, async ({
			page,
		}) => {
			await page.emulateMedia({ colorScheme: theme });
			await page.goto('/alerts/');
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			await expectNoSevereAxeViolations(page);
			await page.goto(`/alerts/${TYPO}/`);
			await expect(unknownAlert(page).locator('[data-suggestions] li').first()).toBeVisible();
			await expectNoSevereAxeViolations(page);
		});
	}

	test('the 404 search offer works from the keyboard', async ({ page }) => {
		await page.goto(`/alerts/${TYPO}/`);
		const offer = unknownAlert(page).getByRole('button', { name: /^Search the handbook/ });
		await offer.focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('site-search dialog')).toBeVisible();
		await expect(page.locator('site-search dialog input').first()).toHaveValue(TYPO);
	});
});

test('/api/runbooks.json holds every runbook and conforms to its published schema', async ({
	request,
}) => {
	const schemaResponse = await request.get('/api/runbooks.schema.json');
	expect(schemaResponse.ok()).toBe(true);
	const schema = (await schemaResponse.json()) as JsonSchema;
	expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
	expect(schema['$id']).toMatch(/^https?:\/\/.+\/api\/runbooks\.schema\.json$/);

	const response = await request.get('/api/runbooks.json');
	expect(response.ok()).toBe(true);
	const index = (await response.json()) as {
		version: number;
		runbooks: Array<{
			slug: string;
			title: string;
			url: string;
			quickDiagnosisUrl: string;
			alerts: Array<{ name: string; url: string }>;
		}>;
	};
	expect(validateJson(index, schema)).toEqual([]);
	expect(index.runbooks.map((runbook) => runbook.slug).sort()).toEqual(
		RUNBOOKS.map((runbook) => runbook.slug).sort(),
	);
	for (const runbook of index.runbooks) {
		const source = RUNBOOKS.find((candidate) => candidate.slug === runbook.slug)!;
		expect(runbook.title).toBe(source.title);
		expect(runbook.alerts.map((alert) => alert.name)).toEqual(source.alerts);
		// Every URL in the index opens a real page.
		for (const url of [runbook.url, ...runbook.alerts.map((alert) => alert.url)])
			expect((await request.get(url)).status(), url).toBe(200);
		const [page, fragment] = runbook.quickDiagnosisUrl.split('#');
		expect(await (await request.get(page!)).text()).toContain(`id="${fragment}"`);
	}
});
