import { expect, test, type Locator, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { extractActionItems } from '../src/engine/extract/action-items.ts';
import { expectNoSevereAxeViolations, THEMES } from './helpers/axe.ts';

/*
 * /metrics/ on the built site: build-time SVG charts, each with its data as a table, and no
 * JavaScript of its own. Expected figures are read from the content files, so the tests follow
 * the content; "today" is the date the page says it was built for.
 */

const ROUTE = '/metrics/';
const CHARTS = [
	'Incidents per month, by severity',
	'Mean time to acknowledge per month, by severity',
	'Mean time to resolve per month, by severity',
	'Share of incidents that met each response target, by severity',
	'Action items opened and closed per month',
];
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

interface Incident {
	severity: string;
	started_at: string;
	body: string;
}
const INCIDENTS: Incident[] = readdirSync('src/content/incidents')
	.filter((name) => /\.mdx?$/.test(name))
	.map((name) => {
		const source = readFileSync(join('src/content/incidents', name), 'utf8');
		const [, frontmatter = '', ...rest] = source.split(/^---$/m);
		const data = parse(frontmatter) as { severity: string; started_at: string | Date };
		const startedAt =
			data.started_at instanceof Date ? data.started_at.toISOString() : data.started_at;
		return { severity: data.severity, started_at: startedAt, body: rest.join('---') };
	});
const { levels: LEVELS } = parse(readFileSync('src/content/severity/incident.yaml', 'utf8')) as {
	levels: Array<{ id: string; targets?: Record<string, string> }>;
};

/** `2026-03-11T14:12:00Z` → `March 2026`, the UTC month as the tables name it. */
function monthLabel(iso: string): string {
	const date = new Date(iso);
	return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

const figure = (page: Page, name: string) =>
	page.locator('main').getByRole('figure', { name, exact: true });
const chartTable = (page: Page, name: string) => figure(page, name).getByRole('table');

/** Opens a figure's “Show the data” and returns its table. */
async function openData(page: Page, name: string): Promise<Locator> {
	await figure(page, name).getByText('Show the data').click();
	const table = chartTable(page, name);
	await expect(table).toBeVisible();
	return table;
}

/** A row's cells (after its header cell) as text. */
async function rowCells(table: Locator, header: string): Promise<string[]> {
	const row = table
		.getByRole('row')
		.filter({ has: table.page().getByRole('rowheader', { name: header, exact: true }) });
	return row.getByRole('cell').allTextContents();
}

// The page must be readable without JavaScript: it has none of its own.
test.use({ javaScriptEnabled: false });

test('every chart is a captioned figure holding an SVG image with a summary and a data table', async ({
	page,
}) => {
	await page.goto(ROUTE);
	await expect(page.locator('main figure')).toHaveCount(CHARTS.length);
	for (const name of CHARTS) {
		const chart = figure(page, name);
		await expect(chart).toBeVisible();
		const image = chart.locator('svg[role="img"]');
		await expect(image).toHaveCount(1);
		await expect(image).toBeVisible();
		expect((await image.getAttribute('aria-label'))?.length).toBeGreaterThan(40);
		// The table sits in a closed <details>, which opens without JavaScript.
		await expect(chartTable(page, name)).toBeHidden();
		const table = await openData(page, name);
		await expect(table.locator('caption')).not.toBeEmpty();
		expect(await table.getByRole('columnheader').count()).toBeGreaterThan(1);
		expect(await table.getByRole('rowheader').count()).toBeGreaterThan(0);
	}
	// Level names and colours are explained next to the first chart.
	await expect(
		page.getByRole('list', { name: 'Severity colours' }).getByRole('listitem'),
	).toHaveCount(LEVELS.length);
});

test('the incidents table counts every post-mortem in the UTC month it began', async ({ page }) => {
	await page.goto(ROUTE);
	const table = await openData(page, CHARTS[0]!);
	const columns = await table.locator('thead th').allTextContents();
	expect(columns).toEqual(['Month', ...LEVELS.map((level) => level.id), 'Total']);

	const months = await table.locator('tbody th').allTextContents();
	// The months run without gaps, oldest first, and end with the month the page was built in.
	const today = await page.locator('main time[datetime]').first().getAttribute('datetime');
	expect(months.at(-1)).toBe(monthLabel(`${today}T00:00:00Z`));
	const charted = INCIDENTS.filter((incident) => months.includes(monthLabel(incident.started_at)));
	expect(charted.length).toBeGreaterThan(0);

	for (const month of months) {
		const here = charted.filter((incident) => monthLabel(incident.started_at) === month);
		const expected = LEVELS.map((level) =>
			String(here.filter((incident) => incident.severity === level.id).length),
		);
		expect(await rowCells(table, month), month).toEqual([...expected, String(here.length)]);
	}
	const totals = await table.locator('tfoot td').allTextContents();
	expect(totals.at(-1)).toBe(String(charted.length));
});

test('levels without a target for a measure show “No target” instead of a share', async ({
	page,
}) => {
	await page.goto(ROUTE);
	const table = await openData(page, CHARTS[3]!);
	const measures = ['acknowledge', 'mitigate', 'resolve'];
	for (const level of LEVELS) {
		const cells = await rowCells(table, level.id);
		measures.forEach((measure, index) => {
			if (!level.targets?.[measure])
				expect(cells[index], `${level.id} ${measure}`).toBe('No target');
			else
				expect(cells[index], `${level.id} ${measure}`).toMatch(
					/^(\d+% \(\d+ of \d+\)|No incidents|Not measurable)$/,
				);
		});
	}
});

test('the action-items chart counts items opened per month and says how many are open', async ({
	page,
}) => {
	await page.goto(ROUTE);
	const table = await openData(page, CHARTS[4]!);
	const months = await table.locator('tbody th').allTextContents();
	const items = INCIDENTS.filter((incident) =>
		months.includes(monthLabel(incident.started_at)),
	).flatMap((incident) => extractActionItems(incident.body));
	expect(items.length).toBeGreaterThan(0);
	const [opened] = await rowCells(table, 'All months');
	expect(opened).toBe(String(items.length));

	const open = INCIDENTS.flatMap((incident) => extractActionItems(incident.body)).filter(
		(item) => item.status === 'Open' || item.status === 'In progress',
	).length;
	await expect(figure(page, CHARTS[4]!)).toContainText(
		`${open} action ${open === 1 ? 'item is' : 'items are'} still open`,
	);
});

test('the built page ships no script of its own, and no chart code reaches the browser', () => {
	const scripts = (route: string) => {
		const html = readFileSync(join('dist', route, 'index.html'), 'utf8');
		return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
			.filter((match) => !/type="application\/(?:ld\+)?json"/.test(match[1] ?? ''))
			.map((match) => /\bsrc="([^"]+)"/.exec(match[1] ?? '')?.[1] ?? `inline:${match[2]}`);
	};
	const baseline = new Set(scripts('reference/rules/file/empty'));
	expect(scripts('metrics').filter((script) => !baseline.has(script))).toEqual([]);

	const html = readFileSync(join('dist', 'metrics', 'index.html'), 'utf8');
	expect(html.match(/<svg\b[^>]*\brole="img"/g)).toHaveLength(CHARTS.length);
	// Plot's stylesheet is replaced by the site's, which knows the dark theme.
	expect(html).not.toContain('plot-d6a7b5');
	const bundles = readdirSync(join('dist', '_astro')).filter((name) => name.endsWith('.js'));
	for (const name of bundles) {
		const code = readFileSync(join('dist', '_astro', name), 'utf8');
		expect(code, name).not.toMatch(/linkedom|@observablehq\/plot|plot-d6a7b5/);
	}
});

test('charts shrink to fit a phone screen instead of widening the page', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 800 });
	await page.goto(ROUTE);
	for (const name of CHARTS) {
		const box = await figure(page, name).locator('svg').boundingBox();
		expect(box!.width, name).toBeLessThanOrEqual(360);
		expect(box!.width, name).toBeGreaterThan(250);
	}
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
	);
	expect(overflow).toBeLessThanOrEqual(0);
});

test('the data tables open from the keyboard', async ({ page }) => {
	await page.goto(ROUTE);
	const summary = figure(page, CHARTS[1]!).locator('summary');
	await summary.focus();
	await expect(summary).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(chartTable(page, CHARTS[1]!)).toBeVisible();
	// Tab reaches the scrollable table region next, so a wide table can be scrolled by keyboard.
	await page.keyboard.press('Tab');
	await expect(figure(page, CHARTS[1]!).getByRole('region')).toBeFocused();
});

test.describe('accessibility', () => {
	// Starlight applies the colour theme with a script, so these run with JavaScript on.
	test.use({ javaScriptEnabled: true });
	for (const theme of THEMES) {
		test(`the charts and their open tables have no serious or critical axe violations (${theme})`, async ({
			page,
		}) => {
			await page.emulateMedia({ colorScheme: theme });
			await page.goto(ROUTE);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			for (const name of CHARTS) await openData(page, name);
			await expectNoSevereAxeViolations(page);
		});
	}
});
