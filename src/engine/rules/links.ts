import type { Root } from 'mdast';
import type { Position } from '../problem.ts';
import type { ParsedDocument, RuleContext } from './context.ts';
import { startOf } from '../parse/tables.ts';
import { walk } from '../parse/walk.ts';
import { closest } from '../utils/closest.ts';

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** An internal link found in a document, kept until every page's headings are known. */
export interface InternalLink {
	url: string;
	position: Position;
}

/** The internal links of a document (Markdown links and link definitions). */
export function collectLinks(tree: Root): InternalLink[] {
	const links: InternalLink[] = [];
	walk(tree, (node) => {
		if (
			(node.type === 'link' || node.type === 'definition') &&
			node.url &&
			!EXTERNAL.test(node.url)
		) {
			links.push({ url: node.url, position: startOf(node) });
		}
	});
	return links;
}

/** Every internal link must lead to a page (and heading) the site has. */
export function checkLinks(
	document: Pick<ParsedDocument, 'path' | 'route'>,
	links: ReadonlyArray<InternalLink>,
	context: RuleContext,
): void {
	for (const { url, position } of links) checkLink(document, url, position, context);
}

function checkLink(
	document: Pick<ParsedDocument, 'path' | 'route'>,
	url: string,
	position: Position,
	context: RuleContext,
): void {
	const report = (message: string, hint: string) =>
		context.report({ file: document.path, ...position, ruleId: 'reference/link', message, hint });

	const target = new URL(url, `https://handbook.invalid${document.route}`);
	let path = decodeURI(target.pathname);
	const fragment = decodeURIComponent(target.hash.slice(1));

	if (/\.[a-z0-9]+$/i.test(path)) {
		if (!context.publicFiles.has(path) && !context.routes.has(path)) {
			report(
				`The link "${url}" points to the file ${path}, which is not in public/.`,
				'Put the file in public/ or fix the path.',
			);
		}
		return;
	}
	if (!path.endsWith('/')) {
		if (context.routes.has(`${path}/`)) {
			report(
				`The link "${url}" is missing its trailing slash; the site serves that page at ${path}/.`,
				`Write it as ${path}/${target.hash}.`,
			);
			return;
		}
		path = `${path}/`;
	}
	const anchors = context.routes.get(path);
	if (!anchors) {
		const suggestion = closest(path, context.routes.keys());
		report(
			`The link "${url}" points to ${path}, which is not a page of this handbook.`,
			suggestion
				? `Did you mean ${suggestion}? Links use site paths with a trailing slash.`
				: 'Link to an existing page, using its site path with a trailing slash, such as /runbooks/disk-full/.',
		);
		return;
	}
	// Generated pages (catalogs) have no known headings; only documents' anchors are checked.
	if (fragment && anchors.size > 0 && fragment !== '_top' && !anchors.has(fragment)) {
		const suggestion = closest(fragment, anchors);
		report(
			`The link "${url}" points to the heading #${fragment}, which ${path} does not have.`,
			suggestion
				? `Did you mean #${suggestion}?`
				: 'Link to an existing heading, or drop the #fragment.',
		);
	}
}
