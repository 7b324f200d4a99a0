import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A top-level H2 section: its heading and every node up to the next H1 or H2. */
export interface Section {
	/** Heading text as written. */
	title: string;
	heading: Heading;
	content: RootContent[];
}

/** Splits a document body into its H2 sections, in order. */
export function splitSections(tree: Root): Section[] {
	const sections: Section[] = [];
	let current: Section | undefined;
	for (const node of tree.children) {
		if (node.type === 'heading' && node.depth <= 2) {
			current =
				node.depth === 2 ? { title: toString(node).trim(), heading: node, content: [] } : undefined;
			if (current) sections.push(current);
		} else if (current && node.type !== 'yaml') {
			current.content.push(node);
		}
	}
	return sections;
}

/** Every heading of any depth, for spotting a required section typed at the wrong level. */
export function allHeadings(tree: Root): Heading[] {
	return tree.children.filter((node): node is Heading => node.type === 'heading');
}

/** Compares heading text loosely: case, spacing and a trailing colon do not matter. */
export function sameHeading(a: string, b: string): boolean {
	return normalizeHeading(a) === normalizeHeading(b);
}

function normalizeHeading(text: string): string {
	return text
		.replace(/[:\s]+$/, '')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

/** Whether a section has anything in it besides blank lines and comments. */
export function hasContent(section: Section): boolean {
	return section.content.some((node) => !isComment(node));
}

function isComment(node: RootContent): boolean {
	if (node.type === 'html') return /^<!--[\s\S]*-->$/.test(node.value.trim());
	if (node.type === 'mdxFlowExpression') return /^\/\*[\s\S]*\*\/$/.test(node.value.trim());
	return false;
}
