import type { Root } from 'mdast';
import { startOf } from '../parse/tables.ts';
import { walk } from '../parse/walk.ts';
import type { ParsedDocument, RuleContext } from './context.ts';

const BARE_NAME = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;

/**
 * In MDX, `{service}` is JavaScript, not text: it parses fine but fails the build when the page
 * renders, because no such variable exists. Prose written as if braces were placeholders is the
 * usual cause. Names the file declares itself (`export const`, `import`) are allowed.
 */
export function checkExpressions(
	document: ParsedDocument,
	{ report }: Pick<RuleContext, 'report'>,
): void {
	if (!document.tree || !document.path.endsWith('.mdx')) return;
	const declared = declaredNames(document.tree);
	walk(document.tree, (node) => {
		if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return;
		const name = node.value?.trim() ?? '';
		if (!BARE_NAME.test(name) || declared.has(name.split('.')[0]!)) return;
		report({
			file: document.path,
			...startOf(node),
			ruleId: 'syntax/mdx-expression',
			message: `"{${name}}" is an MDX expression, and this page defines no variable "${name.split('.')[0]}", so rendering it would fail.`,
			hint: `If you meant the text, write \\{${name}\\} or \`{${name}}\`; in a template, use [${name}] instead.`,
		});
	});
}

function declaredNames(tree: Root): Set<string> {
	const names = new Set<string>();
	for (const node of tree.children) {
		if (node.type !== 'mdxjsEsm') continue;
		for (const match of node.value.matchAll(
			/\b(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)|import\s+([A-Za-z_$][\w$]*)|\{([^}]*)\}\s*from/g,
		)) {
			if (match[1]) names.add(match[1]);
			if (match[2]) names.add(match[2]);
			for (const part of match[3]?.split(',') ?? []) {
				const local = part
					.split(/\s+as\s+/)
					.at(-1)
					?.trim();
				if (local) names.add(local);
			}
		}
	}
	return names;
}
