import { describe, expect, it } from 'vitest';
import type { List, Paragraph, Table } from 'mdast';
import { parseMarkdown } from '../src/engine/parse/markdown.ts';

/*
 * The validator parses with Sätteri, the parser the site is built with. These pin down the parts
 * of its output the rules rely on, and how its syntax errors become positioned problems.
 */

function tree(text: string, mdx = true) {
	const parsed = parseMarkdown(text, mdx);
	if (!('tree' in parsed)) throw new Error(`Expected a tree, got: ${parsed.error.message}`);
	return parsed.tree;
}

describe('parseMarkdown', () => {
	it('reads frontmatter, GFM tables and task lists, with positions', () => {
		const root = tree(
			'---\ntitle: T\n---\n\n| A | B |\n| - | - |\n| 1 | 2 |\n\n- [x] done\n- [ ] open\n',
		);
		expect(root.children.map((node) => node.type)).toEqual(['yaml', 'table', 'list']);
		const table = root.children[1] as Table;
		expect(table.children).toHaveLength(2);
		expect(table.position?.start).toMatchObject({ line: 5, column: 1 });
		const list = root.children[2] as List;
		expect(list.children.map((item) => item.checked)).toEqual([true, false]);
	});

	it('keeps a time such as 09:12 as plain text, as the built page shows it', () => {
		const root = tree('| Time | Event |\n| - | - |\n| 09:12 | Alert fires |\n');
		const cell = (root.children[0] as Table).children[1]!.children[0]!;
		expect(cell.children).toEqual([expect.objectContaining({ type: 'text', value: '09:12' })]);
	});

	it('positions an MDX syntax error and keeps the message for authors', () => {
		const parsed = parseMarkdown('# Title\n\n<!-- a comment -->\n', true);
		expect(parsed).toEqual({
			error: {
				line: 3,
				column: 1,
				message: expect.stringMatching(/^Unexpected character `!`.*`\{\/\* text \*\/\}`\)$/),
			},
		});
	});

	it('positions a broken MDX expression, without the parser’s error code', () => {
		// `1+` lacks its right-hand side: the parser stops at the closing brace.
		const parsed = parseMarkdown('Usage is {1+} of the disk.\n', true);
		expect(parsed).toEqual({
			error: { line: 1, column: 13, message: expect.stringMatching(/^Could not parse expression/) },
		});
		expect(JSON.stringify(parsed)).not.toMatch(/mdx-jsx:/);
	});

	it('reads the same text in a .md file as plain Markdown', () => {
		const root = tree('# Title\n\nUsage is <5% free {often}.\n', false);
		const paragraph = root.children[1] as Paragraph;
		expect(paragraph.children).toEqual([
			expect.objectContaining({ type: 'text', value: 'Usage is <5% free {often}.' }),
		]);
	});
});
