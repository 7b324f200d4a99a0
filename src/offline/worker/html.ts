import { PAGE_ATTRIBUTES, type CachedReason } from './config.ts';

/** ISO 8601 as the worker writes it; anything else is dropped rather than put into markup. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

/**
 * A saved page's HTML with `data-offline-cached-at` and `data-offline-reason` on its `<html>`
 * element, so the page's own script can say it is a saved copy and how old it is. The worker
 * cannot tell the page through response headers (a page cannot read its own), and a message
 * could arrive after the page has rendered; attributes are there before the first paint.
 */
export function markCachedPage(
	html: string,
	cachedAt: string | null | undefined,
	reason: CachedReason,
): string {
	const tag = /<html\b/i.exec(html);
	if (!tag) return html;
	const attributes = [`${PAGE_ATTRIBUTES.reason}="${reason}"`];
	if (cachedAt && ISO_INSTANT.test(cachedAt))
		attributes.push(`${PAGE_ATTRIBUTES.cachedAt}="${cachedAt}"`);
	const end = tag.index + tag[0].length;
	return `${html.slice(0, end)} ${attributes.join(' ')}${html.slice(end)}`;
}
