/**
 * Renders Observable Plot charts to SVG markup at build time, so chart pages ship no JavaScript.
 * Plot wants a DOM; linkedom provides one in Node. Only page frontmatter imports this module,
 * which keeps Plot and linkedom out of every client bundle.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** The class every chart's `<svg>` carries; src/styles/metrics.css styles it. */
export const CHART_CLASS = 'metric-plot';

/** The chart options this module accepts: everything but the DOM and the text alternative. */
export type ChartOptions = Omit<Plot.PlotOptions, 'document' | 'ariaLabel' | 'className'>;

/**
 * One chart as an `<svg role="img">` string, named by `label` (what the chart shows, in words).
 *
 * Plot's own `<style>` block is dropped: it hard-codes a white background, which is wrong in the
 * dark theme, and the site's stylesheet gives the same rules with theme colours instead. The
 * `aria-label`s Plot puts on groups inside the chart are dropped too: inside `role="img"` nobody
 * hears them, and the chart's one label says what they would.
 */
export function renderChart(options: ChartOptions, label: string): string {
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	const chart = Plot.plot({
		...options,
		document,
		className: CHART_CLASS,
	} as Plot.PlotOptions) as unknown as Element;
	if (chart.tagName.toLowerCase() !== 'svg') {
		// Plot wraps the SVG in a <figure> when asked for a title or legend; callers never ask.
		throw new Error('renderChart renders bare charts: give no title, subtitle or legend.');
	}
	for (const style of [...chart.querySelectorAll('style')]) style.remove();
	for (const element of [...chart.querySelectorAll('[aria-label], [aria-description]')]) {
		element.removeAttribute('aria-label');
		element.removeAttribute('aria-description');
	}
	// The label is written here rather than by linkedom, which leaves `&` unescaped in attributes.
	return roundCoordinates(chart.outerHTML).replace(
		/^<svg\b/,
		`<svg role="img" aria-label="${escapeAttribute(label)}"`,
	);
}

/**
 * Plot writes coordinates such as `346.66666666666663`; two decimals are finer than a pixel and
 * make each chart about a third smaller. Only numbers inside tags change, never the text.
 */
export function roundCoordinates(markup: string): string {
	return markup.replace(/<[^>]+>/g, (tag) => tag.replace(/(\d\.\d\d)\d+/g, '$1'));
}

/** Text made safe inside a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('"', '&quot;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;');
}
