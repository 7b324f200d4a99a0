import { describe, expect, it } from 'vitest';
import {
	inlineCode,
	inlineMarkdown,
	itemText,
	type InlineNode,
} from '../../src/tools/checklist/markdown.ts';

/** A tiny DOM-like tree, enough for the conversion. */
const text = (value: string): InlineNode => ({
	nodeType: 3,
	nodeName: '#text',
	textContent: value,
	childNodes: [],
});
const el = (
	name: string,
	children: InlineNode[],
	attributes: Record<string, string> = {},
): InlineNode => ({
	nodeType: 1,
	nodeName: name.toUpperCase(),
	textContent: children.map((child) => child.textContent).join(''),
	childNodes: children,
	getAttribute: (key) => attributes[key] ?? null,
});

const timeSpan = el('span', [text(' ✓ 14:05 UTC')], { class: 'checklist-tick-time' });
const item = el('li', [
	el('input', [], { type: 'checkbox' }),
	text(' Check '),
	el('code', [text('npm audit')]),
	text(' and the '),
	el('a', [text('security patch scale')], { href: '/severity/' }),
	text('. '),
	el('strong', [text('Now')]),
	el('ul', [el('li', [text('nested step')])]),
	timeSpan,
]);
const skip = (node: InlineNode) => node === timeSpan;
const baseUrl = 'https://handbook.example/maintenance/weekly/';

describe('inline Markdown of a checklist item', () => {
	it('keeps code, absolute links and emphasis, and leaves out the box, nested lists and tick time', () => {
		expect(inlineMarkdown(item, { links: true, baseUrl, skip })).toBe(
			'Check `npm audit` and the [security patch scale](https://handbook.example/severity/). **Now**',
		);
	});

	it('turns links into their text for timeline rows', () => {
		expect(inlineMarkdown(item, { links: false, baseUrl, skip })).toBe(
			'Check `npm audit` and the security patch scale. **Now**',
		);
	});

	it('fences code that holds backticks', () => {
		expect(inlineCode('a`b')).toBe('`` a`b ``');
		expect(inlineCode('plain')).toBe('`plain`');
	});

	it('gives the plain item text that keys are made of', () => {
		expect(itemText(item, skip)).toBe('Check npm audit and the security patch scale. Now');
	});
});
