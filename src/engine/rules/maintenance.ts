import { walk } from '../parse/walk.ts';
import type { DocumentRule } from './context.ts';

/** A checklist is only useful if it has boxes to tick. */
export const checkMaintenance: DocumentRule = (document, { report }) => {
	if (!document.tree) return;
	let hasTask = false;
	walk(document.tree, (node) => {
		if (node.type !== 'listItem' || typeof node.checked !== 'boolean') return undefined;
		hasTask = true;
		return 'stop';
	});
	if (hasTask) return;
	report({
		file: document.path,
		...document.frontmatter.start,
		ruleId: 'checklist/no-tasks',
		message: 'This checklist has no task list, so there is nothing to tick.',
		hint: 'Write each step as a GFM task list item, "- [ ] Step", under a heading.',
	});
};
