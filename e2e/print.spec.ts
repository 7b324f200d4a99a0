import { expect, test, type Locator, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isIncidentChecklist } from '../src/print/collections.ts';
import { expectNoSevereAxeViolations, THEMES } from './helpers/axe.ts';

/*
 * The print stylesheet and the print collections, on the built site, with print media emulated.
 * Documents and titles are read from the content, so the tests follow it.
 */

const CHECKLIST = '/maintenance/weekly/';
const NOW = new Date('2026-11-23T14:05:00Z');

const frontmatter = (path: string) =>
	parse(readFileSync(path, 'utf8').split(/^---$/m)[1] ?? '') as Record<string, unknown>;

const runbookFiles = readdirSync('src/content/runbooks').filter((name) => /\.mdx?$/.test(name));
/** A runbook whose body links out of the site, for the printed-URL test. */
const RUNBOOK = `/runbooks/${runbookFiles
	.find((name) => /\]\(https?:\/\//.test(readFileSync(join('src/content/runbooks', name), 'utf8')))!
	.replace(/\.mdx?$/, '')}/`;

const maintenanceTitles = readdirSync('src/content/maintenance')
	.filter((name) => /\.mdx?$/.test(name))
	.map((name) => String(frontmatter(join('src/content/maintenance', name))['title']));
const incidentChecklistCount = readdirSync('src/content/docs', {
	recursive: true,
	encoding: 'utf8',
})
	.filter((file) => /\.mdx?$/.test(file))
	.filter((file) =>
		isIncidentChecklist({
			id: file.replace(/\.mdx?$/, ''),
			body: readFileSync(join('src/content/docs', file), 'utf8'),
		}),
	).length;

async function print(page: Page) {
	await page.emulateMedia({ media: 'print' });
}

const styleOf = (locator: Locator, property: string, pseudo?: string) =>
	locator.evaluate(
		(element, [name, after]) =>
			getComputedStyle(element, after || null).getPropertyValue(name as string),
		[property, pseudo ?? ''] as const,
	);

test.describe('print stylesheet', () => {
	test('hides navigation, search, the theme picker, the table of contents and tool chrome', async ({
		page,
	}) => {
		await page.goto(RUNBOOK);
		const chrome = [
			page.locator('nav.sidebar'),
			page.locator('site-search'),
			page.locator('starlight-theme-select').first(),
			page.locator('.right-sidebar-container'),
			page.locator('.sl-skip-link'),
		];
		await expect(chrome[1]!).toBeVisible();
		await expect(page.locator('checklist-tracker .checklist-toolbar')).toBeVisible();
		await print(page);
		for (const element of chrome) await expect(element).toBeHidden();
		await expect(page.locator('checklist-tracker .checklist-toolbar')).toBeHidden();
		await expect(page.locator('main h1')).toBeVisible();
		await expect(page.locator('main h2').first()).toBeVisible();

		await page.goto('/runbooks/');
		await print(page);
		await expect(page.locator('main table.catalog')).toBeVisible();
		for (const selector of ['table-filters form', 'quick-finder', '.print-links'])
			await expect(page.locator(selector).first()).toBeHidden();

		await page.goto('/tools/sla-clock/');
		await print(page);
		await expect(page.locator('sla-clock button').first()).toBeHidden();
	});

	test('a checklist prints as a blank form: boxes empty even when ticked on screen, with a time blank', async ({
		page,
	}) => {
		await page.clock.setFixedTime(NOW);
		await page.goto(CHECKLIST);
		const item = page.locator('checklist-tracker li.task-list-item').first();
		const box = item.locator('> input[type="checkbox"]');

		const screenEmpty = await box.screenshot();
		await print(page);
		const printEmpty = await box.screenshot();
		expect(await styleOf(item, 'content', '::after')).toBe('"____:____ UTC"');
		expect(await styleOf(box, 'appearance')).toBe('none');

		await page.emulateMedia({ media: 'screen' });
		await box.check();
		await expect(item.locator('.checklist-tick-time')).toBeVisible();
		// The screenshots can tell a ticked box from an empty one...
		expect((await box.screenshot()).equals(screenEmpty)).toBe(false);
		await print(page);
		// ...and on paper the ticked box is pixel for pixel the empty one.
		expect((await box.screenshot()).equals(printEmpty)).toBe(true);
		await expect(box).toBeChecked();
		await expect(item.locator('.checklist-tick-time')).toBeHidden();
	});

	test('the footer gives the page address, the runbook’s review date and the printed date', async ({
		page,
	}) => {
		await page.clock.setFixedTime(NOW);
		await page.goto(RUNBOOK);
		const footer = page.locator('.print-footer');
		await expect(footer).toBeHidden();
		await print(page);
		await expect(footer).toBeVisible();
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		await expect(footer).toContainText(canonical!);
		const due = await page
			.locator('.meta-panel div')
			.filter({ hasText: 'Next review due' })
			.locator('time')
			.first()
			.textContent();
		await expect(footer).toContainText(new RegExp(`Review (due|overdue: it was due) ${due}`));
		await expect(footer).toContainText('Printed 2026-11-23 14:05 UTC');
		await expect(footer).toContainText(/Built \d{4}-\d{2}-\d{2}/);

		// Printed again later: the date is taken just before printing, not when the page loaded.
		await page.clock.setFixedTime(new Date('2026-11-24T08:30:00Z'));
		await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
		await expect(footer).toContainText('Printed 2026-11-24 08:30 UTC');
	});

	test('a checklist’s footer gives its cadence, last completion and next run', async ({ page }) => {
		await page.goto(CHECKLIST);
		await print(page);
		const last = frontmatter('src/content/maintenance/weekly.mdx')['last_completed'];
		await expect(page.locator('.print-footer')).toContainText(
			last ? new RegExp(`Runs weekly; last completed ${String(last)}`) : /Runs weekly/,
		);
	});

	test('tables and code blocks do not break across pages, and headings stay with what follows', async ({
		page,
	}) => {
		await page.goto(RUNBOOK);
		await print(page);
		const table = page.locator('main .sl-markdown-content table').first();
		expect(await styleOf(table, 'break-inside')).toBe('avoid');
		expect(await styleOf(table.locator('tr').first(), 'break-inside')).toBe('avoid');
		expect(await styleOf(table.locator('thead'), 'display')).toBe('table-header-group');
		expect(await styleOf(page.locator('main .expressive-code').first(), 'break-inside')).toBe(
			'avoid',
		);
		expect(await styleOf(page.locator('main .sl-markdown-content h2').first(), 'break-after')).toBe(
			'avoid',
		);
	});

	test('links print where they lead, as full addresses, except in-page and panel links', async ({
		page,
	}) => {
		await page.goto(RUNBOOK);
		await print(page);
		const content = (filter: string) =>
			page.locator(`main .sl-markdown-content a${filter}:not(.not-content *)`);
		// A link whose text is already its address is not repeated; pick one that is not.
		const bare = (text: string) =>
			text
				.trim()
				.replace(/^[a-z]+:\/\//i, '')
				.replace(/\/$/, '');
		const externals = await content('[href^="http"]').all();
		let checked = 0;
		for (const external of externals) {
			const href = (await external.getAttribute('href')) ?? '';
			const repeated = bare((await external.textContent()) ?? '') === bare(href);
			expect(await styleOf(external, 'content', '::after')).toBe(
				repeated ? 'none' : `" (${href})"`,
			);
			if (!repeated) checked++;
		}
		expect(checked).toBeGreaterThan(0);
		const internal = content('[href^="/"]').first();
		const path = await internal.getAttribute('href');
		const origin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '')
			.origin;
		expect(await styleOf(internal, 'content', '::after')).toBe(`" (${origin}${path})"`);
		// The severity badge in the details panel is chrome, not a reference to write down.
		const panelLink = page.locator('.meta-panel a').first();
		expect(await styleOf(panelLink, 'content', '::after')).toBe('none');
		// Nor is each row of a catalog: its title is enough to find the document.
		await page.goto('/runbooks/');
		await print(page);
		const rowLink = page.locator('table.catalog tbody a').first();
		expect(await styleOf(rowLink, 'content', '::after')).toBe('none');
	});

	for (const theme of THEMES) {
		test(`prints dark text on white in the ${theme} theme`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: theme });
			await page.goto(CHECKLIST);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			await print(page);
			const color = await styleOf(page.locator('main p').first(), 'color');
			const channels = color
				.match(/\d+(\.\d+)?/g)!
				.slice(0, 3)
				.map(Number);
			expect(Math.max(...channels)).toBeLessThan(90);
		});
	}

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('the footer shows the build date, labelled as such, and the boxes still print empty', async ({
			page,
		}) => {
			await page.goto(CHECKLIST);
			await print(page);
			const footer = page.locator('.print-footer');
			await expect(footer).toBeVisible();
			await expect(footer).toContainText(/Built \d{4}-\d{2}-\d{2}/);
			await expect(footer.locator('[data-printed]')).toBeHidden();
			const box = page.locator('li.task-list-item > input[type="checkbox"]').first();
			expect(await styleOf(box, 'appearance')).toBe('none');
		});
	});
});

test.describe('print collections', () => {
	test('/print/checklists/ has a cover, a contents list, and each checklist on a new page', async ({
		page,
	}) => {
		await page.goto('/print/checklists/');
		await expect(page.locator('main h1')).toHaveText('Printable checklists');
		const total = maintenanceTitles.length + incidentChecklistCount;
		const cover = page.locator('.print-cover');
		await expect(cover).toContainText(`${total} checklists`);
		await expect(cover).toContainText(/Built\s*\d{4}-\d{2}-\d{2}/);
		await expect(cover).toContainText(/Site\s*https?:\/\//);

		const contents = page.getByRole('navigation', { name: 'Contents' });
		const links = contents.locator('ol > li > a[href^="#"]');
		await expect(links).toHaveCount(total);
		const titles = (await links.allTextContents()).map((title) => title.trim());
		// Maintenance checklists first, then the incident checklists from handbook pages.
		expect(new Set(titles.slice(0, maintenanceTitles.length))).toEqual(new Set(maintenanceTitles));
		expect(titles).toContain('Incident process');

		const entries = page.locator('section.print-entry');
		await expect(entries).toHaveCount(total);
		for (const [index, link] of (await links.all()).entries()) {
			const id = (await link.getAttribute('href'))!.slice(1);
			await expect(entries.nth(index)).toHaveAttribute('id', id);
			await expect(entries.nth(index).locator('h2').first()).toHaveText(titles[index]!);
		}

		await print(page);
		for (const entry of await entries.all())
			expect(await styleOf(entry, 'break-before')).toBe('page');
		await expect(page.locator('.print-cover-howto')).toBeHidden();
	});

	test('/print/runbooks/ holds every runbook, each with its review date', async ({ page }) => {
		await page.goto('/print/runbooks/');
		const entries = page.locator('section.print-entry');
		await expect(entries).toHaveCount(runbookFiles.length);
		for (const entry of await entries.all())
			await expect(entry.locator('.print-entry-stamp')).toContainText(/Review (due|overdue)/);
		await print(page);
		expect(await styleOf(entries.first(), 'break-before')).toBe('page');
	});

	test('ids stay unique in the combined document and in-page links resolve', async ({ page }) => {
		for (const route of ['/print/checklists/', '/print/runbooks/']) {
			await page.goto(route);
			const problems = await page.evaluate(() => {
				const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
				const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
				const dangling = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="#"]')]
					.map((link) => decodeURIComponent(link.hash.slice(1)))
					.filter((id) => id && id !== '_top' && !document.getElementById(id));
				return { duplicates, dangling };
			});
			expect(problems).toEqual({ duplicates: [], dangling: [] });
		}
	});

	test('the contents list works from the keyboard', async ({ page }) => {
		await page.goto('/print/runbooks/');
		const first = page.getByRole('navigation', { name: 'Contents' }).getByRole('link').first();
		await first.focus();
		await page.keyboard.press('Enter');
		const id = (await first.getAttribute('href'))!;
		await expect(page).toHaveURL(new RegExp(`${id}$`));
		await expect(page.locator(`${id} h2`).first()).toBeInViewport();
	});

	test('catalogs and checklists link to the printable versions and the PDFs', async ({ page }) => {
		await page.goto('/maintenance/');
		await expect(page.getByRole('link', { name: 'Printable version' })).toHaveAttribute(
			'href',
			/\/print\/checklists\/$/,
		);
		await expect(page.getByRole('link', { name: 'PDF', exact: true })).toHaveAttribute(
			'href',
			/\/print\/checklists\.pdf$/,
		);
		await page.goto('/runbooks/');
		await expect(page.getByRole('link', { name: 'Printable version' })).toHaveAttribute(
			'href',
			/\/print\/runbooks\/$/,
		);
		await expect(page.getByRole('link', { name: 'PDF', exact: true })).toHaveAttribute(
			'href',
			/\/print\/runbooks\.pdf$/,
		);
		await page.goto(CHECKLIST);
		await expect(page.getByRole('link', { name: 'PDF', exact: true })).toHaveAttribute(
			'href',
			/\/print\/checklists\/weekly\.pdf$/,
		);
		await print(page);
		await expect(page.locator('.print-links')).toBeHidden();
	});

	for (const route of ['/print/checklists/', '/print/runbooks/'])
		for (const theme of THEMES) {
			test(`${route} has no serious or critical axe violations (${theme})`, async ({ page }) => {
				// A whole collection on one page: axe takes over ten seconds on a busy two-core machine.
				test.slow();
				await page.emulateMedia({ colorScheme: theme });
				await page.goto(route);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				await expectNoSevereAxeViolations(page);
			});
		}

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('the collections read in full', async ({ page }) => {
			await page.goto('/print/checklists/');
			await expect(page.locator('section.print-entry').first()).toBeVisible();
			await expect(page.locator('section.print-entry li.task-list-item').first()).toBeVisible();
		});
	});
});
