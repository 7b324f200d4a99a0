import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateJson } from '../src/tools/alerts/json-schema.ts';
import { expectNoSevereAxeViolations, THEMES } from './helpers/axe.ts';

/*
 * The post-mortem list's filters on the built site, and the machine-readable list beside it.
 * What each filter should show is read from the table the server renders (the same page without
 * JavaScript), so the tests follow the content.
 */

const ROUTE = '/incidents/';
const INCIDENT_FILES = readdirSync('src/content/incidents').filter((name) => /\.mdx?$/.test(name));

interface Row {
	date: string;
	title: string;
	severity: string;
	status: string;
	services: string[];
}

const table = (page: Page) => page.getByRole('region', { name: 'Post-mortems' }).locator('table');
const form = (page: Page) => page.getByRole('form', { name: 'Filter post-mortems' });
const select = (page: Page, label: string) => form(page).getByLabel(label, { exact: true });
const status = (page: Page) => page.locator('table-filters').getByRole('status');

/** The rows the table shows right now, top to bottom, read from the cells. */
async function visibleRows(page: Page): Promise<Row[]> {
	return table(page)
		.locator('tbody tr:visible')
		.evaluateAll((trs) =>
			(trs as HTMLTableRowElement[]).map((tr) => {
				const text = (node: Element | null | undefined) => (node?.textContent ?? '').trim();
				return {
					date: text(tr.cells[0]),
					title: text(tr.cells[1]?.querySelector('a')),
					severity: text(tr.cells[2]?.querySelector('.id')),
					status: text(tr.cells[3]),
					services: [...(tr.cells[4]?.querySelectorAll('.service') ?? [])].map(text),
				};
			}),
		);
}

const titles = (rows: Row[]) => rows.map((row) => row.title);

function showingText(shown: number, total: number): string {
	if (shown === total)
		return total === 1 ? 'Showing 1 post-mortem' : `Showing all ${total} post-mortems`;
	return `Showing ${shown} of ${total} ${total === 1 ? 'post-mortem' : 'post-mortems'}`;
}

/** The full table as the server rendered it. */
async function allRows(page: Page): Promise<Row[]> {
	await page.goto(ROUTE);
	await expect(status(page)).toHaveText(showingText(INCIDENT_FILES.length, INCIDENT_FILES.length));
	return visibleRows(page);
}

async function expectShowing(page: Page, expected: Row[], total: number) {
	await expect(status(page)).toHaveText(showingText(expected.length, total));
	expect(titles(await visibleRows(page))).toEqual(titles(expected));
}

/** A value of `pick(row)` that some rows have and some lack, preferring the most common. */
function partialValue(rows: Row[], pick: (row: Row) => string[]): string | undefined {
	const counts = new Map<string, number>();
	for (const row of rows)
		for (const value of new Set(pick(row))) counts.set(value, (counts.get(value) ?? 0) + 1);
	return [...counts]
		.filter(([, count]) => count < rows.length)
		.sort((a, b) => b[1] - a[1])
		.map(([value]) => value)[0];
}

const year = (row: Row) => row.date.slice(0, 4);

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the full table shows, newest first, and no filter form', async ({ page }) => {
		await page.goto(`${ROUTE}?severity=SEV1&year=2020`);
		await expect(table(page).locator('tbody tr')).toHaveCount(INCIDENT_FILES.length);
		await expect(table(page).locator('tbody tr:visible')).toHaveCount(INCIDENT_FILES.length);
		const dates = (await visibleRows(page)).map((row) => row.date);
		expect(dates).toEqual([...dates].sort().reverse());
		await expect(page.locator('form.table-filters')).toBeHidden();
		await expect(page.locator('table-filters').getByRole('combobox')).toHaveCount(0);
		await expect(page.locator('[data-count]')).toBeHidden();
		await expect(page.getByText('No post-mortem matches')).toBeHidden();
		await expect(table(page).locator('tbody th a')).toHaveCount(INCIDENT_FILES.length);
	});
});

test('severity, service, status and year each narrow the table, combine and go into the URL', async ({
	page,
}) => {
	const all = await allRows(page);
	const total = all.length;
	expect(total).toBe(INCIDENT_FILES.length);
	await expect(form(page)).toBeVisible();

	// Each filter alone.
	for (const [label, name, pick] of [
		['Severity', 'severity', (row: Row) => [row.severity]],
		['Service', 'service', (row: Row) => row.services],
		['Status', 'status', (row: Row) => [row.status]],
		['Year', 'year', (row: Row) => [year(row)]],
	] as const) {
		const value = partialValue(all, pick);
		if (value === undefined) continue;
		await select(page, label).selectOption(value);
		await expectShowing(
			page,
			all.filter((row) => pick(row).includes(value)),
			total,
		);
		await expect.poll(() => new URL(page.url()).searchParams.get(name)).toBe(value);
		await form(page).getByRole('button', { name: 'Clear filters' }).click();
		await expectShowing(page, all, total);
		await expect(page).toHaveURL(new RegExp(`${ROUTE}$`));
	}

	// Combined: a service, then a severity among its post-mortems.
	const service = partialValue(all, (row) => row.services)!;
	await select(page, 'Service').selectOption(service);
	let expected = all.filter((row) => row.services.includes(service));
	const severity = expected[0]!.severity;
	await select(page, 'Severity').selectOption(severity);
	expected = expected.filter((row) => row.severity === severity);
	await expectShowing(page, expected, total);
	await expect
		.poll(() => new URL(page.url()).search)
		.toBe(`?severity=${severity}&service=${encodeURIComponent(service)}`);
});

test('years are offered newest first, and the statuses in workflow order', async ({ page }) => {
	const all = await allRows(page);
	const years = [...new Set(all.map(year))].sort().reverse();
	const options = async (label: string) =>
		(await select(page, label).locator('option').allTextContents()).slice(1);
	expect(await options('Year')).toEqual(years);
	const order = ['Draft', 'In review', 'Final'];
	const statuses = await options('Status');
	expect(statuses).toEqual(order.filter((label) => statuses.includes(label)));
	expect(new Set(statuses)).toEqual(new Set(all.map((row) => row.status)));
});

test('a filter combination with no match says so and offers a way back', async ({ page }) => {
	const all = await allRows(page);
	// A severity and a year that never occur together (the starter content has several).
	const pairs = all.flatMap((a) => all.map((b) => [a.severity, year(b)] as const));
	const empty = pairs.find(
		([sev, y]) => !all.some((row) => row.severity === sev && year(row) === y),
	);
	expect(empty, 'a severity that some year lacks').toBeDefined();
	await select(page, 'Severity').selectOption(empty![0]);
	await select(page, 'Year').selectOption(empty![1]);
	await expect(status(page)).toHaveText(showingText(0, all.length));
	const none = page.getByText('No post-mortem matches these filters.');
	await expect(none).toBeVisible();
	await page.locator('[data-none]').getByRole('button', { name: 'Clear filters' }).click();
	await expect(none).toBeHidden();
	await expectShowing(page, all, all.length);
	await expect(select(page, 'Severity')).toBeFocused();
});

test('a shared link opens the filtered view; case and punctuation are forgiven', async ({
	page,
}) => {
	const all = await allRows(page);
	const target = all.find((row) => row.status === 'In review') ?? all[0]!;
	const statusParam = target.status.toLowerCase().replace(/\s+/g, '-');
	await page.goto(
		`${ROUTE}?severity=${target.severity.toLowerCase()}&status=${statusParam}&year=${year(target)}&service=no-such-service&utm_source=chat`,
	);
	await expect(select(page, 'Severity')).toHaveValue(target.severity);
	await expect(select(page, 'Status')).toHaveValue(target.status);
	await expect(select(page, 'Year')).toHaveValue(year(target));
	await expect(select(page, 'Service')).toHaveValue('');
	await expectShowing(
		page,
		all.filter(
			(row) =>
				row.severity === target.severity &&
				row.status === target.status &&
				year(row) === year(target),
		),
		all.length,
	);
	// Loading a link does not rewrite it; the next change writes canonical values and keeps others.
	expect(new URL(page.url()).searchParams.get('status')).toBe(statusParam);
	await select(page, 'Year').selectOption('');
	await expect
		.poll(() => new URL(page.url()).search)
		.toBe(
			`?utm_source=chat&severity=${target.severity}&status=${encodeURIComponent(target.status).replace(/%20/g, '+')}`,
		);
	await page.reload();
	await expect(select(page, 'Status')).toHaveValue(target.status);
});

test('the filters work from the keyboard', async ({ page }) => {
	const all = await allRows(page);
	const severity = select(page, 'Severity');
	await severity.focus();
	await page.keyboard.press('ArrowDown');
	const first = await severity.inputValue();
	expect(first).not.toBe('');
	await expectShowing(
		page,
		all.filter((row) => row.severity === first),
		all.length,
	);
	for (const label of ['Service', 'Status', 'Year']) {
		await page.keyboard.press('Tab');
		await expect(select(page, label)).toBeFocused();
	}
	await page.keyboard.press('Tab');
	const clear = form(page).getByRole('button', { name: 'Clear filters' });
	await expect(clear).toBeFocused();
	await page.keyboard.press('Enter');
	await expectShowing(page, all, all.length);
	await expect(severity).toBeFocused();
	await expect(clear).toBeDisabled();
});

test('on a 360 px phone the form fits and the page does not scroll sideways', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await allRows(page);
	const box = await form(page).boundingBox();
	expect(box!.x + box!.width).toBeLessThanOrEqual(360);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
	);
	expect(overflow).toBeLessThanOrEqual(0);
});

for (const theme of THEMES) {
	test(`axe: no serious or critical violations with filters applied (${theme})`, async ({
		page,
	}) => {
		await page.emulateMedia({ colorScheme: theme });
		const all = await allRows(page);
		await expectNoSevereAxeViolations(page);
		await select(page, 'Year').selectOption(year(all[0]!));
		await expect(status(page)).toContainText('Showing');
		await expectNoSevereAxeViolations(page);
	});
}

test.describe('/api/incidents.json', () => {
	const read = (path: string) => JSON.parse(readFileSync(join('dist', path), 'utf8'));

	test('lists every post-mortem and conforms to its published schema', () => {
		const index = read('api/incidents.json');
		const schema = read('api/incidents.schema.json');
		expect(validateJson(index, schema)).toEqual([]);
		expect(index.incidents.map((incident: { id: string }) => incident.id)).toEqual(
			INCIDENT_FILES.map((name) => name.replace(/\.mdx?$/, '')).sort(),
		);
	});

	test('links to pages that exist, with as many action items as each page’s table', async ({
		page,
	}) => {
		const index = read('api/incidents.json');
		for (const incident of index.incidents as Array<{
			url: string;
			runbooks: Array<{ url: string }>;
			actionItems: { total: number };
		}>) {
			await page.goto(incident.url);
			await expect(page.locator('h1')).toBeVisible();
			await expect(page.locator('tr[id^="action-"]')).toHaveCount(incident.actionItems.total);
			for (const runbook of incident.runbooks) {
				const response = await page.request.get(runbook.url);
				expect(response.status(), runbook.url).toBe(200);
			}
		}
	});

	test('is served as JSON', async ({ page }) => {
		const response = await page.request.get('/api/incidents.json');
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('application/json');
	});
});
