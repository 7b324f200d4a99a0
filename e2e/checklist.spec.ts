import { expect, test, type Page } from '@playwright/test';
import { expectNoSevereAxeViolations, THEMES } from './helpers/axe.ts';
import { itemKeys } from '../src/tools/checklist/items.ts';

const WEEKLY = '/maintenance/weekly/';
const RUNBOOK = '/runbooks/complete-site-outage/';
const storageKey = (path: string) => `handbook:checklist:${path}`;

const tracker = (page: Page) => page.locator('checklist-tracker');
const toolbar = (page: Page) => page.locator('checklist-tracker .checklist-toolbar');
const progressText = (page: Page) => page.locator('checklist-tracker [data-progress]');
const items = (page: Page) => page.locator('checklist-tracker li.task-list-item');
const boxes = (page: Page) => items(page).locator('> input[type="checkbox"]');
const tickTime = (page: Page, index: number) =>
	items(page).nth(index).locator('.checklist-tick-time');

/** Fails the test on any uncaught exception or console error in the page. */
function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	return errors;
}

async function stored(page: Page, path: string): Promise<string | null> {
	return page.evaluate((key) => localStorage.getItem(key), storageKey(path));
}

/** The item texts as the page names its boxes (the aria-label is the item's text). */
async function itemTexts(page: Page): Promise<string[]> {
	return boxes(page).evaluateAll((inputs) =>
		inputs.map((input) => input.getAttribute('aria-label') ?? ''),
	);
}

/** Presses Tab until `accept` holds for the focused element; fails after `limit` presses. */
async function tabUntil(
	page: Page,
	accept: (element: Element | null) => boolean,
	{ limit = 250, shift = false } = {},
): Promise<void> {
	for (let press = 0; press < limit; press++) {
		await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
		if (await page.evaluate(`(${accept.toString()})(document.activeElement)`)) return;
	}
	throw new Error(`no matching element within ${limit} Tab presses`);
}

test.describe('checklist tracker', () => {
	test('ticks items on a maintenance checklist with UTC times and progress, and keeps them over a reload', async ({
		page,
	}) => {
		const errors = collectErrors(page);
		await page.clock.setFixedTime(new Date('2026-11-23T14:05:00Z'));
		await page.goto(WEEKLY);
		const total = await items(page).count();
		expect(total).toBeGreaterThan(10);
		await expect(toolbar(page)).toBeVisible();
		await expect(progressText(page)).toHaveText(`0 / ${total}`);
		await expect(boxes(page).first()).toBeEnabled();

		await boxes(page).nth(0).check();
		await expect(tickTime(page, 0)).toHaveText('✓ 14:05 UTC');
		await expect(progressText(page)).toHaveText(`1 / ${total}`);
		// The progress is announced politely.
		await expect(page.locator('checklist-tracker .checklist-progress')).toHaveAttribute(
			'role',
			'status',
		);

		await page.clock.setFixedTime(new Date('2026-11-23T14:09:00Z'));
		await boxes(page).nth(7).check();
		await boxes(page)
			.nth(total - 1)
			.check();
		await expect(tickTime(page, 7)).toHaveText('✓ 14:09 UTC');
		await expect(progressText(page)).toHaveText(`3 / ${total}`);

		await boxes(page).nth(7).uncheck();
		await expect(tickTime(page, 7)).toHaveCount(0);
		await expect(progressText(page)).toHaveText(`2 / ${total}`);

		const saved = JSON.parse((await stored(page, WEEKLY)) ?? 'null') as {
			version: number;
			ticks: Array<{ key: string; at: string }>;
		};
		expect(saved.version).toBe(1);
		expect(saved.ticks.map((tick) => tick.at)).toEqual([
			'2026-11-23T14:05:00.000Z',
			'2026-11-23T14:09:00.000Z',
		]);

		// A reload, later the same day: the ticks and their times are back.
		await page.clock.setFixedTime(new Date('2026-11-23T18:00:00Z'));
		await page.reload();
		await expect(progressText(page)).toHaveText(`2 / ${total}`);
		await expect(boxes(page).nth(0)).toBeChecked();
		await expect(boxes(page).nth(7)).not.toBeChecked();
		await expect(boxes(page).nth(total - 1)).toBeChecked();
		await expect(tickTime(page, 0)).toHaveText('✓ 14:05 UTC');
		await expect(tickTime(page, total - 1)).toHaveText('✓ 14:09 UTC');

		// Another day: the date is shown so Monday's ticks are not mistaken for today's.
		await page.clock.setFixedTime(new Date('2026-11-25T09:00:00Z'));
		await page.reload();
		await expect(tickTime(page, 0)).toHaveText('✓ 2026-11-23 14:05 UTC');

		// Each page keeps its own state.
		await page.goto(RUNBOOK);
		await expect(progressText(page)).toHaveText(`0 / ${await items(page).count()}`);
		expect(errors).toEqual([]);
	});

	test('copies a runbook checklist as Markdown and as timeline rows in tick order', async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.clock.setFixedTime(new Date('2026-11-23T14:01:00Z'));
		await page.goto(RUNBOOK);
		const texts = await itemTexts(page);
		const total = texts.length;

		await boxes(page).nth(2).check();
		await page.clock.setFixedTime(new Date('2026-11-23T14:05:00Z'));
		await boxes(page).nth(0).check();
		await page.clock.setFixedTime(new Date('2026-11-23T14:12:00Z'));
		await boxes(page)
			.nth(total - 1)
			.check();
		await expect(progressText(page)).toHaveText(`3 / ${total}`);
		await expect(tickTime(page, 2)).toHaveText('✓ 14:01 UTC');

		const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
		const feedback = page.locator('checklist-tracker [data-feedback]');

		await page.getByRole('button', { name: 'Copy as Markdown' }).click();
		await expect(feedback).toContainText('Copied');
		const markdown = await clipboard();
		const lines = markdown.trim().split('\n');
		// Every item appears once, ticked or not, under its section heading.
		expect(lines.filter((line) => /^- \[[ x]\] /.test(line))).toHaveLength(total);
		expect(lines).toContain('## Mitigation');
		expect(lines).toContain('## Verification');
		expect(lines[2]).toBe(`- [x] ${texts[0]} (14:05 UTC)`);
		expect(lines[3]).toMatch(/^- \[ \] /);
		expect(lines[4]).toBe(`- [x] ${texts[2]} (14:01 UTC)`);
		// Inline code stays code.
		expect(markdown).toContain('`kubectl -n prod scale deployment/web --replicas=20`');
		expect(lines.at(-1)).toMatch(/^- \[x\] .* \(14:12 UTC\)$/);

		await page.getByRole('button', { name: 'Copy as timeline rows' }).click();
		await expect(feedback).toHaveText('Copied 3 timeline rows.');
		const rows = (await clipboard()).trim().split('\n');
		expect(rows).toEqual([
			`| 14:01 | ${texts[2]} |`,
			`| 14:05 | ${texts[0]} |`,
			expect.stringMatching(/^\| 14:12 \| .+ \|$/),
		]);
	});

	test('copies through a hidden text area when the Clipboard API is refused', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', {
				value: { writeText: () => Promise.reject(new Error('blocked')) },
			});
			document.addEventListener('copy', () => {
				const area = document.activeElement as HTMLTextAreaElement | null;
				(window as unknown as { copied: string }).copied =
					area?.value.slice(area.selectionStart, area.selectionEnd) ?? '';
			});
		});
		await page.clock.setFixedTime(new Date('2026-11-23T14:05:00Z'));
		await page.goto(RUNBOOK);
		const [first] = await itemTexts(page);
		await boxes(page).nth(0).check();
		const button = page.getByRole('button', { name: 'Copy as timeline rows' });
		await button.click();
		await expect(page.locator('checklist-tracker [data-feedback]')).toHaveText(
			'Copied 1 timeline row.',
		);
		expect(await page.evaluate(() => (window as unknown as { copied: string }).copied)).toBe(
			`| 14:05 | ${first} |\n`,
		);
		// The text area is gone and focus is back on the button.
		await expect(page.locator('checklist-tracker textarea')).toHaveCount(0);
		await expect(button).toBeFocused();
	});

	test('Reset asks first: Cancel keeps the ticks, Yes clears them', async ({ page }) => {
		await page.goto(WEEKLY);
		const total = await items(page).count();
		await boxes(page).nth(1).check();
		await boxes(page).nth(3).check();
		await expect(progressText(page)).toHaveText(`2 / ${total}`);

		await page.getByRole('button', { name: 'Reset' }).click();
		const confirm = page.getByRole('group', { name: 'Confirm reset' });
		await expect(confirm).toBeVisible();
		await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
		await confirm.getByRole('button', { name: 'Cancel' }).click();
		await expect(confirm).toBeHidden();
		await expect(progressText(page)).toHaveText(`2 / ${total}`);
		await expect(boxes(page).nth(1)).toBeChecked();
		expect(await stored(page, WEEKLY)).not.toBeNull();

		await page.getByRole('button', { name: 'Reset' }).click();
		await page.getByRole('button', { name: 'Yes, reset' }).click();
		await expect(progressText(page)).toHaveText(`0 / ${total}`);
		await expect(page.locator('checklist-tracker li.task-list-item input:checked')).toHaveCount(0);
		await expect(page.locator('checklist-tracker .checklist-tick-time')).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Reset' })).toBeFocused();
		expect(await stored(page, WEEKLY)).toBeNull();
		await page.reload();
		await expect(progressText(page)).toHaveText(`0 / ${total}`);
	});

	test('ticks stay with their items after the document changes', async ({ page }) => {
		const errors = collectErrors(page);
		await page.clock.setFixedTime(new Date('2026-11-23T15:00:00Z'));
		await page.goto(WEEKLY);
		const texts = await itemTexts(page);
		const total = texts.length;
		// The checklist as it was when the ticks were made: a step that has since been removed
		// came first, and two of today's items were in the opposite order.
		const old = ['Call the vendor about the expiring support contract', texts[5], texts[1]].map(
			(text) => text ?? '',
		);
		const [removed, fifth, second] = itemKeys(old);
		const seeded = JSON.stringify({
			version: 1,
			ticks: [
				{ key: removed, at: '2026-11-23T13:00:00.000Z' },
				{ key: fifth, at: '2026-11-23T13:10:00.000Z' },
				{ key: second, at: '2026-11-23T13:20:00.000Z' },
			],
		});
		await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
			storageKey(WEEKLY),
			seeded,
		] as const);
		await page.reload();

		await expect(progressText(page)).toHaveText(`2 / ${total}`);
		const checked = await boxes(page).evaluateAll((inputs) =>
			inputs.flatMap((input, index) => ((input as HTMLInputElement).checked ? [index] : [])),
		);
		expect(checked).toEqual([1, 5]);
		await expect(tickTime(page, 1)).toHaveText('✓ 13:20 UTC');
		await expect(tickTime(page, 5)).toHaveText('✓ 13:10 UTC');
		await expect(tickTime(page, 0)).toHaveCount(0);
		// Nothing is written until the responder ticks something.
		expect(await stored(page, WEEKLY)).toBe(seeded);

		await boxes(page).nth(0).check();
		const saved = JSON.parse((await stored(page, WEEKLY)) ?? '{}') as {
			ticks: Array<{ key: string }>;
		};
		expect(saved.ticks.map((tick) => tick.key)).toEqual([fifth, second, itemKeys(texts)[0]]);
		expect(errors).toEqual([]);
	});

	for (const [name, value] of [
		['corrupted JSON', '{not json'],
		['an array', '[]'],
		['a wrong version', JSON.stringify({ version: 2, ticks: [{ key: 'x', at: 'now' }] })],
		['a wrong shape', JSON.stringify({ version: 1, ticks: 'all of them' })],
	] as const) {
		test(`ignores ${name} in localStorage without an error`, async ({ page }) => {
			const errors = collectErrors(page);
			await page.goto(WEEKLY);
			const total = await items(page).count();
			await page.evaluate(([key, raw]) => localStorage.setItem(key, raw), [
				storageKey(WEEKLY),
				value,
			] as const);
			await page.reload();
			await expect(toolbar(page)).toBeVisible();
			await expect(progressText(page)).toHaveText(`0 / ${total}`);
			await expect(page.locator('checklist-tracker li.task-list-item input:checked')).toHaveCount(
				0,
			);
			// Left alone until the responder ticks something, then replaced by valid state.
			expect(await stored(page, WEEKLY)).toBe(value);
			await boxes(page).nth(0).check();
			await expect(progressText(page)).toHaveText(`1 / ${total}`);
			expect(JSON.parse((await stored(page, WEEKLY)) ?? '{}')).toMatchObject({ version: 1 });
			expect(errors).toEqual([]);
		});
	}

	test('works from the keyboard alone', async ({ page }) => {
		await page.clock.setFixedTime(new Date('2026-11-23T14:05:00Z'));
		await page.goto(RUNBOOK);
		const total = await items(page).count();
		const isBox = (element: Element | null) =>
			element instanceof HTMLInputElement && element.closest('li.task-list-item') !== null;

		// Space ticks the first box, Enter ticks the next one.
		await tabUntil(page, isBox);
		await page.keyboard.press('Space');
		await expect(boxes(page).nth(0)).toBeChecked();
		await tabUntil(page, isBox);
		await page.keyboard.press('Enter');
		await expect(boxes(page).nth(1)).toBeChecked();
		await expect(progressText(page)).toHaveText(`2 / ${total}`);
		await page.keyboard.press('Space');
		await expect(boxes(page).nth(1)).not.toBeChecked();
		await page.keyboard.press('Space');
		await expect(progressText(page)).toHaveText(`2 / ${total}`);

		// Back to the toolbar: Reset, then Escape cancels and Enter on "Yes, reset" clears.
		await tabUntil(page, (element) => element?.getAttribute('data-action') === 'reset', {
			shift: true,
		});
		await page.keyboard.press('Enter');
		await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(page.getByRole('button', { name: 'Reset' })).toBeFocused();
		await expect(progressText(page)).toHaveText(`2 / ${total}`);
		await page.keyboard.press('Space');
		await page.keyboard.press('Shift+Tab');
		await expect(page.getByRole('button', { name: 'Yes, reset' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(progressText(page)).toHaveText(`0 / ${total}`);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('the checklist reads as a list and no toolbar shows', async ({ page }) => {
			await page.goto(WEEKLY);
			const total = await items(page).count();
			expect(total).toBeGreaterThan(10);
			await expect(page.locator('main ul.contains-task-list').first()).toBeVisible();
			await expect(items(page).first()).toContainText('Dependabot');
			await expect(boxes(page).first()).toBeDisabled();
			await expect(toolbar(page)).toBeHidden();
			await expect(page.getByRole('button', { name: 'Reset' })).toHaveCount(0);
		});
	});

	test('printed, it shows empty boxes and no toolbar', async ({ page }) => {
		await page.goto(WEEKLY);
		await boxes(page).nth(0).check();
		await expect(tickTime(page, 0)).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(toolbar(page)).toBeHidden();
		await expect(tickTime(page, 0)).toBeHidden();
		const style = await boxes(page)
			.nth(0)
			.evaluate((box) => {
				const computed = getComputedStyle(box);
				return {
					appearance: computed.appearance,
					background: computed.backgroundColor,
					border: computed.borderTopStyle,
				};
			});
		// No native check mark is drawn: a plain white box with a border, ticked or not.
		expect(style).toEqual({
			appearance: 'none',
			background: 'rgb(255, 255, 255)',
			border: 'solid',
		});
		await page.emulateMedia({ media: 'screen' });
		await expect(toolbar(page)).toBeVisible();
	});

	test('pages without task lists have no tracker and load none of its script', async ({ page }) => {
		await page.goto(WEEKLY);
		await expect(toolbar(page)).toBeVisible();
		// The script that defines the tracker, found by what it does rather than by its file name.
		const sources = await page
			.locator('script[src]')
			.evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).src));
		const trackerScripts: string[] = [];
		for (const source of sources) {
			const code = await (await page.request.get(source)).text();
			if (code.includes('checklist-tracker')) trackerScripts.push(new URL(source).pathname);
		}
		expect(trackerScripts).toHaveLength(1);

		for (const route of ['/severity/', '/guides/configuration/', '/incidents/']) {
			const requested: string[] = [];
			const onRequest = (request: { url(): string }) =>
				requested.push(new URL(request.url()).pathname);
			page.on('request', onRequest);
			await page.goto(route);
			await expect(page.locator('main h1')).toBeVisible();
			page.off('request', onRequest);
			await expect(tracker(page)).toHaveCount(0);
			expect(await page.evaluate(() => customElements.get('checklist-tracker'))).toBeUndefined();
			expect(await page.content()).not.toContain('checklist-tracker');
			expect(requested).not.toContain(trackerScripts[0]);
		}
	});

	test('a component with its own checkboxes, such as the severity picker, is left alone', async ({
		page,
	}) => {
		const response = await page.goto('/tools/severity/');
		test.skip(response?.status() !== 200, 'the severity picker page is not built');
		await expect(page.locator('main h1')).toBeVisible();
		await expect(tracker(page)).toHaveCount(0);
		expect(await page.evaluate(() => customElements.get('checklist-tracker'))).toBeUndefined();
	});

	test.describe('accessibility', () => {
		for (const theme of THEMES) {
			test(`a checklist page with ticks has no serious or critical axe violations (${theme})`, async ({
				page,
			}) => {
				await page.emulateMedia({ colorScheme: theme });
				await page.clock.setFixedTime(new Date('2026-11-23T14:05:00Z'));
				await page.goto(WEEKLY);
				await boxes(page).nth(0).check();
				await boxes(page).nth(4).check();
				await expect(tickTime(page, 4)).toBeVisible();
				await expectNoSevereAxeViolations(page);
				// The confirmation step too.
				await page.goto(RUNBOOK);
				await boxes(page).nth(0).check();
				await page.getByRole('button', { name: 'Reset' }).click();
				await expect(page.getByRole('button', { name: 'Yes, reset' })).toBeVisible();
				await expectNoSevereAxeViolations(page);
			});
		}
	});
});
