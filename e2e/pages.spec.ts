import { expect, test } from '@playwright/test';
import { expectNoSevereAxeViolations } from './helpers/axe.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface ScaleFile {
	title: string;
	levels: Array<{ id: string; name: string }>;
}
const scale = (name: string) =>
	parse(readFileSync(`src/content/severity/${name}.yaml`, 'utf8')) as ScaleFile;

// Responders may be on a bad network or a locked-down browser: every page must be readable
// without JavaScript.
test.use({ javaScriptEnabled: false });

test('the severity matrix renders every level of every scale from the data', async ({ page }) => {
	await page.goto('/severity/');
	for (const name of ['incident', 'action-priority', 'security-patch']) {
		const { title, levels } = scale(name);
		await expect(page.getByRole('heading', { name: title })).toBeVisible();
		for (const level of levels)
			await expect(
				page.locator('table').getByText(level.name, { exact: true }).first(),
			).toBeVisible();
	}
});

test('a runbook page shows its metadata header and required sections', async ({ page }) => {
	await page.goto('/runbooks/complete-site-outage/');
	await expect(page.getByRole('heading', { level: 1, name: 'Complete site outage' })).toBeVisible();
	const content = page.locator('main');
	await expect(content.getByText('platform-team').first()).toBeVisible();
	await expect(content.locator('code', { hasText: 'SiteDown' }).first()).toBeVisible();
	for (const section of ['Trigger', 'Impact', 'Quick Diagnosis', 'Common Causes', 'Escalation']) {
		await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
	}
	// Starlight's content styles must survive our own CSS: headings keep their spacing.
	const marginTop = await page
		.getByRole('heading', { level: 2, name: 'Impact' })
		.evaluate((heading) => parseFloat(getComputedStyle(heading).marginTop));
	expect(marginTop).toBeGreaterThan(16);
});

test('a post-mortem page shows its times in UTC and links its runbooks', async ({ page }) => {
	await page.goto('/incidents/2026-09-02-database-connection-pool-exhausted/');
	await expect(
		page
			.locator('main')
			.getByText(/2026-09-02 \d{2}:\d{2} UTC/)
			.first(),
	).toBeVisible();
	await page
		.locator('main')
		.getByRole('link', { name: /connection pool/i })
		.first()
		.click();
	await expect(page).toHaveURL(/\/runbooks\/database-connection-pool-exhaustion\/$/);
});

test('catalogs list every document as a table row', async ({ page }) => {
	const documents = (folder: string) =>
		readdirSync(`src/content/${folder}`).filter((file) => /\.mdx?$/.test(file)).length;
	for (const [route, folder] of [
		['/runbooks/', 'runbooks'],
		['/incidents/', 'incidents'],
		['/maintenance/', 'maintenance'],
	] as const) {
		await page.goto(route);
		await expect(page.locator('main table tbody tr')).toHaveCount(documents(folder));
	}
});

test('the sidebar links to catalogs, never to each document', async ({ page }) => {
	await page.goto('/runbooks/');
	const sidebar = page.locator('#starlight__sidebar');
	await expect(sidebar.getByRole('link', { name: 'Runbooks', exact: true })).toBeVisible();
	await expect(sidebar.locator('a[href*="/runbooks/complete-site-outage/"]')).toHaveCount(0);
	await expect(sidebar.locator('a[href*="/incidents/2026-"]')).toHaveCount(0);
});

test.describe('accessibility', () => {
	// Starlight applies the colour theme with a script, so these run with JavaScript on.
	test.use({ javaScriptEnabled: true });
	for (const route of [
		'/',
		'/runbooks/complete-site-outage/',
		'/maintenance/weekly/',
		'/handbook/communication/',
		'/handbook/operations/monitoring/',
		'/runbooks/',
		'/incidents/',
		'/maintenance/',
		'/severity/',
		'/incidents/2026-09-02-database-connection-pool-exhausted/',
	]) {
		for (const theme of ['light', 'dark'] as const) {
			test(`${route} has no serious or critical axe violations (${theme})`, async ({ page }) => {
				await page.emulateMedia({ colorScheme: theme });
				await page.goto(route);
				await expectNoSevereAxeViolations(page);
			});
		}
	}
});

test('no page scrolls sideways on a 360 px phone: wide tables scroll inside their own region', async ({
	page,
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 360, height: 740 });
	const routes = readdirSync('dist', { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('index.html'))
		// Alert deep links redirect at once; the runbooks they lead to are checked themselves.
		.filter((file) => !readFileSync(`dist/${file}`, 'utf8').includes('http-equiv="refresh"'))
		.map((file) => `/${file.replace(/index\.html$/, '')}`);
	expect(routes.length).toBeGreaterThan(50);
	const overflowing: string[] = [];
	for (const route of routes) {
		await page.goto(route);
		const extra = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth,
		);
		if (extra > 0) overflowing.push(`${route} (+${extra}px)`);
	}
	expect(overflowing).toEqual([]);
});

test('content tables are labelled, focusable scroll regions and checkboxes name their task', async ({
	page,
}) => {
	await page.goto('/runbooks/complete-site-outage/');
	const region = page.getByRole('region', { name: /^Table: Symptom/ });
	await expect(region).toHaveAttribute('tabindex', '0');
	await page.goto('/maintenance/weekly/');
	const first = page.locator('main input[type="checkbox"]').first();
	await expect(first).toHaveAttribute('aria-label', /\w{3,}/);
});
