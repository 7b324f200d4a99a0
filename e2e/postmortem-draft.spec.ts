import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { validateSources } from '../src/engine/engine.ts';
import { loadHandbookConfig } from '../src/engine/config.ts';
import type { SourceFile } from '../src/engine/parse/source.ts';
import { expectNoSevereAxeViolations, THEMES } from './helpers/axe.ts';

/*
 * The "Post-mortem draft" download on the SLA clock and on a checklist page, end to end: the
 * downloaded file is read back and validated by the engine against the handbook's own content,
 * as if saved in src/content/incidents/. Levels come from the incident scale; nothing here names
 * a level id.
 */

interface Level {
	id: string;
	targets?: Record<string, string>;
}
const { levels } = parse(readFileSync('src/content/severity/incident.yaml', 'utf8')) as {
	levels: Level[];
};
const TOP = levels[0]!;

const CLOCK = '/tools/sla-clock/';
const RUNBOOK = '/runbooks/complete-site-outage/';
const WEEKLY = '/maintenance/weekly/';
const TODAY = '2026-11-23';
const SUCCESS =
	'Downloaded 2026-11-23-incident.mdx. Save it in src/content/incidents/ and fill in the [bracketed] fields.';

const boxes = (page: Page) =>
	page.locator('checklist-tracker li.task-list-item > input[type="checkbox"]');
const trackerButton = (page: Page) =>
	page.locator('checklist-tracker').getByRole('button', { name: 'Post-mortem draft' });
const trackerStatus = (page: Page) => page.locator('checklist-tracker [data-feedback]');
const clockButton = (page: Page) =>
	page.locator('sla-clock').getByRole('button', { name: 'Post-mortem draft' });
const clockStatus = (page: Page) => page.locator('sla-clock [data-draft-status]');

async function at(page: Page, iso: string) {
	await page.clock.setFixedTime(new Date(iso));
}

/** Clicks (or presses Enter on) a button and returns the file it downloads. */
async function download(
	page: Page,
	button: Locator,
	how: 'click' | 'Enter' = 'click',
): Promise<{ name: string; text: string }> {
	const event: Promise<Download> = page.waitForEvent('download');
	if (how === 'click') await button.click();
	else await page.keyboard.press('Enter');
	const file = await event;
	const path = await file.path();
	return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

function frontmatter(text: string): Record<string, unknown> {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
	expect(match, 'the draft starts with frontmatter').not.toBeNull();
	return parse(match![1]!) as Record<string, unknown>;
}

/** The Timeline rows as `time | event` strings. */
function timeline(text: string): string[] {
	const section = text.split('\n## Timeline\n')[1]!.split('\n## ')[0]!;
	return section
		.split('\n')
		.filter((line) => /^\| (?!Time|---)/.test(line))
		.map((line) => line.slice(2, -2));
}

/** Every file under src/content, as the validator reads a project. */
function contentSources(): SourceFile[] {
	return readdirSync('src/content', { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
		.map((entry) => join(entry.parentPath, entry.name))
		.map((file) => ({
			path: relative('.', file).split('\\').join('/'),
			contents: readFileSync(file),
		}));
}

/** What `npm run validate` says about the draft once saved in src/content/incidents/. */
function validate(name: string, text: string) {
	const path = `src/content/incidents/${name}`;
	const sources = [
		...contentSources().filter((source) => source.path !== path),
		{ path, contents: text },
	];
	const report = validateSources(sources, { today: TODAY, config: loadHandbookConfig('.').config });
	return report.problems
		.filter((problem) => problem.file === path)
		.map((problem) => `${problem.severity} ${problem.ruleId}: ${problem.message}`);
}

/** Presses Tab (or Shift+Tab, `back`) until `target` has focus. */
async function tabTo(page: Page, target: Locator, back = false) {
	for (let press = 0; press < 250; press++) {
		if (await target.evaluate((element) => element === document.activeElement)) return;
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
	}
	await expect(target).toBeFocused();
}

test('a draft from the checklist page and one from the clock, both valid post-mortems', async ({
	page,
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));

	// The clock is started from a link, as a responder would open it from the incident channel.
	await at(page, '2026-11-23T09:00:00Z');
	await page.goto(
		`${CLOCK}?severity=${TOP.id}&start=2026-11-23T08:50:00Z&ack=2026-11-23T08:53:00Z`,
	);
	await expect(clockButton(page)).toBeVisible();

	// Steps ticked on a runbook.
	await page.goto(RUNBOOK);
	const texts = await boxes(page).evaluateAll((inputs) =>
		inputs.map((input) => input.getAttribute('aria-label') ?? ''),
	);
	await at(page, '2026-11-23T09:05:00Z');
	await boxes(page).nth(0).check();
	await at(page, '2026-11-23T09:12:00Z');
	await boxes(page).nth(2).check();

	await at(page, '2026-11-23T09:20:00Z');
	const fromChecklist = await download(page, trackerButton(page));
	await expect(trackerStatus(page)).toHaveText(SUCCESS);
	expect(fromChecklist.name).toBe('2026-11-23-incident.mdx');
	expect(frontmatter(fromChecklist.text)).toMatchObject({
		severity: TOP.id,
		status: 'draft',
		started_at: '2026-11-23T08:50:00Z',
		detected_at: '2026-11-23T08:50:00Z',
		acknowledged_at: '2026-11-23T08:53:00Z',
		// Not marked yet: the latest time known, the second tick, and the draft says so.
		mitigated_at: '2026-11-23T09:12:00Z',
		resolved_at: '2026-11-23T09:12:00Z',
		runbooks: ['complete-site-outage'],
	});
	expect(fromChecklist.text).toContain('- resolved_at is the latest time this browser knows of');
	expect(timeline(fromChecklist.text)).toEqual([
		'08:50 | Incident start',
		'08:53 | Acknowledged',
		`09:05 | ${texts[0]}`,
		`09:12 | ${texts[2]}`,
	]);
	expect(validate(fromChecklist.name, fromChecklist.text)).toEqual([]);

	// Back on the clock: mark mitigation and resolution, then download from there.
	await page.goto(CLOCK);
	await at(page, '2026-11-23T09:30:00Z');
	await page.getByRole('button', { name: 'Mark mitigated now' }).click();
	await at(page, '2026-11-23T09:45:00Z');
	await page.getByRole('button', { name: 'Mark resolved now' }).click();
	const fromClock = await download(page, clockButton(page));
	await expect(clockStatus(page)).toHaveText(SUCCESS);
	expect(frontmatter(fromClock.text)).toMatchObject({
		severity: TOP.id,
		started_at: '2026-11-23T08:50:00Z',
		acknowledged_at: '2026-11-23T08:53:00Z',
		mitigated_at: '2026-11-23T09:30:00Z',
		resolved_at: '2026-11-23T09:45:00Z',
		runbooks: ['complete-site-outage'],
	});
	// The runbook's ticks come along: the tracker saved each step's text for the clock to read.
	expect(timeline(fromClock.text)).toEqual([
		'08:50 | Incident start',
		'08:53 | Acknowledged',
		`09:05 | ${texts[0]}`,
		`09:12 | ${texts[2]}`,
		'09:30 | Mitigated',
		'09:45 | Resolved',
	]);
	expect(fromClock.text).not.toMatch(/- (?:acknowledged|mitigated|resolved)_at is/);
	expect(validate(fromClock.name, fromClock.text)).toEqual([]);
	expect(errors).toEqual([]);
});

test('ticks across UTC midnight carry their dates, and the file is named after the start day', async ({
	page,
}) => {
	await at(page, '2026-11-22T23:58:00Z');
	await page.goto(WEEKLY);
	const texts = await boxes(page).evaluateAll((inputs) =>
		inputs.map((input) => input.getAttribute('aria-label') ?? ''),
	);
	await boxes(page).nth(1).check();
	await at(page, '2026-11-23T00:04:00Z');
	await boxes(page).nth(3).check();
	const file = await download(page, trackerButton(page));
	expect(file.name).toBe('2026-11-22-incident.mdx');
	// Without a clock: the least severe level, and the draft says why.
	expect(frontmatter(file.text)).toMatchObject({
		severity: levels.at(-1)!.id,
		started_at: '2026-11-22T23:58:00Z',
		resolved_at: '2026-11-23T00:04:00Z',
		runbooks: [],
	});
	expect(file.text).toContain(`- severity is ${levels.at(-1)!.id}, the least severe level`);
	// The rows keep inline code, which the boxes' labels (plain text) do not show.
	expect(timeline(file.text).map((row) => row.replaceAll('`', ''))).toEqual([
		`2026-11-22 23:58 | ${texts[1]}`,
		`2026-11-23 00:04 | ${texts[3]}`,
	]);
	expect(validate(file.name, file.text)).toEqual([]);
});

test('with nothing to draft, the button explains instead of downloading', async ({ page }) => {
	let downloads = 0;
	page.on('download', () => downloads++);
	await page.goto(WEEKLY);
	await trackerButton(page).click();
	await expect(trackerStatus(page)).toHaveText(
		'Nothing to draft yet: start the SLA clock, or tick the steps you have done on this page.',
	);
	expect(downloads).toBe(0);
	// The clock offers the draft only while a clock is running.
	await page.goto(CLOCK);
	await expect(page.locator('sla-clock [data-app]')).toBeVisible();
	await expect(clockButton(page)).toBeHidden();
});

test('the draft code loads only on click, and carries no zod and no YAML parser', async ({
	page,
}) => {
	await at(page, '2026-11-23T09:00:00Z');
	await page.goto(RUNBOOK);
	await boxes(page).nth(0).check();
	const loaded: Array<Promise<string>> = [];
	page.on('response', (response) => {
		if (response.url().endsWith('.js')) loaded.push(response.text());
	});
	await download(page, trackerButton(page));
	const code = await Promise.all(loaded);
	expect(code.length).toBeGreaterThan(0);
	const draftChunk = code.filter((source) => source.includes('Incident start'));
	expect(draftChunk).toHaveLength(1);
	for (const source of code) {
		expect(source).not.toMatch(/ZodError|\$ZodType|YAMLParseError|YAMLMap/);
	}
});

test('keyboard only: each button is reached with Tab and works with Enter', async ({ page }) => {
	await at(page, '2026-11-23T09:00:00Z');
	await page.goto(`${CLOCK}?severity=${TOP.id}&start=2026-11-23T08:50:00Z`);
	await tabTo(page, clockButton(page));
	const fromClock = await download(page, clockButton(page), 'Enter');
	expect(fromClock.name).toBe('2026-11-23-incident.mdx');
	await expect(clockStatus(page)).toHaveText(SUCCESS);

	await page.goto(RUNBOOK);
	await tabTo(page, boxes(page).first());
	await page.keyboard.press('Space');
	await expect(boxes(page).first()).toBeChecked();
	// The toolbar comes before the lists: back up to it.
	await tabTo(page, trackerButton(page), true);
	const fromChecklist = await download(page, trackerButton(page), 'Enter');
	expect(fromChecklist.name).toBe('2026-11-23-incident.mdx');
	await expect(trackerStatus(page)).toHaveText(SUCCESS);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('neither page shows the button', async ({ page }) => {
		for (const route of [RUNBOOK, CLOCK]) {
			await page.goto(route);
			await expect(page.locator('main h1')).toBeVisible();
			await expect(page.getByRole('button', { name: 'Post-mortem draft' })).toBeHidden();
		}
	});
});

test.describe('accessibility', () => {
	for (const theme of THEMES) {
		test(`both pages, with the button and its message, have no serious or critical axe violations (${theme})`, async ({
			page,
		}) => {
			await page.emulateMedia({ colorScheme: theme });
			await at(page, '2026-11-23T09:00:00Z');
			await page.goto(`${CLOCK}?severity=${TOP.id}&start=2026-11-23T08:50:00Z`);
			await download(page, clockButton(page));
			await expect(clockStatus(page)).toHaveText(SUCCESS);
			await expectNoSevereAxeViolations(page);

			await page.goto(RUNBOOK);
			await boxes(page).nth(0).check();
			await download(page, trackerButton(page));
			await expect(trackerStatus(page)).toHaveText(SUCCESS);
			await expect(trackerStatus(page)).toHaveAttribute('role', 'status');
			await expectNoSevereAxeViolations(page);
		});
	}
});
