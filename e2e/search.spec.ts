import { expect, test, type Locator, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/*
 * The site search (Pagefind, built by Starlight) on the built site: alert names find their
 * runbook first, results name the type and severity, and the dialog offers type, severity and
 * service filters. Expectations come from the runbooks' frontmatter.
 */

interface Runbook {
	slug: string;
	title: string;
	severity: string;
	alerts: string[];
	services: string[];
}

const DIR = 'src/content/runbooks';
const runbooks: Runbook[] = readdirSync(DIR)
	.filter((name) => /\.mdx?$/.test(name))
	.map((name) => {
		const text = readFileSync(`${DIR}/${name}`, 'utf8');
		const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Omit<Runbook, 'slug'>;
		return { slug: name.replace(/\.mdx?$/, ''), ...data, alerts: data.alerts ?? [] };
	});

const ALERT = 'PgBouncerClientsWaiting';
const owner = runbooks.find((runbook) => runbook.alerts.includes(ALERT));

const resultTitle = (runbook: Runbook) => `Runbook · ${runbook.severity} · ${runbook.title}`;
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search' });
/** The top-level result links, in rank order. */
const resultLinks = (page: Page) =>
	dialog(page).locator('.pagefind-ui__result-inner > .pagefind-ui__result-title a');

async function openSearch(page: Page) {
	await page.goto('/handbook/roles/');
	const open = page.getByRole('button', { name: 'Search' }).first();
	await expect(open).toBeEnabled();
	await open.click();
	await expect(dialog(page)).toBeVisible();
	// Pagefind's UI loads when the browser is idle: wait for its input.
	await expect(dialog(page).locator('.pagefind-ui__search-input')).toBeVisible();
}

/** Escapes a string for use inside a regular expression. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Types `term` and waits for the search to finish and the top result to load. */
async function search(page: Page, term: string): Promise<Locator> {
	await dialog(page).locator('.pagefind-ui__search-input').fill(term);
	await expect(dialog(page).locator('.pagefind-ui__message')).toHaveText(
		new RegExp(`results? for ${literal(term)}$`),
	);
	// Results load their data one by one: wait for the first one's link, not any link.
	const first = dialog(page)
		.locator('.pagefind-ui__result')
		.first()
		.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title a');
	await expect(first).toBeVisible();
	return first;
}

test('an alert name finds its runbook first, titled with type and severity', async ({ page }) => {
	expect(owner, `a runbook lists ${ALERT}`).toBeDefined();
	await openSearch(page);
	const first = await search(page, ALERT);
	await expect(first).toHaveText(resultTitle(owner!));
	await expect(first).toHaveAttribute('href', new RegExp(`/runbooks/${owner!.slug}/`));
	// Opening the result lands on the runbook.
	await first.click();
	await expect(page).toHaveURL(new RegExp(`/runbooks/${owner!.slug}/`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(owner!.title);
});

test('every alert name of every runbook ranks its runbook first', async ({ page }) => {
	test.slow();
	await openSearch(page);
	const misses: string[] = [];
	for (const runbook of runbooks) {
		for (const alert of runbook.alerts) {
			const first = await search(page, alert);
			const text = (await first.textContent())?.trim();
			if (text !== resultTitle(runbook)) misses.push(`${alert}: got “${text}”`);
		}
	}
	expect(misses).toEqual([]);
});

test('results name their type; the dialog filters by type, severity and service', async ({
	page,
}) => {
	await openSearch(page);
	// A word that appears in runbooks, post-mortems and handbook pages alike.
	await search(page, 'database');
	const panel = dialog(page).locator('.pagefind-ui__filter-panel');
	await expect(panel).toBeVisible();
	for (const name of ['Type', 'Severity', 'Service'])
		await expect(panel.locator('summary', { hasText: new RegExp(`^${name}$`) })).toBeVisible();

	const types = async () =>
		(await resultLinks(page).allTextContents()).map((text) => text.trim().split(' · ')[0]);
	await expect(async () => {
		expect(new Set(await types()).size).toBeGreaterThan(1);
	}).toPass();
	for (const type of await types())
		expect(['Runbook', 'Post-mortem', 'Checklist', 'Handbook']).toContain(type);

	// Type = Runbook: only runbooks remain.
	await panel.locator('summary', { hasText: /^Type$/ }).click();
	const runbookBox = panel.getByRole('checkbox', { name: /^Runbook \(\d+\)$/ });
	await runbookBox.check();
	await expect(async () => {
		const shown = await types();
		expect(shown.length).toBeGreaterThan(0);
		expect(new Set(shown)).toEqual(new Set(['Runbook']));
	}).toPass();
	await runbookBox.uncheck();

	// Severity and service filters list the levels and services of the runbooks.
	await panel.locator('summary', { hasText: /^Severity$/ }).click();
	for (const severity of new Set(runbooks.map((runbook) => runbook.severity)))
		await expect(
			panel.getByRole('checkbox', { name: new RegExp(`^${severity} \\(\\d+\\)$`) }),
		).toHaveCount(1);
	await panel.locator('summary', { hasText: /^Service$/ }).click();
	const service = runbooks.find((runbook) => runbook.alerts.includes(ALERT))!.services[0]!;
	await panel.getByRole('checkbox', { name: new RegExp(`^${service} \\(\\d+\\)$`) }).check();
	await expect(async () => {
		const shown = await types();
		expect(shown.length).toBeGreaterThan(0);
		expect(shown.every((type) => type === 'Runbook' || type === 'Post-mortem')).toBe(true);
	}).toPass();
});
