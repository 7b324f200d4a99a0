import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoSevereAxeViolations, THEMES } from './helpers/axe.ts';

/*
 * The quick finder on the built site, where the home page embeds it. Expectations come from the
 * finder data the build wrote (the starter runbooks), so nothing here names a runbook.
 */
interface Row {
	s: string;
	t: string;
	a?: string[];
	y?: string[];
}
const data = JSON.parse(readFileSync('dist/api/finder.json', 'utf8')) as { r: Row[] };
const withAlerts = data.r.filter((row) => (row.a ?? []).length > 0);
const target = withAlerts[Math.floor(withAlerts.length / 2)]!;
const alert = target.a![0]!;

/** A runbook with a symptom, and three consecutive words of it that no other symptom shares. */
function distinctivePhrase(): { row: Row; phrase: string } {
	for (const row of data.r)
		for (const symptom of row.y ?? []) {
			const words = symptom.split(/\s+/).filter((word) => /^[a-z]{4,}$/i.test(word));
			for (let index = 0; index + 2 < words.length; index++) {
				const phrase = words.slice(index, index + 3).join(' ');
				const holders = data.r.filter((other) =>
					(other.y ?? []).some((text) => text.toLowerCase().includes(phrase.toLowerCase())),
				);
				if (holders.length === 1) return { row, phrase };
			}
		}
	throw new Error('No runbook has a distinctive symptom phrase');
}
const symptom = distinctivePhrase();

const ROUTE = '/';
const finder = (page: Page) => page.locator('quick-finder').first();
const combobox = (page: Page) => finder(page).getByRole('combobox');
const listbox = (page: Page) => finder(page).getByRole('listbox');
const options = (page: Page) => listbox(page).getByRole('option');
const quickDiagnosis = (slug: string) => new RegExp(`/runbooks/${slug}/#quick-diagnosis$`);

/** Every request the page makes for the finder's data. */
function watchDataRequests(page: Page): string[] {
	const seen: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('/api/finder.json')) seen.push(request.url());
	});
	return seen;
}

test('keyboard only: / focuses, type an alert, ArrowDown, Enter lands on Quick Diagnosis', async ({
	page,
}) => {
	await page.goto(ROUTE);
	const input = combobox(page);
	await expect(input).toHaveAttribute('aria-expanded', 'false');
	await page.keyboard.press('/');
	await expect(input).toBeFocused();
	await expect(input).toHaveValue('');

	await page.keyboard.type(alert);
	await expect(input).toHaveAttribute('aria-expanded', 'true');
	await expect(options(page).first()).toContainText(target.t);
	await expect(options(page).first()).toContainText(alert);
	await expect(options(page).first()).toHaveAttribute('href', quickDiagnosis(target.s));
	// The list is the one the combobox controls.
	const listId = await listbox(page).getAttribute('id');
	await expect(input).toHaveAttribute('aria-controls', listId!);

	await page.keyboard.press('ArrowDown');
	const first = options(page).first();
	await expect(first).toHaveAttribute('aria-selected', 'true');
	await expect(input).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
	await expect(input).toBeFocused();

	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(quickDiagnosis(target.s));
	await expect(page.locator('#quick-diagnosis')).toBeInViewport();
});

test('arrows wrap around, Escape closes the list and then clears the input', async ({ page }) => {
	await page.goto(ROUTE);
	await combobox(page).focus();
	await page.keyboard.type(alert.slice(0, 2));
	// Results for the first keystroke can show before those for the second: wait for the list
	// to settle rather than counting the first render.
	await expect.poll(() => options(page).count()).toBeGreaterThan(1);
	expect(await options(page).count()).toBeLessThanOrEqual(8);

	await page.keyboard.press('ArrowUp');
	await expect(options(page).last()).toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('ArrowDown');
	await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
	await expect(listbox(page).locator('[aria-selected="true"]')).toHaveCount(1);

	await page.keyboard.press('Escape');
	await expect(combobox(page)).toHaveAttribute('aria-expanded', 'false');
	await expect(listbox(page)).toBeHidden();
	await expect(combobox(page)).toHaveValue(alert.slice(0, 2));
	await page.keyboard.press('ArrowDown');
	await expect(combobox(page)).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('Escape');
	await page.keyboard.press('Escape');
	await expect(combobox(page)).toHaveValue('');
	await expect(listbox(page)).toBeHidden();
});

test('Enter without choosing opens the first result', async ({ page }) => {
	await page.goto(ROUTE);
	await page.keyboard.press('/');
	await page.keyboard.type(alert.toLowerCase());
	await expect(options(page).first()).toHaveAttribute('href', quickDiagnosis(target.s));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(quickDiagnosis(target.s));
});

test('a symptom finds its runbook, and a click opens it', async ({ page }) => {
	await page.goto(ROUTE);
	await combobox(page).click();
	await combobox(page).fill(symptom.phrase);
	const option = listbox(page).locator(`[data-slug="${symptom.row.s}"]`);
	await expect(option).toBeVisible();
	await expect(option).toContainText('Symptom:');
	await option.click();
	await expect(page).toHaveURL(quickDiagnosis(symptom.row.s));
});

test('/ does nothing while typing in another text field', async ({ page }) => {
	await page.goto(ROUTE);
	await page.evaluate(() => {
		const field = document.createElement('textarea');
		field.setAttribute('aria-label', 'Scratch');
		document.querySelector('main')?.prepend(field);
	});
	const scratch = page.getByRole('textbox', { name: 'Scratch' });
	await scratch.focus();
	await page.keyboard.type('a/b');
	await expect(scratch).toHaveValue('a/b');
	await expect(combobox(page)).not.toBeFocused();
});

test('the data is not requested before the finder is used', async ({ page }) => {
	const requests = watchDataRequests(page);
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	await page.goto(ROUTE);
	await page.waitForLoadState('networkidle');
	expect(requests).toEqual([]);
	const before = scripts.length;

	await combobox(page).focus();
	await expect(finder(page)).toHaveAttribute('data-state', 'ready');
	expect(requests).toHaveLength(1);
	// The search code (with fuse.js) came with the data, not with the page.
	expect(scripts.length).toBeGreaterThan(before);

	// Cached in memory: more typing and a second focus fetch nothing more.
	await page.keyboard.type(alert);
	await expect(options(page).first()).toBeVisible();
	await page.keyboard.press('Tab');
	await combobox(page).focus();
	expect(requests).toHaveLength(1);
});

test('a slow first load says Loading…, and Enter pressed meanwhile opens the first result', async ({
	page,
}) => {
	let release: () => void = () => undefined;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/api/finder.json', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto(ROUTE);
	await page.keyboard.press('/');
	await page.keyboard.type(alert);
	await expect(finder(page).getByRole('status')).toHaveText('Loading…');
	await page.keyboard.press('Enter');
	release();
	await expect(page).toHaveURL(quickDiagnosis(target.s));
});

test('once loaded it works offline', async ({ page, context }) => {
	await page.goto(ROUTE);
	await combobox(page).focus();
	await expect(finder(page)).toHaveAttribute('data-state', 'ready');
	await context.setOffline(true);
	await page.keyboard.type(alert);
	await expect(options(page).first()).toHaveAttribute('href', quickDiagnosis(target.s));
	await context.setOffline(false);
});

test('offline before the first load: a clear message, then it recovers', async ({
	page,
	context,
}) => {
	await page.goto(ROUTE);
	await page.waitForLoadState('networkidle');
	await context.setOffline(true);
	await combobox(page).focus();
	await page.keyboard.type(alert);
	await expect(finder(page).getByRole('status')).toContainText('could not load');
	await expect(finder(page).getByRole('link', { name: 'Browse all runbooks' })).toBeVisible();
	await expect(finder(page).getByRole('link', { name: 'All alerts' })).toBeVisible();
	await expect(listbox(page)).toBeHidden();

	await context.setOffline(false);
	await page.keyboard.press('Backspace');
	await expect(finder(page)).toHaveAttribute('data-state', 'ready');
	await page.keyboard.type(alert.slice(-1));
	await expect(options(page).first()).toHaveAttribute('href', quickDiagnosis(target.s));
	await expect(finder(page).getByRole('link', { name: 'Browse all runbooks' })).toBeHidden();
});

test('a query that matches nothing says so and offers the catalog', async ({ page }) => {
	await page.goto(ROUTE);
	await combobox(page).focus();
	await expect(finder(page)).toHaveAttribute('data-state', 'ready');
	await page.keyboard.type('zzqxv');
	await expect(finder(page).getByRole('status')).toHaveText('No runbook matches “zzqxv”.');
	await expect(combobox(page)).toHaveAttribute('aria-expanded', 'false');
	await expect(finder(page).getByRole('link', { name: 'Browse all runbooks' })).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the input is hidden; links to the catalog and the alerts are shown', async ({ page }) => {
		await page.goto(ROUTE);
		await expect(finder(page).getByRole('combobox')).toBeHidden();
		await expect(finder(page).getByRole('link', { name: 'Browse all runbooks' })).toHaveAttribute(
			'href',
			'/runbooks/',
		);
		await expect(finder(page).getByRole('link', { name: 'All alerts' })).toHaveAttribute(
			'href',
			'/alerts/',
		);
	});
});

test('on a 360 px phone the results fit the screen and a tap opens one', async ({ browser }) => {
	const context = await browser.newContext({
		viewport: { width: 360, height: 740 },
		hasTouch: true,
		isMobile: true,
	});
	const page = await context.newPage();
	await page.goto(ROUTE);
	await combobox(page).tap();
	await combobox(page).fill(symptom.phrase);
	const option = listbox(page).locator(`[data-slug="${symptom.row.s}"]`);
	await expect(option).toBeVisible();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
	);
	expect(overflow).toBeLessThanOrEqual(0);
	const box = await option.boundingBox();
	expect(box!.height).toBeGreaterThanOrEqual(44);
	await option.tap();
	await expect(page).toHaveURL(quickDiagnosis(symptom.row.s));
	await context.close();
});

for (const theme of THEMES) {
	test(`axe: no serious or critical violations with results open (${theme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: theme });
		await page.goto(ROUTE);
		await combobox(page).focus();
		await page.keyboard.type(alert.slice(0, 3));
		await expect(finder(page)).toHaveAttribute('data-results', 'complete');
		await page.keyboard.press('ArrowDown');
		await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
		await expectNoSevereAxeViolations(page);
	});
}

test.describe('in the runbook catalog', () => {
	const CATALOG = '/runbooks/';

	test('/ focuses the finder; an alert name and Enter open its Quick Diagnosis', async ({
		page,
	}) => {
		await page.goto(CATALOG);
		await page.keyboard.press('/');
		await expect(combobox(page)).toBeFocused();
		await page.keyboard.type(alert);
		await expect(options(page).first()).toHaveAttribute('href', quickDiagnosis(target.s));
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(quickDiagnosis(target.s));
	});

	for (const theme of THEMES)
		test(`axe: the finder with results open has no serious or critical violations (${theme})`, async ({
			page,
		}) => {
			await page.emulateMedia({ colorScheme: theme });
			await page.goto(CATALOG);
			await combobox(page).focus();
			await page.keyboard.type(symptom.phrase);
			await expect(finder(page)).toHaveAttribute('data-results', 'complete');
			await page.keyboard.press('ArrowDown');
			const results = await new AxeBuilder({ page }).include('quick-finder').analyze();
			expect(
				results.violations
					.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
					.map((violation) => violation.id),
			).toEqual([]);
		});
});
