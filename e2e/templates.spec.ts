import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoSevereAxeViolations, THEMES } from './helpers/axe.ts';

const COMMUNICATION = '/handbook/communication/';

/** The `text` code blocks of the communication page, as written in its source. */
function templatesInSource(): string[] {
	const source = readFileSync('src/content/docs/handbook/communication.md', 'utf8');
	return [...source.matchAll(/^```text\n([\s\S]*?)\n```$/gm)].map((match) => match[1] ?? '');
}

const templateBlocks = (page: Page) =>
	page.locator('main .expressive-code').filter({ has: page.locator('pre[data-language="text"]') });

test.describe('communication templates', () => {
	test('fill-in fields are highlighted in every text template', async ({ page }) => {
		await page.goto(COMMUNICATION);
		const templates = templatesInSource();
		expect(templates.length).toBeGreaterThan(3);
		await expect(templateBlocks(page)).toHaveCount(templates.length);

		const declaration = templateBlocks(page).first();
		await expect(declaration.locator('mark.fill-in', { hasText: /^\[Name\]$/ })).toHaveCount(4);
		const time = declaration.locator('mark.fill-in', { hasText: /^\[Time in UTC\]$/ });
		await expect(time).toHaveCount(1);
		await expect(time).toBeVisible();

		// Every bracketed field of every template is marked, and nothing else is.
		for (const [index, template] of templates.entries()) {
			const fields = template.match(/\[[^[\]\n]*[^[\]\s][^[\]\n]*\]/g) ?? [];
			const marked = await templateBlocks(page)
				.nth(index)
				.locator('mark.fill-in')
				.allTextContents();
			expect(marked).toEqual(fields);
		}
	});

	for (const theme of THEMES) {
		test(`fill-in fields stand out from the code block (${theme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: theme });
			await page.goto(COMMUNICATION);
			const mark = templateBlocks(page).first().locator('mark.fill-in').first();
			const colours = await mark.evaluate((element) => ({
				mark: getComputedStyle(element).backgroundColor,
				block: getComputedStyle(element.closest('pre') as Element).backgroundColor,
			}));
			expect(colours.mark).not.toBe('rgba(0, 0, 0, 0)');
			expect(colours.mark).not.toBe(colours.block);
		});
	}

	test('code blocks in other languages are left alone', async ({ page }) => {
		await page.goto('/handbook/mitigation/');
		await expect(
			page.locator('pre[data-language="bash"]', { hasText: '[what the change did]' }),
		).toHaveCount(1);
		await expect(page.locator('mark.fill-in')).toHaveCount(0);
	});

	test('the copy button copies the plain template text', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(COMMUNICATION);
		const templates = templatesInSource();
		for (const index of [0, 1]) {
			const block = templateBlocks(page).nth(index);
			await block.getByRole('button', { name: 'Copy to clipboard' }).click();
			await expect(block.locator('.copy [aria-live]')).not.toBeEmpty();
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			expect(copied).toBe(templates[index]);
			expect(copied).not.toContain('<mark');
		}
	});

	test.describe('accessibility', () => {
		for (const theme of THEMES) {
			test(`the communication page has no serious or critical axe violations (${theme})`, async ({
				page,
			}) => {
				await page.emulateMedia({ colorScheme: theme });
				await page.goto(COMMUNICATION);
				await expect(page.locator('mark.fill-in').first()).toBeVisible();
				await expectNoSevereAxeViolations(page);
			});
		}
	});
});
