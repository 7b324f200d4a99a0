import type { HastPluginDefinition } from 'satteri';

/**
 * Prefixes site-absolute links and images in Markdown with the site's base path, so a handbook
 * served from a sub-path (GitHub Pages project sites: `/handbook/`) keeps working. Authors keep
 * writing `/runbooks/disk-full/`, the form the validator checks; the built page gets
 * `/handbook/runbooks/disk-full/`. A base of `/` changes nothing.
 */
export function baseLinks(base: string): HastPluginDefinition | undefined {
	const prefix = base.replace(/\/+$/, '');
	if (!prefix) return undefined;
	const withBase = (url: unknown) =>
		typeof url === 'string' &&
		url.startsWith('/') &&
		!url.startsWith('//') &&
		!url.startsWith(`${prefix}/`)
			? `${prefix}${url}`
			: undefined;
	return {
		name: 'incident-handbook-base-links',
		element: [
			{
				filter: ['a'],
				visit(node, ctx) {
					const href = withBase(node.properties?.['href']);
					if (href) ctx.setProperty(node, 'href', href);
				},
			},
			{
				filter: ['img'],
				visit(node, ctx) {
					const src = withBase(node.properties?.['src']);
					if (src) ctx.setProperty(node, 'src', src);
				},
			},
		],
	} as HastPluginDefinition;
}
