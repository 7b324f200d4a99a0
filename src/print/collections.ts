/**
 * What goes into the print collections, and in what order. The pages that load the content
 * call these; they are kept free of Astro so the order is tested on its own.
 */

/**
 * A GFM task list item: a list marker, then `[ ]` or `[x]`, then the task. Any indentation, since
 * nested items are indented under their parent.
 */
const TASK_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\][ \t]+\S/;
/** A line that opens a fenced code block; the fence it must be closed by is the first group. */
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
/** A line that closes a fenced code block: a fence alone on its line. */
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

/**
 * Whether Markdown source holds a task list outside code blocks. Task lists shown as examples
 * inside a fence (as the writing guides do) are not checklists.
 */
export function hasTaskListSource(markdown: string): boolean {
	let fence: string | undefined;
	for (const line of markdown.split(/\r?\n/)) {
		if (fence) {
			const closer = FENCE_CLOSE.exec(line)?.[1];
			if (closer && closer[0] === fence[0] && closer.length >= fence.length) fence = undefined;
			continue;
		}
		fence = FENCE_OPEN.exec(line)?.[1];
		if (fence) continue;
		if (TASK_ITEM.test(line)) return true;
	}
	return false;
}

/** The folder handbook pages live in; only those are incident checklists. */
const HANDBOOK = 'handbook/';

/**
 * Whether a handbook page counts as an incident checklist for the print collection: it lives
 * under `handbook/` and its body holds a task list (the first-response checklist, the on-call
 * handover, the rollback checks). Guides and rule reference pages only show examples.
 */
export function isIncidentChecklist(page: { id: string; body?: string | undefined }): boolean {
	return page.id.startsWith(HANDBOOK) && hasTaskListSource(page.body ?? '');
}

/** What the order of handbook pages depends on: their id, sidebar position and title. */
export interface OrderablePage {
	id: string;
	title: string;
	order?: number | undefined;
}

const byTitle = (a: string, b: string) =>
	a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true });

/**
 * Handbook pages in the order the sidebar shows them: a folder's own pages before its
 * subfolders' (handbook before handbook/operations), then by `sidebar.order` (pages without one
 * last), then by title.
 */
export function compareHandbookPages(a: OrderablePage, b: OrderablePage): number {
	const folder = (page: OrderablePage) => page.id.split('/').slice(0, -1).join('/');
	const [folderA, folderB] = [folder(a), folder(b)];
	if (folderA !== folderB) {
		if (folderB.startsWith(`${folderA}/`)) return -1;
		if (folderA.startsWith(`${folderB}/`)) return 1;
		return byTitle(folderA, folderB);
	}
	const orderA = a.order ?? Number.POSITIVE_INFINITY;
	const orderB = b.order ?? Number.POSITIVE_INFINITY;
	if (orderA !== orderB) return orderA < orderB ? -1 : 1;
	return byTitle(a.title, b.title);
}

/** The anchor a document gets in a collection: unique per kind, safe as an HTML id. */
export function entryAnchor(kind: 'checklist' | 'page' | 'runbook', id: string): string {
	return `${kind}-${id.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}
