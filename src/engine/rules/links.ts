import type { ParsedDocument, RuleContext } from './context.ts';
import { startOf } from '../parse/tables.ts';
import { closest } from '../utils/closest.ts';

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Every Markdown link and link definition must lead to a page (and heading) the site has. */
export function checkLinks(document: ParsedDocument, context: RuleContext): void {
	if (!document.tree) return;
	const stack: unknown[] = [document.tree];
	while (stack.length) {
		const node = stack.pop() as { type: string; url?: string; children?: unknown[]; position?: { start: { line: number; column: number } } };
		if ((node.type === 'link' || node.type === 'definition') && node.url) checkLink(document, node.url, startOf(node), context);
		if (node.children) stack.push(...node.children);
	}
}

function checkLink(document: ParsedDocument, url: string, position: { line: number; column: number }, context: RuleContext): void {
	if (EXTERNAL.test(url)) return;
	const report = (message: string, hint: string) =>
		context.report({ file: document.path, ...position, ruleId: 'reference/link', message, hint });

	const target = new URL(url, `https://handbook.invalid${document.route}`);
	let path = decodeURI(target.pathname);
	const fragment = decodeURIComponent(target.hash.slice(1));

	if (/\.[a-z0-9]+$/i.test(path)) {
		if (!context.publicFiles.has(path) && !context.routes.has(path)) {
			report(`The link "${url}" points to the file ${path}, which is not in public/.`, 'Put the file in public/ or fix the path.');
		}
		return;
	}
	if (!path.endsWith('/')) {
		if (context.routes.has(`${path}/`)) {
			report(`The link "${url}" is missing its trailing slash; the site serves that page at ${path}/.`, `Write it as ${path}/${target.hash}.`);
			return;
		}
		path = `${path}/`;
	}
	const anchors = context.routes.get(path);
	if (!anchors) {
		const suggestion = closest(path, context.routes.keys());
		report(
			`The link "${url}" points to ${path}, which is not a page of this handbook.`,
			suggestion ? `Did you mean ${suggestion}? Links use site paths with a trailing slash.` : 'Link to an existing page, using its site path with a trailing slash, such as /runbooks/disk-full/.',
		);
		return;
	}
	// Generated pages (catalogs) have no known headings; only documents' anchors are checked.
	if (fragment && anchors.size > 0 && fragment !== '_top' && !anchors.has(fragment)) {
		const suggestion = closest(fragment, anchors);
		report(
			`The link "${url}" points to the heading #${fragment}, which ${path} does not have.`,
			suggestion ? `Did you mean #${suggestion}?` : 'Link to an existing heading, or drop the #fragment.',
		);
	}
}
