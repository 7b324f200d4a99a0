/**
 * Inline Markdown for a checklist item, from its rendered HTML: code stays code, links stay links
 * (absolute, so they work when pasted into a chat), bold and italics survive, and everything else
 * becomes its text. Works on any DOM-like tree, so it can be tested without a browser.
 */

/** The few DOM node features the conversion reads. */
export interface InlineNode {
	nodeType: number;
	nodeName: string;
	textContent: string | null;
	childNodes: ArrayLike<InlineNode>;
	getAttribute?: (name: string) => string | null;
}

export interface InlineOptions {
	/** Keep links as `[text](url)`; otherwise links become their text. */
	links: boolean;
	/** The page URL that relative links resolve against. */
	baseUrl: string;
	/** Nodes to leave out, such as the checkbox or the tracker's own tick time. */
	skip?: (node: InlineNode) => boolean;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** `` `code` ``, with a longer fence when the code itself holds backticks. */
export function inlineCode(text: string): string {
	const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
	const fence = '`'.repeat(longest + 1);
	const padding = longest ? ' ' : '';
	return `${fence}${padding}${text}${padding}${fence}`;
}

function absoluteUrl(href: string, baseUrl: string): string {
	try {
		return new URL(href, baseUrl).href;
	} catch {
		return href;
	}
}

function convert(node: InlineNode, options: InlineOptions): string {
	if (options.skip?.(node)) return '';
	if (node.nodeType === TEXT_NODE) return node.textContent ?? '';
	if (node.nodeType !== ELEMENT_NODE) return '';
	const name = node.nodeName.toLowerCase();
	if (name === 'code') return inlineCode(node.textContent ?? '');
	if (name === 'ul' || name === 'ol' || name === 'input' || name === 'script') return '';
	const inner = Array.from(node.childNodes, (child) => convert(child, options)).join('');
	if (!inner.trim()) return inner;
	if (name === 'strong' || name === 'b') return `**${inner}**`;
	if (name === 'em' || name === 'i') return `_${inner}_`;
	if (name === 'a' && options.links) {
		const href = node.getAttribute?.('href');
		if (href) return `[${inner}](${absoluteUrl(href, options.baseUrl)})`;
	}
	return inner;
}

/** The children of `node` (a list item) as one line of inline Markdown. */
export function inlineMarkdown(node: InlineNode, options: InlineOptions): string {
	return Array.from(node.childNodes, (child) => convert(child, options))
		.join('')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The plain text of a list item, without nested lists or skipped nodes: what its key is made of. */
export function itemText(node: InlineNode, skip?: (node: InlineNode) => boolean): string {
	const walk = (current: InlineNode): string => {
		if (skip?.(current)) return '';
		if (current.nodeType === TEXT_NODE) return current.textContent ?? '';
		if (current.nodeType !== ELEMENT_NODE) return '';
		const name = current.nodeName.toLowerCase();
		if (name === 'ul' || name === 'ol' || name === 'input' || name === 'script') return '';
		return Array.from(current.childNodes, walk).join('');
	};
	return Array.from(node.childNodes, walk).join('').replace(/\s+/g, ' ').trim();
}
