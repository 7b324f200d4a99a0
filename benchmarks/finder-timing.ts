/**
 * Times the quick finder in Chromium: from the last keystroke of a query to its first result in
 * the DOM, to the next animation frame (the result on screen), and to all results ranked.
 * Used by `npm run bench` and scripts/measure-finder.ts.
 */
import type { Page } from '@playwright/test';

export interface FinderTiming {
	/** Milliseconds from the last keystroke to the first result in the DOM. */
	first: number;
	/** … to the animation frame after it: the result is on screen. */
	frame: number;
	/** … to every result ranked (`data-results="complete"`). */
	complete: number;
	/** The slug of the runbook ranked first once all results were in. */
	top: string;
}

/**
 * Focuses the first finder on the page and waits until its data and search code are loaded.
 * Returns how long that took (first use on this server).
 */
export async function openFinder(page: Page): Promise<number> {
	const input = page.locator('quick-finder').first().getByRole('combobox');
	const started = Date.now();
	await input.focus();
	await page.locator('quick-finder[data-state="ready"]').first().waitFor({ timeout: 60_000 });
	const loadMs = Date.now() - started;
	await installProbe(page);
	return loadMs;
}

/** Installs the timing probe: last keystroke, first result, complete results. */
async function installProbe(page: Page): Promise<void> {
	await page.evaluate(() => {
		const finder = document.querySelector('quick-finder')!;
		const input = finder.querySelector('input')!;
		const list = finder.querySelector('[role="listbox"]')!;
		const probe = { query: '', lastKey: 0, first: 0, firstFrame: 0, complete: 0, top: '' };
		Object.assign(window, { finderProbe: probe });
		document.addEventListener(
			'keydown',
			(event) => {
				if (event.key.length === 1) probe.lastKey = event.timeStamp;
			},
			true,
		);
		const check = () => {
			if (probe.query === '' || input.value.trim() !== probe.query) return;
			const now = performance.now();
			const first = list.querySelector('[role="option"]');
			if (!probe.first && first) {
				probe.first = now;
				requestAnimationFrame(() => {
					probe.firstFrame = performance.now();
				});
			}
			if (!probe.complete && finder.getAttribute('data-results') === 'complete') {
				probe.complete = now;
				probe.top = first?.getAttribute('data-slug') ?? '';
			}
		};
		new MutationObserver(check).observe(finder, {
			subtree: true,
			childList: true,
			attributes: true,
			attributeFilter: ['data-results'],
		});
	});
}

/** Types `text` into the finder (after `openFinder`), `keyDelay` ms between keys, and times it. */
export async function measureFinderQuery(
	page: Page,
	text: string,
	keyDelay: number,
): Promise<FinderTiming> {
	const input = page.locator('quick-finder').first().getByRole('combobox');
	await input.fill('');
	await page.evaluate((query) => {
		const probe = (window as unknown as { finderProbe: Record<string, unknown> }).finderProbe;
		Object.assign(probe, { query, lastKey: 0, first: 0, firstFrame: 0, complete: 0, top: '' });
	}, text);
	await page.keyboard.type(text, { delay: keyDelay });
	const timing = await page.waitForFunction(
		() => {
			const probe = (window as unknown as { finderProbe: Record<string, number | string> })
				.finderProbe;
			const time = (name: string) => Number(probe[name]);
			if (!time('firstFrame') || !time('complete')) return undefined;
			return {
				first: time('first') - time('lastKey'),
				frame: time('firstFrame') - time('lastKey'),
				complete: time('complete') - time('lastKey'),
				top: String(probe['top']),
			};
		},
		undefined,
		{ timeout: 30_000 },
	);
	return (await timing.jsonValue()) as FinderTiming;
}
