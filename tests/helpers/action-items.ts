import type { ActionItem } from '../../src/engine/extract/action-items.ts';
import type { PostMortemItems } from '../../src/tools/action-items/items.ts';

/** The priority scale the action-item tests sort by. */
export const PRIORITIES = ['P0', 'P1', 'P2', 'P3'];

let line = 10;

/** An open P2 item owned by Ana, each on its own line of the post-mortem. */
export const item = (
	action: string,
	due: string,
	overrides: Partial<ActionItem> = {},
): ActionItem => ({
	action,
	owner: 'Ana',
	due,
	priority: 'P2',
	status: 'Open',
	statusText: 'Open',
	closed: '',
	line: line++,
	...overrides,
});

/** A post-mortem's action items, with the title and address its page would have. */
export const postMortem = (id: string, items: ActionItem[]): PostMortemItems => ({
	id,
	title: `Title of ${id}`,
	url: `/incidents/${id}/`,
	items,
});
