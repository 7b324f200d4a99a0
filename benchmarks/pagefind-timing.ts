/**
 * Times Starlight's site search (Pagefind) in Chromium: from the last keystroke of a query to
 * the first result link in the search dialog, and to the animation frame after it (on screen).
 * Pagefind's UI waits 300 ms after the last keystroke before it searches; that wait is part of
 * what a user experiences, so it is included, not subtracted.
 */
import type { Page } from '@playwright/test';

export interface PagefindTiming {
	/** Milliseconds from the last keystroke to the first result link in the DOM. */
	first: number;
	/** … to the animation frame after it. */
	frame: number;
	/** The first result's address. */
	href: string;
}

const INPUT = 'dialog[open] .pagefind-ui__search-input';

/** Opens the search dialog on the current page and installs the timing probe. */
export async function openPagefind(page: Page): Promise<void> {
	await page.locator('button[data-open-modal]').first().click();
	await page.locator(INPUT).waitFor({ timeout: 60_000 });
	await page.evaluate(() => {
		const dialog = document.querySelector('dialog[open]')!;
		const input = dialog.querySelector<HTMLInputElement>('.pagefind-ui__search-input')!;
		const probe = { query: '', lastKey: 0, first: 0, firstFrame: 0, href: '' };
		Object.assign(window, { pagefindProbe: probe });
		document.addEventListener(
			'keydown',
			(event) => {
				if (event.key.length === 1) probe.lastKey = event.timeStamp;
			},
			true,
		);
		const check = () => {
			if (!probe.query || probe.first || input.value.trim() !== probe.query) return;
			// The message names the query once the results on screen are this query's, not a
			// previous one's: "3 results for CheckoutApiHighErrorRate".
			const message = dialog.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '';
			if (!message.endsWith(` ${probe.query}`)) return;
			const link = dialog.querySelector(
				'.pagefind-ui__result .pagefind-ui__result-title a, .pagefind-ui__result a.pagefind-ui__result-link',
			);
			if (!link) return;
			probe.first = performance.now();
			probe.href = link.getAttribute('href') ?? '';
			requestAnimationFrame(() => {
				probe.firstFrame = performance.now();
			});
		};
		new MutationObserver(check).observe(dialog, {
			subtree: true,
			childList: true,
			characterData: true,
			attributes: true,
		});
	});
}

/** Types `text` into the open search dialog, `keyDelay` ms between keys, and times it. */
export async function measurePagefindQuery(
	page: Page,
	text: string,
	keyDelay: number,
): Promise<PagefindTiming> {
	const input = page.locator(INPUT);
	await input.fill('');
	await page.locator('dialog[open] .pagefind-ui__result').first().waitFor({ state: 'detached' });
	await page.evaluate((query) => {
		const probe = (window as unknown as { pagefindProbe: Record<string, unknown> }).pagefindProbe;
		Object.assign(probe, { query, lastKey: 0, first: 0, firstFrame: 0, href: '' });
	}, text);
	await input.focus();
	await page.keyboard.type(text, { delay: keyDelay });
	const timing = await page.waitForFunction(
		() => {
			const probe = (window as unknown as { pagefindProbe: Record<string, number | string> })
				.pagefindProbe;
			const time = (name: string) => Number(probe[name]);
			if (!time('firstFrame')) return undefined;
			return {
				first: time('first') - time('lastKey'),
				frame: time('firstFrame') - time('lastKey'),
				href: String(probe['href']),
			};
		},
		undefined,
		{ timeout: 30_000 },
	);
	return (await timing.jsonValue()) as PagefindTiming;
}
