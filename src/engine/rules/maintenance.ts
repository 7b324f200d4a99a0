import type { DocumentRule } from './context.ts';

/** A checklist is only useful if it has boxes to tick. */
export const checkMaintenance: DocumentRule = (document, { report }) => {
	if (!document.tree) return;
	const stack: unknown[] = [document.tree];
	while (stack.length) {
		const node = stack.pop() as { type: string; checked?: boolean | null; children?: unknown[] };
		if (node.type === 'listItem' && typeof node.checked === 'boolean') return;
		if (node.children) stack.push(...node.children);
	}
	report({
		file: document.path,
		...document.frontmatter.start,
		ruleId: 'checklist/no-tasks',
		message: 'This checklist has no task list, so there is nothing to tick.',
		hint: 'Write each step as a GFM task list item, "- [ ] Step", under a heading.',
	});
};
