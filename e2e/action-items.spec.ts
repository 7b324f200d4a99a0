import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { extractActionItems } from '../src/engine/extract/action-items.ts';
import { actionSlug } from '../src/tools/action-items/anchor.ts';
import { sortActionItems, trackActionItems } from '../src/tools/action-items/items.ts';
import { expectNoSevereAxeViolations, THEMES } from './helpers/axe.ts';

/*
 * /action-items/ on the built site. The expected list is computed from the post-mortem files
 * with the same pure functions, for the date the page says it was built for, so the tests
 * follow the content and never the machine's clock.
 */

const ROUTE = '/action-items/';
const DIR = 'src/content/incidents';
const postMortems = readdirSync(DIR)
	.filter((name) => /\.mdx?$/.test(name))
	.map((name) => {
		const text = readFileSync(join(DIR, name), 'utf8');
		const id = name.replace(/\.mdx?$/, '');
		const title = (parse(text.split(/^---$/m)[1]!) as { title: string }).title;
		return {
			id,
			title,
			url: `/incidents/${id}/`,
			items: extractActionItems(text, { mdx: name.endsWith('.mdx') }),
		};
	});
const TOTAL = postMortems.reduce((sum, postMortem) => sum + postMortem.items.length, 0);
const priorities = (
	parse(readFileSync('src/content/severity/action-priority.yaml', 'utf8')) as {
		levels: Array<{ id: string }>;
	}
).levels.map((level) => level.id);

interface Row {
	action: string;
	href: string;
	postMortem: string;
	owner: string;
	priority: string;
	due: string;
	status: string;
	overdue: boolean;
}

const table = (page: Page) => page.getByRole('region', { name: 'Action items', exact: true });
const form = (page: Page) => page.getByRole('form', { name: 'Filter action items' });
const select = (page: Page, label: string) => form(page).getByLabel(label, { exact: true });
const status = (page: Page) => page.locator('table-filters').getByRole('status');

async function visibleRows(page: Page): Promise<Row[]> {
	return table(page)
		.locator('tbody tr:visible')
		.evaluateAll((trs) =>
			(trs as HTMLTableRowElement[]).map((tr) => {
				const text = (node: Element | null | undefined) => (node?.textContent ?? '').trim();
				const link = tr.cells[0]?.querySelector('a');
				return {
					action: text(link),
					href: link?.getAttribute('href') ?? '',
					postMortem: text(tr.cells[1]),
					owner: text(tr.cells[2]),
					priority: text(tr.cells[3]?.querySelector('.sev')),
					due: text(tr.cells[4]?.querySelector('time')) || text(tr.cells[4]),
					status: text(tr.cells[5]?.querySelector('span')),
					overdue: Boolean(tr.cells[5]?.querySelector('[data-value="Overdue"]')),
				};
			}),
		);
}

const actions = (rows: ReadonlyArray<{ action: string }>) => rows.map((row) => row.action);

function showingText(shown: number, total: number): string {
	if (shown === total)
		return total === 1 ? 'Showing 1 action item' : `Showing all ${total} action items`;
	return `Showing ${shown} of ${total} ${total === 1 ? 'action item' : 'action items'}`;
}

async function allRows(page: Page): Promise<Row[]> {
	await page.goto(ROUTE);
	await expect(status(page)).toHaveText(showingText(TOTAL, TOTAL));
	return visibleRows(page);
}

async function expectShowing(page: Page, expected: Row[]) {
	await expect(status(page)).toHaveText(showingText(expected.length, TOTAL));
	expect(actions(await visibleRows(page))).toEqual(actions(expected));
}

/** The date the page was built for, from its intro. */
const asOf = async (page: Page) =>
	(await page.locator('main .catalog-intro time').first().getAttribute('datetime')) ?? '';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every action item shows, overdue first, then open by due date, then closed', async ({
		page,
	}) => {
		await page.goto(`${ROUTE}?owner=nobody&status=Done`);
		await expect(table(page).locator('tbody tr')).toHaveCount(TOTAL);
		await expect(table(page).locator('tbody tr:visible')).toHaveCount(TOTAL);
		const today = await asOf(page);
		expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		const expected = sortActionItems(trackActionItems(postMortems, today), priorities);
		const rows = await visibleRows(page);
		expect(actions(rows)).toEqual(actions(expected));
		expect(rows.map((row) => row.href)).toEqual(expected.map((item) => item.url));
		expect(rows.map((row) => row.overdue)).toEqual(expected.map((item) => item.overdue));
		// Closed items come after every open one.
		const firstClosed = rows.findIndex((row) => ['Done', "Won't do"].includes(row.status));
		expect(rows.slice(firstClosed).every((row) => ['Done', "Won't do"].includes(row.status))).toBe(
			true,
		);
		await expect(page.locator('form.table-filters')).toBeHidden();
		await expect(page.locator('[data-count]')).toBeHidden();
	});

	test('counts per status and per owner add up to the list', async ({ page }) => {
		await page.goto(ROUTE);
		const rows = await visibleRows(page);
		const counts = page.locator('.status-counts > li');
		for (const label of ['Open', 'In progress', 'Done', "Won't do"]) {
			const count = rows.filter((row) => row.status === label).length;
			await expect(
				counts.filter({ hasText: new RegExp(`^\\s*${count}\\s+${label}\\s*$`) }),
			).toHaveCount(1);
		}
		const overdue = rows.filter((row) => row.overdue).length;
		await expect(counts.first()).toHaveText(new RegExp(`^\\s*${overdue}\\s+Overdue\\s*$`));

		const owners = page.getByRole('region', { name: 'Action items by owner' }).locator('tbody tr');
		const byOwner = await owners.evaluateAll((trs) =>
			(trs as HTMLTableRowElement[]).map((tr) =>
				[...tr.cells].map((cell) => (cell.textContent ?? '').trim()),
			),
		);
		expect(byOwner.reduce((sum, cells) => sum + Number(cells[4]), 0)).toBe(TOTAL);
		for (const [owner, open, late, closed, total] of byOwner) {
			const mine = rows.filter((row) => row.owner === owner);
			expect(Number(total), owner).toBe(mine.length);
			expect(Number(open), owner).toBe(
				mine.filter((row) => ['Open', 'In progress'].includes(row.status)).length,
			);
			expect(Number(late), owner).toBe(mine.filter((row) => row.overdue).length);
			expect(Number(closed), owner).toBe(
				mine.filter((row) => ['Done', "Won't do"].includes(row.status)).length,
			);
		}
	});

	test('each action links to its own row on the post-mortem page', async ({ page }) => {
		await page.goto(ROUTE);
		const rows = await visibleRows(page);
		const seen = new Set<string>();
		for (const row of rows) {
			expect(seen.has(row.href), row.href).toBe(false);
			seen.add(row.href);
		}
		// One item per post-mortem, to keep the test quick; the unit tests cover every shape.
		const perPage = new Map(rows.map((row) => [row.href.split('#')[0]!, row]));
		for (const row of perPage.values()) {
			await page.goto(row.href);
			const target = page.locator('tr:target');
			await expect(target).toHaveCount(1);
			await expect(target).toHaveAttribute('id', row.href.split('#')[1]!);
			await expect(target).toBeInViewport();
			// The row's Action cell is the action listed (typography aside: ' becomes ’ there).
			const cells = await target.locator('td').allTextContents();
			expect(cells.map(actionSlug)).toContain(actionSlug(row.action));
		}
	});
});

test('owner, priority and status narrow the list, combine and go into the URL', async ({
	page,
}) => {
	const all = await allRows(page);
	await expect(form(page)).toBeVisible();
	for (const [label, name, pick] of [
		['Owner', 'owner', (row: Row) => row.owner],
		['Priority', 'priority', (row: Row) => row.priority],
		['Status', 'status', (row: Row) => row.status],
	] as const) {
		const value = pick(all[0]!);
		await select(page, label).selectOption(value);
		await expectShowing(
			page,
			all.filter((row) => pick(row) === value),
		);
		await expect.poll(() => new URL(page.url()).searchParams.get(name)).toBe(value);
		await form(page).getByRole('button', { name: 'Clear filters' }).click();
		await expectShowing(page, all);
		await expect(page).toHaveURL(new RegExp(`${ROUTE}$`));
	}

	const first = all[0]!;
	await select(page, 'Status').selectOption(first.status);
	await select(page, 'Priority').selectOption(first.priority);
	const expected = all.filter(
		(row) => row.status === first.status && row.priority === first.priority,
	);
	await expectShowing(page, expected);
	await expect
		.poll(() => new URL(page.url()).search)
		.toBe(
			`?priority=${first.priority}&status=${encodeURIComponent(first.status).replace(/%20/g, '+')}`,
		);

	// The list order survives filtering: each visible row keeps its place relative to the others.
	const order = actions(all);
	const shown = actions(await visibleRows(page));
	expect(shown).toEqual([...shown].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
});

test('the status filter offers Overdue first and then the statuses in list order', async ({
	page,
}) => {
	const all = await allRows(page);
	const offered = (await select(page, 'Status').locator('option').allTextContents()).slice(1);
	const order = ['Overdue', 'Open', 'In progress', 'Done', "Won't do"];
	const present = new Set(
		all.flatMap((row) => (row.overdue ? [row.status, 'Overdue'] : [row.status])),
	);
	expect(offered).toEqual(order.filter((status) => present.has(status)));
});

test('an owner count opens the list filtered to that owner', async ({ page }) => {
	const all = await allRows(page);
	const link = page
		.getByRole('region', { name: 'Action items by owner' })
		.getByRole('link')
		.first();
	const owner = (await link.textContent())!.trim();
	await link.click();
	await expect(page).toHaveURL(new RegExp(`\\?owner=`));
	await expect(select(page, 'Owner')).toHaveValue(owner);
	await expectShowing(
		page,
		all.filter((row) => row.owner === owner),
	);
});

test('a shared link opens the filtered view; case and punctuation are forgiven', async ({
	page,
}) => {
	const all = await allRows(page);
	const target = all.find((row) => row.status === 'In progress') ?? all[0]!;
	await page.goto(
		`${ROUTE}?status=${target.status.toLowerCase().replace(/\s+/g, '-')}&owner=${encodeURIComponent(target.owner.toUpperCase())}&priority=nope`,
	);
	await expect(select(page, 'Status')).toHaveValue(target.status);
	await expect(select(page, 'Owner')).toHaveValue(target.owner);
	await expect(select(page, 'Priority')).toHaveValue('');
	await expectShowing(
		page,
		all.filter((row) => row.status === target.status && row.owner === target.owner),
	);
});

test('a combination with no match says so and clears from the keyboard', async ({ page }) => {
	const all = await allRows(page);
	const owner = all.find((row) => row.status === 'Done')!.owner;
	const missing = ['Open', 'In progress', 'Done', "Won't do"].find(
		(state) =>
			all.some((row) => row.status === state) &&
			!all.some((row) => row.owner === owner && row.status === state),
	);
	expect(missing, 'an owner without items of some status').toBeDefined();
	await select(page, 'Owner').selectOption(owner);
	await select(page, 'Status').selectOption(missing!);
	await expect(status(page)).toHaveText(showingText(0, TOTAL));
	const none = page.getByText('No action item matches these filters.');
	await expect(none).toBeVisible();
	await page.locator('[data-none]').getByRole('button', { name: 'Clear filters' }).focus();
	await page.keyboard.press('Enter');
	await expect(none).toBeHidden();
	await expectShowing(page, all);
	await expect(select(page, 'Owner')).toBeFocused();
});

test('the filters work from the keyboard', async ({ page }) => {
	const all = await allRows(page);
	const owner = select(page, 'Owner');
	await owner.focus();
	await page.keyboard.press('ArrowDown');
	const first = await owner.inputValue();
	await expectShowing(
		page,
		all.filter((row) => row.owner === first),
	);
	for (const label of ['Priority', 'Status']) {
		await page.keyboard.press('Tab');
		await expect(select(page, label)).toBeFocused();
	}
	await page.keyboard.press('Tab');
	const clear = form(page).getByRole('button', { name: 'Clear filters' });
	await expect(clear).toBeFocused();
	await page.keyboard.press('Enter');
	await expectShowing(page, all);
	await expect(owner).toBeFocused();
});

test('on a 360 px phone the page does not scroll sideways', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await allRows(page);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
	);
	expect(overflow).toBeLessThanOrEqual(0);
});

for (const theme of THEMES) {
	test(`axe: no serious or critical violations, filtered or not (${theme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: theme });
		const all = await allRows(page);
		await expectNoSevereAxeViolations(page);
		await select(page, 'Status').selectOption(all.at(-1)!.status);
		await expect(status(page)).not.toHaveText(showingText(TOTAL, TOTAL));
		await expectNoSevereAxeViolations(page);
	});
}

test('the page adds under 10 KB of gzipped JavaScript', () => {
	const scripts = (route: string) => {
		const html = readFileSync(join('dist', route, 'index.html'), 'utf8');
		const found = new Map<string, number>();
		for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g))
			found.set(src!, gzipSync(readFileSync(join('dist', src!.replace(/^\//, '')))).length);
		return found;
	};
	const baseline = scripts('reference/rules/file/empty');
	const extra = [...scripts('action-items')].filter(([src]) => !baseline.has(src));
	expect(extra.some(([src]) => src.includes('TableFilters'))).toBe(true);
	expect(extra.reduce((sum, [, size]) => sum + size, 0)).toBeLessThan(10 * 1024);
});
