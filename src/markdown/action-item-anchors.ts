import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition, HastPluginEntry, HastVisitorContext } from 'satteri';
import { contentDirectory } from '../engine/config.ts';
import { sameHeading } from '../engine/parse/sections.ts';
import { actionItemAnchors } from '../tools/action-items/anchor.ts';

type HastElement = {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	children?: HastElement[];
};

const SECTION = 'Action Items';

/**
 * Gives each row of a post-mortem's Action Items table an id (`action-<slug of the Action
 * text>`), so /action-items/ and the home page can link to the row itself. The ids come from
 * `actionItemAnchors`, the function those pages use too.
 *
 * It reads the table as the action-item reader does (src/engine/extract/action-items.ts): the
 * first table after the “Action Items” H2 and before the next H1 or H2, its Action column found
 * by name, rows with an empty Action cell skipped. Only documents in the incidents folder are
 * touched (`incidentsDir`, by default `<content directory>/incidents` under the working
 * directory), and only when their text mentions the section at all.
 */
export function actionItemAnchorsPlugin(
	incidentsDir: string = resolve(contentDirectory(), 'incidents'),
): HastPluginEntry {
	const folder = incidentsDir.endsWith(sep) ? incidentsDir : `${incidentsDir}${sep}`;
	const definition = {
		name: 'incident-handbook-action-item-anchors',
		before(root, ctx) {
			const table = actionItemsTable((root as HastElement).children ?? [], ctx);
			if (table) anchorRows(table, ctx);
		},
	} satisfies HastPluginDefinition;
	return ({ fileURL, source }) => {
		if (!/action\s+items/i.test(source)) return undefined;
		if (fileURL && !fileURLToPath(fileURL).startsWith(folder)) return undefined;
		return definition;
	};
}

const isElement = (node: HastElement | undefined, ...tags: string[]) =>
	node?.type === 'element' && tags.includes(node.tagName ?? '');

const childElements = (node: HastElement, tag: string) =>
	(node.children ?? []).filter((child) => isElement(child, tag));

/** The first table in the Action Items section, also when another plugin has wrapped it. */
function actionItemsTable(nodes: HastElement[], ctx: HastVisitorContext): HastElement | undefined {
	let inSection = false;
	for (const node of nodes) {
		if (isElement(node, 'h1', 'h2')) {
			if (inSection) return undefined;
			inSection =
				node.tagName === 'h2' && sameHeading(ctx.textContent(node as never).trim(), SECTION);
			continue;
		}
		if (!inSection) continue;
		if (isElement(node, 'table')) return node;
		if (isElement(node, 'div')) {
			const [wrapped] = childElements(node, 'table');
			if (wrapped) return wrapped;
		}
	}
	return undefined;
}

/** Sets an id on each body row with an Action cell. */
function anchorRows(table: HastElement, ctx: HastVisitorContext) {
	const text = (node: HastElement) => ctx.textContent(node as never).trim();
	const rowsOf = (section: string) =>
		childElements(table, section).flatMap((part) => childElements(part, 'tr'));
	const cells = (row: HastElement) =>
		(row.children ?? []).filter((child) => isElement(child, 'td', 'th'));

	const [header, ...headerless] = rowsOf('thead');
	const body = [...headerless, ...rowsOf('tbody')];
	if (!header) return;
	// Matched by name, ignoring case, as the action-item reader's `columnIndex` does.
	const column = cells(header).findIndex((cell) => text(cell).toLowerCase() === 'action');
	if (column === -1) return;
	const actionOf = (row: HastElement) => {
		const cell = cells(row)[column];
		return cell ? text(cell) : '';
	};
	const rows = body
		.map((row) => ({ row, action: actionOf(row) }))
		.filter(({ action }) => action !== '');
	const ids = actionItemAnchors(rows.map(({ action }) => action));
	rows.forEach(({ row }, index) => ctx.setProperty(row as never, 'id', ids[index]));
}
