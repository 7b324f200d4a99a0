import { expect, test, type Page } from '@playwright/test';
import { expectNoSevereAxeViolations, THEMES } from './helpers/axe.ts';

// The responder's phone: the home page must work at 360 px without sideways scrolling.
const PHONE = { width: 360, height: 740 };

/** The finder's search field (shown once its script runs). */
const finder = (page: Page) => page.locator('main quick-finder').getByRole('combobox');

const entry = (page: Page, name: RegExp) =>
	page.getByRole('navigation', { name: 'Incident tools' }).getByRole('link', { name });

const ENTRIES: Array<[RegExp, RegExp]> = [
	[/Pick the severity/, /\/tools\/severity\/$/],
	[/Start the SLA clock/, /\/tools\/sla-clock\/$/],
	[/First-response checklist/, /\/handbook\/incident-process\/#first-response-checklist$/],
	[/Communication templates/, /\/handbook\/communication\/$/],
	[/All runbooks/, /\/runbooks\/$/],
	[/All alerts/, /\/alerts\/$/],
];

test.describe('on a 360 px phone', () => {
	test.use({ viewport: PHONE });

	test('fits the screen, with the finder and the incident tools on the first screen', async ({
		page,
	}) => {
		await page.goto('/');
		const extra = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth,
		);
		expect(extra).toBeLessThanOrEqual(0);
		await expect(page.getByRole('heading', { level: 2, name: 'What’s happening?' })).toBeVisible();
		await expect(finder(page)).toBeInViewport({ ratio: 1 });
		await expect(entry(page, /Pick the severity/)).toBeInViewport({ ratio: 1 });
		await expect(entry(page, /Start the SLA clock/)).toBeInViewport({ ratio: 1 });
		// The finder comes before everything else in the content.
		const finderTop = (await finder(page).boundingBox())?.y ?? Infinity;
		const pickerTop = (await entry(page, /Pick the severity/).boundingBox())?.y ?? 0;
		expect(finderTop).toBeLessThan(pickerTop);
	});

	test('the finder finds a runbook from its alert name and opens its quick diagnosis', async ({
		page,
	}) => {
		await page.goto('/');
		await finder(page).fill('SiteDown');
		const first = page.locator('main quick-finder').getByRole('option').first();
		await expect(first).toHaveAttribute(
			'href',
			/\/runbooks\/complete-site-outage\/#quick-diagnosis$/,
		);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/runbooks\/complete-site-outage\/#quick-diagnosis$/);
	});

	test('every link and button in the page content is at least 44 px tall', async ({ page }) => {
		await page.goto('/');
		const small = await page.locator('main .home').evaluate((home) =>
			[...home.querySelectorAll<HTMLElement>('a, button, input, select')]
				.filter((element) => element.offsetParent !== null)
				.map((element) => ({
					text: (element.textContent ?? element.getAttribute('aria-label') ?? '').trim(),
					height: element.getBoundingClientRect().height,
				}))
				.filter(({ height }) => height < 44),
		);
		expect(small).toEqual([]);
	});

	test('each one-tap entry opens its page', async ({ page }) => {
		for (const [name, href] of ENTRIES) {
			await page.goto('/');
			const link = entry(page, name);
			await expect(link).toHaveAttribute('href', href);
			await link.click();
			await expect(page).toHaveURL(href);
			await expect(page.locator('h1')).toBeVisible();
			if (href.source.includes('#first-response-checklist'))
				await expect(page.locator('#first-response-checklist')).toBeInViewport();
		}
	});
});

test('every link in the page content leads to a page that exists', async ({ page, request }) => {
	await page.goto('/');
	const hrefs = await page
		.locator('main .home a[href]')
		.evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href') ?? ''))]);
	expect(hrefs.length).toBeGreaterThan(15);
	const broken: string[] = [];
	for (const href of hrefs) {
		const response = await request.get(href.replace(/#.*$/, ''));
		if (!response.ok()) broken.push(`${href} (${response.status()})`);
	}
	expect(broken).toEqual([]);
});

test('starter content: open action items are counted and none is overdue', async ({ page }) => {
	// The e2e build runs with the real date, and every open starter item is due in 2035 or later.
	await page.goto('/');
	const panel = page.getByRole('region', { name: 'Open action items' });
	const count = await panel.getByText(/\d+ open action items?/).textContent();
	expect(Number(/(\d+)/.exec(count ?? '')?.[1])).toBeGreaterThan(0);
	await expect(panel.getByText('None is overdue.')).toBeVisible();
	await expect(panel.getByText(/action items? (is|are) overdue/)).toHaveCount(0);
	await expect(panel.getByRole('heading', { name: 'Overdue' })).toHaveCount(0);
	await expect(panel.getByRole('heading', { name: 'Due next' })).toBeVisible();

	// The list is capped, soonest first, each item linking to its own row in its post-mortem.
	const items = panel.locator('li.item');
	expect(await items.count()).toBeGreaterThan(0);
	expect(await items.count()).toBeLessThanOrEqual(5);
	const dates = await items.locator('time').allTextContents();
	expect(dates).toEqual([...dates].sort());
	const first = items.first().getByRole('link');
	await expect(first).toHaveAttribute('href', /\/incidents\/[^/]+\/#action-[a-z0-9-]+$/);
	await panel.getByRole('link', { name: /see all action items|All action items/ }).click();
	await expect(page).toHaveURL(/\/action-items\/$/);

	await page.goto('/');
	const action = (await first.textContent())?.trim() ?? '';
	await first.click();
	await expect(page).toHaveURL(/#action-[a-z0-9-]+$/);
	const row = page.locator('main tr:target');
	await expect(row).toBeVisible();
	await expect(row.getByText(action, { exact: true })).toBeVisible();
});

test('runbooks due for review: a list or an empty state, never a bare heading', async ({
	page,
}) => {
	// Review counts depend on the build date, so only the shape is checked.
	await page.goto('/');
	const panel = page.getByRole('region', { name: 'Runbooks due for review' });
	const items = panel.locator('li.item');
	if ((await items.count()) === 0) {
		await expect(
			panel.getByText(/No runbook is due for review in the next \d+ days\./),
		).toBeVisible();
	} else {
		expect(await items.count()).toBeLessThanOrEqual(5);
		await expect(items.first().getByRole('link')).toHaveAttribute('href', /\/runbooks\/[^/]+\/$/);
		await expect(items.first().getByText(/Review due \d{4}-\d{2}-\d{2}/)).toBeVisible();
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false, viewport: PHONE });

	test('the page is complete and readable', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1, name: 'Incident Handbook' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: 'What’s happening?' })).toBeVisible();
		// Without JavaScript the finder gives way to links to the catalogs.
		const fallback = page.locator('main quick-finder');
		await expect(fallback.getByRole('link', { name: /all runbooks/i })).toBeVisible();
		await expect(fallback.getByRole('link', { name: /all alerts/i })).toBeVisible();
		await expect(finder(page)).toBeHidden();
		for (const link of await fallback.getByRole('link').all())
			expect((await link.boundingBox())?.height).toBeGreaterThanOrEqual(44);
		for (const [name] of ENTRIES) await expect(entry(page, name)).toBeVisible();
		for (const heading of [
			'Open action items',
			'Runbooks due for review',
			'The rest of the handbook',
		])
			await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
		await expect(page.getByText(/\d+ open action items?/)).toBeVisible();
		await expect(page.getByRole('link', { name: 'Adopting this handbook' })).toBeVisible();
		const extra = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth,
		);
		expect(extra).toBeLessThanOrEqual(0);
	});
});

test.describe('accessibility', () => {
	for (const theme of THEMES) {
		for (const [label, viewport] of [
			['phone', PHONE],
			['desktop', { width: 1280, height: 800 }],
		] as const) {
			test(`no serious or critical axe violations (${theme}, ${label})`, async ({ page }) => {
				await page.setViewportSize(viewport);
				await page.emulateMedia({ colorScheme: theme });
				await page.goto('/');
				await expectNoSevereAxeViolations(page);
			});
		}
	}
});
