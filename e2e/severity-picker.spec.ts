import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expectNoSevereAxeViolations, THEMES } from './helpers/axe.ts';

/*
 * The severity picker on the built site. Expectations come from the incident scale itself, so
 * the tests follow the content: nothing here names SEV1 or a question.
 */
interface Answer {
	id: string;
	label: string;
	level?: string;
}
interface Question {
	id: string;
	text: string;
	answers: Answer[];
}
interface Level {
	id: string;
	name: string;
	page?: string[];
	first_actions?: string[];
}
const scale = parse(readFileSync('src/content/severity/incident.yaml', 'utf8')) as {
	title: string;
	levels: Level[];
	questions: Question[];
};
const { levels, questions } = scale;
const top = levels[0]!;
const second = levels[1]!;
const least = levels.at(-1)!;

/** The first question with an answer implying `levelId`, and that answer. */
function find(levelId: string, except?: Question): { question: Question; answer: Answer } {
	for (const question of questions) {
		if (question === except) continue;
		const answer = question.answers.find((candidate) => candidate.level === levelId);
		if (answer) return { question, answer };
	}
	throw new Error(`No question has an answer implying ${levelId}`);
}
const secondAnswer = find(second.id);
const topAnswer = find(top.id, secondAnswer.question);

const ROUTE = '/tools/severity/';
const picker = (page: Page) => page.locator('severity-picker').first();
const status = (root: Locator) => root.getByRole('status');
const group = (root: Locator, question: Question) =>
	root.getByRole('group', { name: question.text });
const radio = (root: Locator, question: Question, answer: Answer) =>
	group(root, question).getByRole('radio', { name: answer.label, exact: true });
const decidedBy = (answer: Answer) => `Decided by: “${answer.label}” → ${answer.level}`;
const levelPanel = (root: Locator, level: Level) =>
	root.locator(`section[data-level="${level.id}"]`);

test('main flow with the mouse: the result appears, rises, explains why and resets', async ({
	page,
}) => {
	await page.goto(ROUTE);
	const root = picker(page);
	await page.evaluate(() => {
		const seen: unknown[] = [];
		Object.assign(window, { pickerEvents: seen });
		document.addEventListener('severity-picker:change', (event) =>
			seen.push((event as CustomEvent).detail),
		);
	});
	await expect(root.getByText(/needs JavaScript/)).toBeHidden();
	for (const question of questions) await expect(group(root, question)).toBeVisible();
	await expect(status(root)).toContainText('No level yet');
	await expect(
		root
			.getByText('Unsure between two levels? Pick the higher one — you can lower it later.')
			.filter({ visible: true }),
	).toBeVisible();

	// An answer below the top is provisional.
	await radio(root, secondAnswer.question, secondAnswer.answer).click();
	await expect(status(root)).toContainText(`At least ${second.id} · ${second.name} so far`);
	await expect(status(root)).toContainText(decidedBy(secondAnswer.answer));
	const panel = levelPanel(root, second);
	await expect(panel).toBeVisible();
	await expect(panel.getByRole('heading', { name: `${second.id} ${second.name}` })).toBeVisible();
	await expect(panel).toContainText('Acknowledge within');
	await expect(panel).toContainText('15 min');
	await expect(panel).toContainText('Status update every');
	await expect(panel).toContainText(second.page![0]!);
	await expect(panel).toContainText('Tell customers');
	for (const action of second.first_actions!)
		await expect(panel.getByRole('checkbox', { name: action })).toBeVisible();
	await expect(panel.locator('ul.contains-task-list > li.task-list-item > input')).toHaveCount(
		second.first_actions!.length,
	);
	await expect(root.locator('section[data-level]:visible')).toHaveCount(1);
	await expect(page).toHaveURL(
		new RegExp(`[?&]${secondAnswer.question.id}=${secondAnswer.answer.id}(&|$)`),
	);

	// A later answer pointing higher raises it; the most severe level is final at once, and the
	// answers are split between two levels.
	await radio(root, topAnswer.question, topAnswer.answer).click();
	await expect(status(root)).toContainText(`${top.id} · ${top.name}`);
	await expect(status(root)).not.toContainText('At least');
	await expect(status(root)).toContainText('Final:');
	await expect(status(root)).toContainText(decidedBy(topAnswer.answer));
	await expect(status(root)).toContainText(
		`Your answers are split between ${top.id} and ${second.id}. Pick the higher one, ${top.id}.`,
	);
	await expect(levelPanel(root, top)).toBeVisible();
	await expect(levelPanel(root, second)).toBeHidden();
	await expect(levelPanel(root, top)).toContainText('Yes, customers must be told.');
	expect(
		await page.evaluate(() => (window as unknown as { pickerEvents: unknown[] }).pickerEvents),
	).toEqual([
		{ level: second.id, state: 'provisional' },
		{ level: top.id, state: 'final' },
	]);

	// Ticking a first action works.
	const firstAction = levelPanel(root, top).getByRole('checkbox').first();
	await firstAction.check();
	await expect(firstAction).toBeChecked();

	await root.getByRole('button', { name: 'Reset answers' }).click();
	await expect(status(root)).toContainText('No level yet');
	await expect(root.getByRole('radio', { checked: true })).toHaveCount(0);
	await expect(root.locator('section[data-level]:visible')).toHaveCount(0);
	expect(new URL(page.url()).search).toBe('');
});

test('answers that imply no level give the least severe level once all are answered', async ({
	page,
}) => {
	await page.goto(ROUTE);
	const root = picker(page);
	for (const [index, question] of questions.entries()) {
		const neutral = question.answers.find((answer) => !answer.level) ?? question.answers.at(-1)!;
		await radio(root, question, neutral).click();
		if (index < questions.length - 1) await expect(status(root)).toContainText('so far');
	}
	await expect(status(root)).toContainText(`${least.id} · ${least.name}`);
	await expect(status(root)).toContainText(`Final: all ${questions.length} questions answered.`);
	await expect(levelPanel(root, least)).toBeVisible();
});

test('keyboard only: Tab between groups, arrows within one, Space to choose', async ({ page }) => {
	await page.goto(ROUTE);
	const root = picker(page);
	await expect(status(root)).toContainText('No level yet');
	// Skip link, then Tab from the top of the content into the first group.
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toHaveText(/skip to content/i);
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	const [q1, q2] = questions as [Question, Question];
	await expect(radio(root, q1, q1.answers[0]!)).toBeFocused();
	const outline = await page.evaluate(() =>
		document.activeElement ? getComputedStyle(document.activeElement).outlineStyle : 'none',
	);
	expect(outline).not.toBe('none');

	// The arrow key moves to the next answer and chooses it.
	await page.keyboard.press('ArrowDown');
	await expect(radio(root, q1, q1.answers[1]!)).toBeFocused();
	await expect(radio(root, q1, q1.answers[1]!)).toBeChecked();
	const expectedFirst = q1.answers[1]!.level ?? least.id;
	await expect(status(root)).toContainText(expectedFirst);

	// Tab leaves the group; Space chooses in the next one.
	await page.keyboard.press('Tab');
	await expect(radio(root, q2, q2.answers[0]!)).toBeFocused();
	await page.keyboard.press('Space');
	await expect(radio(root, q2, q2.answers[0]!)).toBeChecked();
	if (q2.answers[0]!.level) await expect(status(root)).toContainText(decidedBy(q2.answers[0]!));

	// Tab through the remaining groups to the reset button, and press it with the keyboard.
	for (let i = 2; i < questions.length; i++) await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(root.getByRole('button', { name: 'Reset answers' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(status(root)).toContainText('No level yet');

	// Shift+Tab returns into the last group; Space chooses; the result is reachable by Tab,
	// through the first-action checkboxes to the clock link.
	await page.keyboard.press('Shift+Tab');
	const last = group(root, questions.at(-1)!);
	await expect(last.locator('input:focus')).toHaveCount(1);
	await page.keyboard.press('Space');
	await expect(last.getByRole('radio', { checked: true })).toHaveCount(1);
	await expect(status(root)).not.toContainText('No level yet');
	await page.keyboard.press('Tab');
	await expect(root.getByRole('button', { name: 'Reset answers' })).toBeFocused();
	const clock = root.getByRole('link', { name: /^Start the clock for / });
	for (let i = 0; i < 12 && !(await clock.evaluate((link) => link === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(clock).toBeFocused();
});

test('"Start the clock" opens the SLA clock for the level with the current UTC time', async ({
	page,
}) => {
	const now = new Date('2026-11-23T01:00:00.789Z');
	await page.clock.setFixedTime(now);
	let opened: URL | undefined;
	await page.route('**/tools/sla-clock/**', async (route) => {
		opened = new URL(route.request().url());
		await route.fulfill({ contentType: 'text/html', body: '<title>SLA clock</title>' });
	});
	await page.goto(ROUTE);
	const root = picker(page);
	await radio(root, topAnswer.question, topAnswer.answer).click();
	const link = root.getByRole('link', { name: `Start the clock for ${top.id}` });
	// Without a click (and without JavaScript) the link carries only the severity.
	await expect(link).toHaveAttribute('href', `/tools/sla-clock/?severity=${top.id}`);
	await link.click();
	await expect(page).toHaveURL(/\/tools\/sla-clock\//);
	expect(opened?.pathname).toBe('/tools/sla-clock/');
	expect(opened?.searchParams.get('severity')).toBe(top.id);
	const start = opened?.searchParams.get('start') ?? '';
	expect(start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
	expect(start).toBe('2026-11-23T01:00:00Z');
	expect(Math.abs(Date.parse(start) - now.getTime())).toBeLessThan(60_000);
});

test('the URL reproduces the answers after a reload and in a fresh browser', async ({
	page,
	browser,
}) => {
	await page.goto(ROUTE);
	const root = picker(page);
	await radio(root, secondAnswer.question, secondAnswer.answer).click();
	await radio(root, topAnswer.question, topAnswer.answer).click();
	await expect(status(root)).toContainText(`${top.id} · ${top.name}`);
	const shared = page.url();
	expect(shared).toContain(`${topAnswer.question.id}=${topAnswer.answer.id}`);

	await page.reload();
	await expect(radio(root, secondAnswer.question, secondAnswer.answer)).toBeChecked();
	await expect(radio(root, topAnswer.question, topAnswer.answer)).toBeChecked();
	await expect(status(root)).toContainText(decidedBy(topAnswer.answer));

	const context = await browser.newContext();
	const fresh = await context.newPage();
	await fresh.goto(shared);
	await expect(status(picker(fresh))).toContainText(`${top.id} · ${top.name}`);
	await context.close();
});

test('unknown or hostile URL parameters are ignored', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	const { question, answer } = secondAnswer;
	const other = questions.find((q) => q !== question)!;
	await page.goto(
		`${ROUTE}?${question.id}=${answer.id}&${other.id}=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&nope=1&${question.id}=bogus`,
	);
	const root = picker(page);
	await expect(status(root)).toContainText(`At least ${second.id}`);
	await expect(group(root, other).getByRole('radio', { checked: true })).toHaveCount(0);
	await expect(page.locator('severity-picker img')).toHaveCount(0);
	expect(errors).toEqual([]);
	// Answering rewrites only the picker's parameters and keeps the others.
	await radio(root, topAnswer.question, topAnswer.answer).click();
	const params = new URL(page.url()).searchParams;
	expect(params.get('nope')).toBe('1');
	expect(params.getAll(question.id)).toEqual([answer.id]);
});

test('two pickers on one page work independently', async ({ page }) => {
	await page.goto(ROUTE);
	// A second copy of the server-rendered component, as a page embedding it twice would have.
	const html = await (await page.request.get(ROUTE)).text();
	const markup = /<severity-picker[\s\S]*?<\/severity-picker>/.exec(html)?.[0] ?? '';
	expect(markup).not.toBe('');
	expect(markup).not.toMatch(/\sid="/);
	await page.evaluate(
		(text) =>
			document
				.querySelector('severity-picker')
				?.insertAdjacentHTML(
					'afterend',
					text.replace('data-url-state="on"', 'data-url-state="off"'),
				),
		markup,
	);
	const [first, copy] = [
		page.locator('severity-picker').nth(0),
		page.locator('severity-picker').nth(1),
	];
	await expect(status(copy)).toContainText('No level yet');
	await radio(first, secondAnswer.question, secondAnswer.answer).click();
	await radio(copy, topAnswer.question, topAnswer.answer).click();
	await expect(status(first)).toContainText(`At least ${second.id}`);
	await expect(status(copy)).toContainText(`${top.id} · ${top.name}`);
	// Choosing in one picker leaves the same question in the other alone.
	const otherAnswer = secondAnswer.question.answers.find((a) => a !== secondAnswer.answer)!;
	await radio(copy, secondAnswer.question, otherAnswer).click();
	await expect(radio(first, secondAnswer.question, secondAnswer.answer)).toBeChecked();
	await expect(levelPanel(first, second)).toBeVisible();
	await expect(levelPanel(copy, top)).toBeVisible();
});

test('fits a 360 px phone without scrolling sideways', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(`${ROUTE}?${topAnswer.question.id}=${topAnswer.answer.id}`);
	await expect(levelPanel(picker(page), top)).toBeVisible();
	const extra = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(extra).toBeLessThanOrEqual(0);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows a notice, the questions as a list and the full severity matrix', async ({ page }) => {
		await page.goto(ROUTE);
		const root = picker(page);
		await expect(root.getByText(/needs JavaScript/)).toBeVisible();
		await expect(root.getByRole('radio')).toHaveCount(0);
		for (const question of questions)
			await expect(root.getByText(question.text).filter({ visible: true })).toBeVisible();
		await expect(root.getByText(topAnswer.answer.label, { exact: false }).first()).toBeVisible();
		await expect(
			root
				.getByText('Unsure between two levels? Pick the higher one — you can lower it later.')
				.filter({ visible: true }),
		).toBeVisible();
		const matrix = page.locator('table.severity-matrix');
		await expect(matrix).toBeVisible();
		for (const level of levels)
			await expect(matrix.getByText(level.name, { exact: true }).first()).toBeVisible();
		await expect(root.getByRole('link', { name: top.id, exact: true })).toHaveAttribute(
			'href',
			`/tools/sla-clock/?severity=${top.id}`,
		);
		// No dead controls: nothing interactive that needs the script is shown.
		await expect(root.getByRole('button')).toHaveCount(0);
	});
});

test.describe('accessibility', () => {
	for (const theme of THEMES) {
		test(`no serious or critical axe violations with a result shown (${theme})`, async ({
			page,
		}) => {
			await page.emulateMedia({ colorScheme: theme });
			await page.goto(ROUTE);
			const root = picker(page);
			await radio(root, secondAnswer.question, secondAnswer.answer).click();
			await radio(root, topAnswer.question, topAnswer.answer).click();
			await expect(levelPanel(root, top)).toBeVisible();
			await expect(status(root)).toContainText('split');
			await expectNoSevereAxeViolations(page);
		});
	}
});
