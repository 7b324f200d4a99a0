import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { durationMinutes, formatMinutes } from '../src/engine/utils/duration.ts';
import { expectNoSevereAxeViolations, THEMES } from './helpers/axe.ts';

/*
 * The SLA clock on the built site, with Playwright's clock API standing in for the passing of
 * time. Levels and targets come from the incident scale itself: nothing here names SEV1.
 */
interface Level {
	id: string;
	name: string;
	targets?: { acknowledge?: string; mitigate?: string; resolve?: string; update_every?: string };
}
const { levels } = parse(readFileSync('src/content/severity/incident.yaml', 'utf8')) as {
	levels: Level[];
};
const minutes = (text: string | undefined) => (text ? (durationMinutes(text) ?? 0) : 0);
/** The level the flow runs on: the first with acknowledge and mitigate targets and a cadence. */
const top = levels.find(
	(level) => level.targets?.acknowledge && level.targets.mitigate && level.targets.update_every,
)!;
const other = levels.find((level) => level !== top && level.targets?.acknowledge)!;
const ACK = minutes(top.targets?.acknowledge);
const MITIGATE = minutes(top.targets?.mitigate);
const UPDATE = minutes(top.targets?.update_every);

const ROUTE = '/tools/sla-clock/';
const MIN = 60_000;
const T0 = Date.parse('2026-11-23T01:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
/** `2026-11-23 01:05 UTC`, as the clock writes UTC times. */
const utc = (ms: number) => `${iso(ms).slice(0, 10)} ${iso(ms).slice(11, 16)} UTC`;
const query = (start = T0, extra = '') => `?severity=${top.id}&start=${iso(start)}${extra}`;

const clock = (page: Page) => page.locator('sla-clock');
const target = (page: Page, label: string) =>
	clock(page).locator('.sla-target').filter({ hasText: label });
const live = (page: Page) => clock(page).locator('[aria-live="polite"]');
const alertBox = (page: Page) => clock(page).getByRole('alert');
const severity = (page: Page) => clock(page).getByLabel('Severity', { exact: true });

/**
 * Opens the clock with the browser's clock at `time`, paused: time moves only when the test
 * says so (fastForward or runFor), so every countdown is exact.
 */
async function openAt(page: Page, time: number, search = '') {
	await page.clock.install({ time: time - 10_000 });
	await page.goto(`${ROUTE}${search}`);
	await expect(clock(page).locator('[data-app]')).toBeVisible();
	// The clock ticks on whole seconds: the last second brings the display to `time` exactly.
	await page.clock.pauseAt(time - 1000);
	await page.clock.runFor(1000);
}

/** Collects page errors and dialogs, which no input may ever cause. */
function watch(page: Page) {
	const seen = { errors: [] as string[], dialogs: [] as string[] };
	page.on('pageerror', (error) => seen.errors.push(error.message));
	page.on('dialog', (dialog) => {
		seen.dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	return seen;
}

async function tabTo(page: Page, locator: Locator) {
	for (let i = 0; i < 40; i++) {
		if (await locator.evaluate((element) => element === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	await expect(locator).toBeFocused();
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the page explains every level’s targets and says the live clock needs JavaScript', async ({
		page,
	}) => {
		await page.goto(ROUTE);
		await expect(page.getByText('The live clock needs JavaScript')).toBeVisible();
		const table = page
			.getByRole('table', { name: /Response targets/ })
			.or(page.locator('sla-clock table'));
		for (const level of levels) {
			const row = table.getByRole('row').filter({ hasText: level.name });
			await expect(row).toBeVisible();
			for (const key of ['acknowledge', 'mitigate', 'resolve'] as const) {
				const text = level.targets?.[key];
				if (text) await expect(row).toContainText(`within ${formatMinutes(minutes(text))}`);
			}
			if (level.targets?.update_every)
				await expect(row).toContainText(
					`every ${formatMinutes(minutes(level.targets.update_every))}`,
				);
		}
		// No dead controls: the clock's inputs and buttons are not shown without JavaScript.
		await expect(page.getByLabel('Severity', { exact: true })).toBeHidden();
		await expect(page.locator('sla-clock :is(button, input, select):visible')).toHaveCount(0);
	});
});

test('main flow: choose a level, watch the targets, mark them, change level keeping the start', async ({
	page,
}) => {
	const seen = watch(page);
	await openAt(page, T0);
	await expect(clock(page).getByText('Choose a severity to start the clock.')).toBeVisible();
	await expect(page.getByRole('button', { name: /^Mark acknowledged now/ })).toBeHidden();

	await severity(page).selectOption(top.id);
	await expect(page).toHaveURL(`${ROUTE}${query()}`);
	await expect(live(page)).toHaveText(`${utc(T0)}: Clock started for ${top.id} (${top.name}).`);
	await expect(target(page, 'Acknowledge')).toContainText(`On track ${ACK} min left`);
	await expect(target(page, 'Acknowledge')).toContainText(`Deadline ${utc(T0 + ACK * MIN)}`);
	await expect(target(page, 'Mitigate')).toContainText(`Deadline ${utc(T0 + MITIGATE * MIN)}`);
	await expect(clock(page).locator('[data-update]')).toContainText(
		`Next status update (number 1) in ${UPDATE} min, at ${utc(T0 + UPDATE * MIN)}`,
	);
	await expect(clock(page).locator('[data-summary]')).toContainText(`Started ${utc(T0)}`);

	await page.clock.fastForward(2 * MIN + 30_000);
	await expect(target(page, 'Acknowledge')).toContainText(`${formatMinutes(ACK - 3)} 30 s left`);
	await page.getByRole('button', { name: 'Mark acknowledged now' }).click();
	await expect(target(page, 'Acknowledge')).toContainText('Met after 2 min');
	await expect(live(page)).toContainText(`${top.id} Acknowledge: met after 2 min.`);
	await expect(page).toHaveURL(`${ROUTE}${query(T0, `&ack=${iso(T0 + 2 * MIN + 30_000)}`)}`);
	await expect(clock(page).getByLabel('Acknowledged at')).toHaveValue('2026-11-23T01:02:30');

	// Mid-incident the level changes: the start and the acknowledgement stay.
	await severity(page).selectOption(other.id);
	await expect(page).toHaveURL(
		`${ROUTE}?severity=${other.id}&start=${iso(T0)}&ack=${iso(T0 + 2 * MIN + 30_000)}`,
	);
	await expect(clock(page).getByLabel(/^Incident start/)).toHaveValue('2026-11-23T01:00');
	await expect(target(page, 'Acknowledge')).toContainText(
		`Deadline ${utc(T0 + minutes(other.targets?.acknowledge) * MIN)}`,
	);
	await expect(target(page, 'Acknowledge')).toContainText('Met after 2 min');
	await expect(live(page)).toContainText(`Severity changed to ${other.id}`);

	// A mark can be cleared again.
	await page.getByRole('button', { name: 'Clear the acknowledged time' }).click();
	await expect(page).toHaveURL(`${ROUTE}?severity=${other.id}&start=${iso(T0)}`);
	await expect(page.getByRole('button', { name: 'Mark acknowledged now' })).toBeFocused();
	expect(seen).toEqual({ errors: [], dialogs: [] });
});

test.describe('in Berlin', () => {
	test.use({ timezoneId: 'Europe/Berlin' });
	test('deadlines across the spring DST change: UTC arithmetic, local wall-clock display', async ({
		page,
	}) => {
		// Berlin moves from CET to CEST at 2026-03-29 01:00 UTC.
		const start = Date.parse('2026-03-29T00:30:00Z');
		const resolve = start + minutes(top.targets?.resolve) * MIN;
		const berlin = new Intl.DateTimeFormat('en-GB', {
			timeZone: 'Europe/Berlin',
			weekday: 'short',
			day: 'numeric',
			month: 'short',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
			timeZoneName: 'short',
		});
		await openAt(page, start + 10 * MIN, `?severity=${top.id}&start=${iso(start)}`);
		await expect(target(page, 'Resolve')).toContainText(
			`Deadline ${utc(resolve)} · ${berlin.format(resolve)}`,
		);
		expect(berlin.format(start)).toContain('CET');
		expect(berlin.format(resolve)).toContain('CEST');
	});

	test('typed times: UTC or local, checked before they apply', async ({ page }) => {
		await openAt(page, T0 + 60 * MIN);
		await expect(clock(page).getByText('Your local time (Europe/Berlin)')).toBeVisible();

		// Typed in UTC (the default), before the severity is chosen.
		const start = clock(page).getByLabel(/^Incident start/);
		await start.fill('2026-11-23T00:45');
		await severity(page).selectOption(top.id);
		await expect(page).toHaveURL(`${ROUTE}${query(Date.parse('2026-11-23T00:45:00Z'))}`);

		// Typed in local time: Berlin is UTC+1 in November.
		await clock(page)
			.getByRole('radio', { name: /Your local time/ })
			.check();
		await expect(start).toHaveValue('2026-11-23T01:45');
		await start.fill('2026-11-23T01:30');
		await expect(page).toHaveURL(`${ROUTE}${query(Date.parse('2026-11-23T00:30:00Z'))}`);
		await expect(target(page, 'Acknowledge')).toContainText(
			`Deadline ${utc(Date.parse('2026-11-23T00:30:00Z') + ACK * MIN)} · Mon 23 Nov, 01:${30 + ACK} CET`,
		);
		await expect(clock(page).locator('[data-summary]')).toContainText(
			'Started 2026-11-23 00:30 UTC; your time Mon 23 Nov, 01:30 CET (Europe/Berlin)',
		);

		// A future time or an acknowledgement before the start is refused, naming the field.
		const ack = clock(page).getByLabel('Acknowledged at');
		await ack.fill('2026-11-23T05:00');
		await expect(alertBox(page)).toContainText(
			'The acknowledged time (2026-11-23 04:00 UTC) is in the future',
		);
		await expect(ack).toHaveValue('');
		await ack.fill('2026-11-23T01:00');
		await expect(alertBox(page)).toContainText(
			'is before the incident start (2026-11-23 00:30 UTC)',
		);
		await expect(page).toHaveURL(`${ROUTE}${query(Date.parse('2026-11-23T00:30:00Z'))}`);
		await ack.fill('2026-11-23T01:40');
		await expect(alertBox(page)).toBeHidden();
		await expect(page).toHaveURL(
			`${ROUTE}${query(Date.parse('2026-11-23T00:30:00Z'), '&ack=2026-11-23T00:40:00Z')}`,
		);
	});
});

test('a reload, or reopening the page without the link, loses nothing', async ({ page }) => {
	await openAt(page, T0 + 10 * MIN, query(T0, `&ack=${iso(T0 + 4 * MIN)}`));
	await clock(page)
		.getByRole('radio', { name: /Your local time/ })
		.check();
	await page.getByRole('button', { name: 'Mark mitigated now' }).click();
	const url = `${ROUTE}${query(T0, `&ack=${iso(T0 + 4 * MIN)}&mitigated=${iso(T0 + 10 * MIN)}`)}`;
	await expect(page).toHaveURL(url);
	await page.reload();
	await expect(page).toHaveURL(url);
	await expect(target(page, 'Acknowledge')).toContainText('Met after 4 min');
	await expect(target(page, 'Mitigate')).toContainText('Met after 10 min');
	await expect(clock(page).getByRole('radio', { name: /Your local time/ })).toBeChecked();

	// A closed tab: the bare address brings the clock back from localStorage.
	await page.goto(ROUTE);
	await expect(page).toHaveURL(url);
	await expect(target(page, 'Mitigate')).toContainText('Met after 10 min');
	await expect(severity(page)).toHaveValue(top.id);
});

test('a shared link reproduces the same clock in a fresh browser', async ({ page, browser }) => {
	await openAt(page, T0 + 20 * MIN, query(T0, `&ack=${iso(T0 + 4 * MIN)}`));
	const shared = await clock(page)
		.getByLabel(/^Link to this clock/)
		.inputValue();
	expect(shared).toBe(page.url());
	const expected = await clock(page).locator('.sla-targets').textContent();

	const context = await browser.newContext();
	const fresh = await context.newPage();
	await openAt(fresh, T0 + 20 * MIN, new URL(shared).search);
	await expect(severity(fresh)).toHaveValue(top.id);
	await expect(fresh.locator('sla-clock .sla-targets')).toHaveText(expected ?? 'missing');
	await expect(target(fresh, 'Acknowledge')).toContainText('Met after 4 min');
	await context.close();
});

test('the copy button copies the link', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openAt(page, T0 + MIN, query());
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(clock(page).getByText('Link copied.')).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('a fixed clock walks a target from on track to due soon to breached', async ({ page }) => {
	await openAt(page, T0, query());
	const mitigate = target(page, 'Mitigate');
	const soon = MITIGATE * 0.2; // the last fifth of the window
	await expect(mitigate).toContainText(`On track ${MITIGATE} min left`);
	await expect(mitigate).toHaveAttribute('data-status', 'on-track');

	await page.clock.fastForward((MITIGATE - soon) * MIN - 1000);
	await expect(mitigate).toContainText(`On track ${soon} min 1 s left`);
	await page.clock.fastForward(1000);
	await expect(mitigate).toContainText(`Due soon ${soon} min left`);
	await expect(mitigate).toHaveAttribute('data-status', 'due-soon');
	await expect(live(page)).toContainText(`${top.id} Mitigate: due soon ${soon} min left.`);

	await page.clock.fastForward(soon * MIN);
	await expect(mitigate).toContainText('Breached 0 s ago');
	await expect(live(page)).toContainText(
		`${top.id} Mitigate: breached, deadline ${utc(T0 + MITIGATE * MIN)}.`,
	);
	await page.clock.fastForward(7 * MIN);
	await expect(mitigate).toContainText('Breached 7 min ago');

	// Mitigated late: the target says by how much.
	await page.getByRole('button', { name: 'Mark mitigated now' }).click();
	await expect(mitigate).toContainText('Missed by 7 min');
	await expect(mitigate).toHaveAttribute('data-status', 'missed');
	await expect(live(page)).toContainText(`${top.id} Mitigate: missed by 7 min.`);
});

test('the live region changes with the state, not with every second', async ({ page }) => {
	await openAt(page, T0 + (MITIGATE * 0.8 - 1) * MIN, query());
	await page.clock.runFor(MIN);
	const announced = await live(page).textContent();
	expect(announced).toContain('Mitigate: due soon');
	const countdown = target(page, 'Mitigate').locator('.sla-state');
	const ticks: string[] = [];
	for (let second = 0; second < 4; second++) {
		ticks.push((await countdown.textContent()) ?? '');
		await expect(live(page)).toHaveText(announced ?? '');
		await page.clock.runFor(1000);
	}
	// The countdown moved every second; the live region did not.
	expect(new Set(ticks).size).toBe(4);
	await expect(live(page)).toHaveText(announced ?? '');
	await expect(countdown).not.toHaveAttribute('aria-live', /./);
});

test('the status-update countdown follows the cadence from the start', async ({ page }) => {
	await openAt(page, T0 + (UPDATE - 1) * MIN, query());
	const update = clock(page).locator('[data-update]');
	await expect(update).toContainText('Next status update (number 1) in 1 min');
	await page.clock.runFor(MIN);
	await expect(update).toContainText(`Next status update (number 2) in ${UPDATE} min`);
	await expect(live(page)).toContainText(`${top.id}: status update 1 is due now.`);
	await page.getByRole('button', { name: 'Mark resolved now' }).click();
	await expect(update).toHaveText(
		'Resolved: post the resolution update. No more regular updates are due.',
	);
});

test.describe('hostile and invalid parameters', () => {
	const cases: Array<[string, string, RegExp]> = [
		[
			'script in the severity',
			'?severity=<script>alert(1)</script>',
			/The "severity" parameter contains "<" or ">" \(markup or a script\)/,
		],
		[
			'markup in the start',
			`?severity=${top.id}&start=<img src=x onerror=alert(1)>`,
			/The "start" parameter contains "<" or ">"/,
		],
		[
			'an unknown severity',
			`?severity=NOPE9&start=${iso(T0)}`,
			/The "severity" parameter "NOPE9" is not a level/,
		],
		[
			'an unparsable start',
			`?severity=${top.id}&start=yesterday-ish garbage`,
			/The "start" parameter "yesterday-ish garbage" is not a date and time/,
		],
		[
			'a start in the future',
			`?severity=${top.id}&start=${iso(T0 + 60 * MIN)}`,
			/The "start" parameter \(2026-11-23 02:00 UTC\) is in the future/,
		],
		[
			'an absurd length',
			`?severity=${top.id}&start=${'9'.repeat(3000)}`,
			/The "start" parameter is 3000 characters long/,
		],
	];
	for (const [name, search, message] of cases) {
		test(`${name}: a clear message and a reset, no markup, no exception`, async ({ page }) => {
			const seen = watch(page);
			await openAt(page, T0, search);
			await expect(alertBox(page)).toContainText('The clock in this link could not be loaded');
			await expect(alertBox(page)).toContainText(message);
			await expect(page.locator('sla-clock script')).toHaveCount(0);
			await expect(page.locator('sla-clock img')).toHaveCount(0);
			// The bad link is not kept: the address no longer carries it.
			await expect(page).toHaveURL(ROUTE);
			await page.getByRole('button', { name: 'Reset the clock' }).click();
			await expect(alertBox(page)).toBeHidden();
			await expect(severity(page)).toBeFocused();
			expect(seen).toEqual({ errors: [], dialogs: [] });
		});
	}

	test('a bad mark is dropped and the rest of the clock kept', async ({ page }) => {
		const seen = watch(page);
		await openAt(page, T0 + 10 * MIN, query(T0, '&ack=<b>soon</b>&mitigated=2020-01-01'));
		await expect(alertBox(page)).toContainText('Parts of this link were ignored');
		await expect(alertBox(page)).toContainText('The "ack" parameter contains "<" or ">"');
		await expect(alertBox(page)).toContainText(
			'The "mitigated" parameter "2020-01-01" is not a date and time',
		);
		await expect(page.locator('sla-clock b')).toHaveCount(0);
		await expect(page).toHaveURL(`${ROUTE}${query()}`);
		await expect(target(page, 'Acknowledge')).toContainText('Breached');
		expect(seen).toEqual({ errors: [], dialogs: [] });
	});

	test('a bad link falls back to the clock saved in this browser', async ({ page }) => {
		await openAt(page, T0 + 5 * MIN, query());
		await page.goto(`${ROUTE}?severity=<script>alert(1)</script>`);
		await expect(alertBox(page)).toContainText('the clock saved in this browser is shown instead');
		await expect(page).toHaveURL(`${ROUTE}${query()}`);
	});
});

test('keyboard only: choose the level and mark the acknowledgement', async ({ page }) => {
	await openAt(page, T0);
	// Starlight's skip link first, as a keyboard user would, then on to the clock.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: /skip to content/i })).toBeFocused();
	await page.keyboard.press('Enter');
	await tabTo(page, severity(page));
	await page.keyboard.press('ArrowDown');
	await expect(severity(page)).toHaveValue(levels[0]!.id);
	// (The skip link added #_top to the address.)
	expect(new URL(page.url()).search).toBe(`?severity=${levels[0]!.id}&start=${iso(T0)}`);
	if (levels[0] !== top) await severity(page).selectOption(top.id);

	await page.clock.fastForward(MIN);
	const ackNow = page.getByRole('button', { name: 'Mark acknowledged now' });
	await tabTo(page, ackNow);
	await page.keyboard.press('Enter');
	await expect(target(page, 'Acknowledge')).toContainText('Met after 1 min');
	await tabTo(page, page.getByRole('button', { name: 'Mark mitigated now' }));
	await page.keyboard.press('Space');
	await expect(target(page, 'Mitigate')).toContainText('Met after 1 min');
	// Focus is visible on the controls.
	const outline = await page
		.getByRole('button', { name: 'Mark mitigated now' })
		.evaluate((button) => getComputedStyle(button).outlineStyle);
	expect(outline).toBe('solid');
});

test.describe('notifications', () => {
	test('asked for only on "Notify me", then sent when a target is due soon', async ({ page }) => {
		await page.addInitScript(() => {
			const log = { requests: 0, sent: [] as string[] };
			(window as unknown as { notifyLog: typeof log }).notifyLog = log;
			class FakeNotification {
				static permission: NotificationPermission = 'default';
				static requestPermission() {
					log.requests += 1;
					FakeNotification.permission = 'granted';
					return Promise.resolve('granted' as NotificationPermission);
				}
				constructor(title: string, options?: NotificationOptions) {
					log.sent.push(`${title}: ${options?.body ?? ''}`);
				}
			}
			Object.defineProperty(window, 'Notification', { value: FakeNotification, writable: true });
		});
		const log = () => page.evaluate(() => (window as unknown as { notifyLog: unknown }).notifyLog);
		await openAt(page, T0, query());
		expect(await log()).toEqual({ requests: 0, sent: [] });
		const button = page.getByRole('button', { name: 'Notify me before a deadline' });
		await button.click();
		await expect(button).toHaveAttribute('aria-pressed', 'true');
		await expect(clock(page).getByText('Notifications are on')).toBeVisible();
		await page.getByRole('button', { name: 'Mark acknowledged now' }).click();
		await page.clock.fastForward(MITIGATE * 0.8 * MIN);
		await expect.poll(log).toEqual({
			requests: 1,
			sent: [`SLA clock: ${top.id}: ${top.id} Mitigate: due soon ${MITIGATE * 0.2} min left.`],
		});
	});

	test('the button is hidden where notifications are not supported', async ({ page }) => {
		await page.addInitScript(() => {
			delete (window as { Notification?: unknown }).Notification;
		});
		await openAt(page, T0, query());
		await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
		await expect(page.getByRole('button', { name: /Notify me/ })).toBeHidden();
	});
});

test('clearing a running clock asks first', async ({ page }) => {
	await openAt(page, T0, query());
	page.once('dialog', (dialog) => void dialog.dismiss());
	await page.getByRole('button', { name: 'Clear the clock' }).click();
	await expect(page).toHaveURL(`${ROUTE}${query()}`);
	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByRole('button', { name: 'Clear the clock' }).click();
	await expect(page).toHaveURL(ROUTE);
	await expect(clock(page).getByText('Choose a severity to start the clock.')).toBeVisible();
	await page.reload();
	await expect(severity(page)).toHaveValue('');
});

test('fits a 360 px phone without sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await openAt(page, T0 + 26 * MIN, query(T0, `&ack=${iso(T0 + 3 * MIN)}`));
	const extra = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(extra).toBeLessThanOrEqual(0);
});

test.describe('accessibility', () => {
	for (const theme of THEMES) {
		test(`a running clock has no serious or critical axe violations (${theme})`, async ({
			page,
		}) => {
			await page.emulateMedia({ colorScheme: theme });
			// Met, due soon and on track at once…
			await openAt(page, T0 + MITIGATE * 0.9 * MIN, query(T0, `&ack=${iso(T0 + MIN)}`));
			await expect(target(page, 'Mitigate')).toHaveAttribute('data-status', 'due-soon');
			await page.clock.resume(); // axe waits on timers of its own
			await expectNoSevereAxeViolations(page);
			// …then missed and breached, with a problem in the alert area.
			await page.goto(`${ROUTE}${query(T0, `&ack=${iso(T0 + (ACK + 2) * MIN)}&resolved=soon`)}`);
			await page.clock.pauseAt(T0 + MITIGATE * 1.5 * MIN);
			await page.clock.runFor(1000);
			await expect(target(page, 'Mitigate')).toHaveAttribute('data-status', 'breached');
			await expect(alertBox(page)).toBeVisible();
			await page.clock.resume();
			await expectNoSevereAxeViolations(page);
		});
	}
});
