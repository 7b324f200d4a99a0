import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expectNoSevereAxeViolations, THEMES } from './helpers/axe.ts';

/*
 * The runbook catalog's filters on the built site. What each filter should show is read from the
 * table the server renders (the same page without JavaScript), so the tests follow the content.
 */

const ROUTE = '/runbooks/';
const RUNBOOK_FILES = readdirSync('src/content/runbooks').filter((name) => /\.mdx?$/.test(name));

interface Row {
	title: string;
	services: string[];
	severity: string;
	owner: string;
	due: string;
	overdue: boolean;
}

const table = (page: Page) => page.getByRole('region', { name: 'Runbooks' }).locator('table');
const form = (page: Page) => page.getByRole('form', { name: 'Filter and sort runbooks' });
const select = (page: Page, label: string) => form(page).getByLabel(label, { exact: true });
const status = (page: Page) => page.locator('table-filters').getByRole('status');

/** The rows the table shows right now, top to bottom, read from the cells. */
async function visibleRows(page: Page): Promise<Row[]> {
	return table(page)
		.locator('tbody tr:visible')
		.evaluateAll((trs) =>
			(trs as HTMLTableRowElement[]).map((tr) => {
				const cell = (index: number) => tr.cells[index]!;
				return {
					title: (cell(0).textContent ?? '').trim(),
					services: [...cell(2).querySelectorAll('span')].map((s) => (s.textContent ?? '').trim()),
					severity: (cell(3).textContent ?? '').trim(),
					owner: (cell(4).textContent ?? '').trim(),
					due: (cell(5).querySelector('time')?.textContent ?? '').trim(),
					overdue: /Review overdue/.test(cell(5).textContent ?? ''),
				};
			}),
		);
}

const titles = (rows: Row[]) => rows.map((row) => row.title);
const byTitle = (a: string, b: string) =>
	a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true });

/** The full table as the server rendered it. */
async function allRows(page: Page): Promise<Row[]> {
	await page.goto(ROUTE);
	await expect(status(page)).toHaveText(`Showing all ${RUNBOOK_FILES.length} runbooks`);
	return visibleRows(page);
}

/** A value of `pick(row)` that some rows have and some lack, preferring the most common. */
function partialValue(rows: Row[], pick: (row: Row) => string[]): string {
	const counts = new Map<string, number>();
	for (const row of rows)
		for (const value of new Set(pick(row))) counts.set(value, (counts.get(value) ?? 0) + 1);
	const [value] = [...counts]
		.filter(([, count]) => count > 1 && count < rows.length)
		.sort((a, b) => b[1] - a[1])[0]!;
	return value;
}

async function expectShowing(page: Page, expected: Row[], total: number) {
	const text =
		expected.length === total
			? `Showing all ${total} runbooks`
			: `Showing ${expected.length} of ${total} runbooks`;
	await expect(status(page)).toHaveText(text);
	expect(titles(await visibleRows(page))).toEqual(titles(expected));
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the full table shows, by title, and no filter form', async ({ page }) => {
		await page.goto(`${ROUTE}?severity=SEV1&sort=due`);
		const rows = table(page).locator('tbody tr');
		await expect(rows).toHaveCount(RUNBOOK_FILES.length);
		await expect(table(page).locator('tbody tr:visible')).toHaveCount(RUNBOOK_FILES.length);
		const shown = titles(await visibleRows(page));
		expect(shown).toEqual([...shown].sort(byTitle));
		await expect(page.locator('form.table-filters')).toBeHidden();
		await expect(page.locator('table-filters').getByRole('combobox')).toHaveCount(0);
		await expect(page.locator('[data-count]')).toBeHidden();
		await expect(page.getByText('No runbook matches')).toBeHidden();
		// Every row links to its runbook and shows its facts.
		await expect(table(page).locator('tbody th a')).toHaveCount(RUNBOOK_FILES.length);
	});
});

test('each filter narrows the table, combines with the others and is written to the URL', async ({
	page,
}) => {
	const all = await allRows(page);
	const total = all.length;
	expect(total).toBe(RUNBOOK_FILES.length);
	await expect(form(page)).toBeVisible();

	const service = partialValue(all, (row) => row.services);
	await select(page, 'Service').selectOption(service);
	let expected = all.filter((row) => row.services.includes(service));
	await expectShowing(page, expected, total);
	await expect(page).toHaveURL(new RegExp(`\\?service=${encodeURIComponent(service)}$`));

	const severity = partialValue(expected, (row) => [row.severity]);
	await select(page, 'Severity').selectOption(severity);
	expected = expected.filter((row) => row.severity === severity);
	await expectShowing(page, expected, total);
	await expect.poll(() => new URL(page.url()).searchParams.get('severity')).toBe(severity);

	// The visible rows keep alternating stripes, whatever rows are hidden between them.
	const backgrounds = await table(page)
		.locator('tbody tr:visible')
		.evaluateAll((trs) => trs.map((tr) => getComputedStyle(tr).backgroundColor));
	backgrounds.forEach((colour, index) =>
		expect(colour === backgrounds[0], `row ${index + 1}`).toBe(index % 2 === 0),
	);

	// Owner alone (the others cleared): the owner with the most runbooks.
	await form(page).getByRole('button', { name: 'Clear filters' }).click();
	await expectShowing(page, all, total);
	await expect(page).toHaveURL(new RegExp(`${ROUTE}$`));
	await expect(select(page, 'Service')).toHaveValue('');
	const owner = partialValue(all, (row) => [row.owner]);
	await select(page, 'Owner').selectOption(owner);
	await expectShowing(
		page,
		all.filter((row) => row.owner === owner),
		total,
	);
	await expect.poll(() => new URL(page.url()).searchParams.get('owner')).toBe(owner);
});

test('review status: overdue and current split the table', async ({ page }) => {
	const all = await allRows(page);
	const overdue = all.filter((row) => row.overdue);
	const current = all.filter((row) => !row.overdue);

	await select(page, 'Review status').selectOption('overdue');
	await expect(page).toHaveURL(/\?review=overdue$/);
	if (overdue.length === 0) {
		await expect(status(page)).toHaveText(`Showing 0 of ${all.length} runbooks`);
		const none = page.getByText('No runbook matches these filters.');
		await expect(none).toBeVisible();
		// The empty message offers a way back.
		await page.locator('[data-none]').getByRole('button', { name: 'Clear filters' }).click();
		await expect(none).toBeHidden();
		await expectShowing(page, all, all.length);
		await expect(select(page, 'Service')).toBeFocused();
		await select(page, 'Review status').selectOption('overdue');
	} else {
		await expectShowing(page, overdue, all.length);
		for (const row of await visibleRows(page)) expect(row.overdue).toBe(true);
	}

	await select(page, 'Review status').selectOption('current');
	await expect(page).toHaveURL(/\?review=current$/);
	await expectShowing(page, current, all.length);
});

test('sorting by review date and back by title, kept in the URL', async ({ page }) => {
	const all = await allRows(page);
	expect(titles(all)).toEqual([...titles(all)].sort(byTitle));

	await select(page, 'Sort by').selectOption('due');
	await expect(page).toHaveURL(/\?sort=due$/);
	const byDue = [...all].sort((a, b) => a.due.localeCompare(b.due) || byTitle(a.title, b.title));
	await expectShowing(page, byDue, all.length);
	const dues = (await visibleRows(page)).map((row) => row.due);
	expect(dues).toEqual([...dues].sort());

	// Sorting keeps the filter, and a filter keeps the sort.
	const severity = partialValue(all, (row) => [row.severity]);
	await select(page, 'Severity').selectOption(severity);
	await expectShowing(
		page,
		byDue.filter((row) => row.severity === severity),
		all.length,
	);
	await expect.poll(() => new URL(page.url()).search).toBe(`?severity=${severity}&sort=due`);

	await select(page, 'Sort by').selectOption('title');
	await expect(page).toHaveURL(new RegExp(`\\?severity=${severity}$`));
	await expectShowing(
		page,
		all.filter((row) => row.severity === severity),
		all.length,
	);
});

test('a shared link opens the filtered view; bad values are ignored; case is forgiven', async ({
	page,
}) => {
	const all = await allRows(page);
	const severity = partialValue(all, (row) => [row.severity]);
	const owner = partialValue(
		all.filter((row) => row.severity === severity),
		(row) => [row.owner],
	);

	await page.goto(
		`${ROUTE}?severity=${severity.toLowerCase()}&owner=${encodeURIComponent(owner)}&service=no-such-service&review=sometime&sort=sideways&utm_source=pager`,
	);
	await expect(select(page, 'Severity')).toHaveValue(severity);
	await expect(select(page, 'Owner')).toHaveValue(owner);
	await expect(select(page, 'Service')).toHaveValue('');
	await expect(select(page, 'Review status')).toHaveValue('');
	await expect(select(page, 'Sort by')).toHaveValue('title');
	await expectShowing(
		page,
		all.filter((row) => row.severity === severity && row.owner === owner),
		all.length,
	);
	// Loading a link does not rewrite it; the next change writes canonical values and keeps others.
	expect(new URL(page.url()).searchParams.get('severity')).toBe(severity.toLowerCase());
	await select(page, 'Sort by').selectOption('due');
	await expect
		.poll(() => new URL(page.url()).search)
		.toBe(`?utm_source=pager&severity=${severity}&owner=${encodeURIComponent(owner)}&sort=due`);

	// Reloading keeps the view.
	await page.reload();
	await expect(select(page, 'Sort by')).toHaveValue('due');
	await expect(select(page, 'Severity')).toHaveValue(severity);
});

test('the filters work from the keyboard', async ({ page }) => {
	const all = await allRows(page);
	const serviceSelect = select(page, 'Service');
	await serviceSelect.focus();
	await page.keyboard.press('ArrowDown');
	const first = await serviceSelect.inputValue();
	expect(first).not.toBe('');
	await expectShowing(
		page,
		all.filter((row) => row.services.includes(first)),
		all.length,
	);
	await page.keyboard.press('Tab');
	await expect(select(page, 'Severity')).toBeFocused();
	for (const label of ['Owner', 'Review status', 'Sort by']) {
		await page.keyboard.press('Tab');
		await expect(select(page, label)).toBeFocused();
	}
	await page.keyboard.press('Tab');
	const clear = form(page).getByRole('button', { name: 'Clear filters' });
	await expect(clear).toBeFocused();
	await page.keyboard.press('Enter');
	await expectShowing(page, all, all.length);
	await expect(serviceSelect).toBeFocused();
	await expect(clear).toBeDisabled();
});

test('on a 360 px phone the form fits and the page does not scroll sideways', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await allRows(page);
	const box = await form(page).boundingBox();
	expect(box).not.toBeNull();
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
		const severity = partialValue(all, (row) => [row.severity]);
		await select(page, 'Severity').selectOption(severity);
		await select(page, 'Sort by').selectOption('due');
		await expect(status(page)).toContainText('Showing');
		await expectNoSevereAxeViolations(page);
		// And with the review filter too, which may leave the empty message and its button.
		await select(page, 'Review status').selectOption('overdue');
		await expect(page).toHaveURL(/review=overdue/);
		await expectNoSevereAxeViolations(page);
	});
}

test('the catalog adds under 10 KB of gzipped JavaScript (filters and quick finder)', () => {
	/** Gzipped size of each module script a built page loads, by source. */
	const scripts = (route: string) => {
		const html = readFileSync(join('dist', route, 'index.html'), 'utf8');
		const found = new Map<string, number>();
		for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g))
			found.set(src!, gzipSync(readFileSync(join('dist', src!.replace(/^\//, '')))).length);
		return found;
	};
	const baseline = scripts('reference/rules/file/empty');
	const extra = [...scripts('runbooks')].filter(([src]) => !baseline.has(src));
	expect(extra.some(([src]) => src.includes('TableFilters'))).toBe(true);
	expect(extra.reduce((sum, [, size]) => sum + size, 0)).toBeLessThan(10 * 1024);
});
