/**
 * Search in a real browser against a built site: Pagefind (both sites) and the quick finder
 * (the handbook only), each timed for alert names of runbooks spread over the corpus.
 */
import type { Page } from '@playwright/test';
import { launchChromium } from './browser.ts';
import { measureFinderQuery, openFinder } from './finder-timing.ts';
import { measurePagefindQuery, openPagefind } from './pagefind-timing.ts';
import type { QueryTiming, SearchResult, SearchTool } from './results.ts';
import { serveStatic } from '../src/serve/static-server.ts';
import { largest, median } from './stats.ts';

/** Milliseconds between keystrokes: a fast typist. */
export const KEY_DELAY_MS = 60;

/** A runbook to look for, by one of its alert names. */
export interface SearchTarget {
	slug: string;
	alert: string;
}

/**
 * `count + 1` runbooks spread evenly over the list: the first is for an untimed warm-up (the first
 * search loads the search code and index), the rest are timed.
 */
export function searchTargets<T>(runbooks: ReadonlyArray<T>, count: number): T[] {
	const wanted = Math.min(count + 1, runbooks.length);
	return Array.from(
		{ length: wanted },
		(_, index) => runbooks[Math.floor(((index + 0.5) * runbooks.length) / wanted)]!,
	);
}

export interface SearchOptions {
	distDir: string;
	/** The page Pagefind is opened on, such as `/runbooks/checkout-api-error-rate/`. */
	pagefindRoute: string;
	/** The page with the quick finder, when the site has one. */
	finderRoute?: string;
	targets: SearchTarget[];
}

export async function measureSearch(options: SearchOptions): Promise<SearchResult> {
	const site = await serveStatic(options.distDir, '/');
	const browser = await launchChromium();
	try {
		const [warmUp, ...timed] = options.targets;
		if (!warmUp || timed.length === 0) throw new Error('There are too few runbooks to search for.');
		const run = async (
			route: string,
			open: (page: Page) => Promise<unknown>,
			measure: (
				page: Page,
				target: SearchTarget,
			) => Promise<{ ms: number; top: string; right: boolean }>,
		): Promise<SearchTool> => {
			const page = await browser.newPage();
			try {
				await page.goto(`${site.origin}${route}`);
				await open(page);
				await measure(page, warmUp);
				const timings: QueryTiming[] = [];
				for (const target of timed) {
					const { ms, top, right } = await measure(page, target);
					timings.push({ query: target.alert, expected: target.slug, ms, top, right });
				}
				const times = timings.map((timing) => timing.ms);
				return { route, timings, medianMs: median(times), slowestMs: largest(times) };
			} finally {
				await page.close();
			}
		};

		const pagefind = await run(options.pagefindRoute, openPagefind, async (page, target) => {
			const timing = await measurePagefindQuery(page, target.alert, KEY_DELAY_MS);
			const top = new URL(timing.href, site.origin).pathname;
			return { ms: timing.frame, top, right: top === `/runbooks/${target.slug}/` };
		});
		const finder = options.finderRoute
			? await run(options.finderRoute, openFinder, async (page, target) => {
					const timing = await measureFinderQuery(page, target.alert, KEY_DELAY_MS);
					return { ms: timing.frame, top: timing.top, right: timing.top === target.slug };
				})
			: undefined;
		return { pagefind, ...(finder ? { finder } : {}) };
	} finally {
		await browser.close();
		await site.close();
	}
}
