import type { HastPluginDefinition } from 'satteri';

type HastElement = {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	children?: HastElement[];
};

const SCROLL_CLASS = 'table-scroll';

/**
 * Makes rendered Markdown usable from a keyboard and a phone:
 * - every table sits in a scroll region that is labelled and focusable, so a wide Action Items
 *   table scrolls sideways on a 360 px screen instead of widening the page, and keyboard users
 *   can scroll it (a bare scrolling table is unreachable by keyboard);
 * - every task-list checkbox is labelled with its item's text, so screen readers announce what
 *   the box is for.
 * A Sätteri hast plugin, since Astro 7's Markdown processor runs no rehype plugins; Starlight
 * applies it to `.md` and `.mdx` alike.
 */
export function accessibleContent(): HastPluginDefinition {
	return {
		name: 'incident-handbook-accessible-content',
		element: [
			{
				filter: ['table'],
				visit(node, ctx) {
					const parent = ctx.parent(node) as HastElement | undefined;
					if (hasClass(parent, SCROLL_CLASS)) return undefined;
					const columns = headerCells(node as HastElement).map((cell) =>
						ctx.textContent(cell as never).trim(),
					);
					const label = columns.length ? `Table: ${columns.filter(Boolean).join(', ')}` : 'Table';
					return {
						type: 'element',
						tagName: 'div',
						properties: { class: SCROLL_CLASS, tabindex: '0', role: 'region', 'aria-label': label },
						children: [node],
					} as never;
				},
			},
			{
				filter: ['input'],
				visit(node, ctx) {
					if ((node.properties as Record<string, unknown> | undefined)?.['type'] !== 'checkbox')
						return;
					const item = ctx.parent(node);
					const text = item
						? ctx
								.textContent(item as never)
								.replace(/\s+/g, ' ')
								.trim()
						: '';
					if (text) ctx.setProperty(node, 'aria-label', text);
				},
			},
		],
	} as HastPluginDefinition;
}

function hasClass(node: HastElement | undefined, name: string): boolean {
	const value = node?.properties?.['class'] ?? node?.properties?.['className'];
	return Array.isArray(value)
		? value.includes(name)
		: String(value ?? '')
				.split(' ')
				.includes(name);
}

function headerCells(table: HastElement): HastElement[] {
	const head = table.children?.find((child) => child.tagName === 'thead');
	const row = head?.children?.find((child) => child.tagName === 'tr');
	return row?.children?.filter((child) => child.tagName === 'th') ?? [];
}
