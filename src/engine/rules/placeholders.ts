import type { Position } from '../problem.ts';
import type { ParsedDocument, RuleContext } from './context.ts';
import { walk } from '../parse/walk.ts';

/**
 * Text that marks unfinished writing. Code is not scanned: a command may legitimately say TODO.
 * Bracketed placeholders are text in square brackets that did not become a link.
 */
const PLACEHOLDERS =
	/\b(?:TODO|TBD|FIXME|XXX)\b|\[[^\]\n]{1,60}\](?!\()|@(?:name|handle|username|owner|someone)\b|\bYYYY-MM-DD\b|\bHH:MM\b/g;

/** Reports placeholders in the body and frontmatter of a final post-mortem. */
export function checkPlaceholders(document: ParsedDocument, context: RuleContext): void {
	const found = (position: Position, match: string) =>
		context.report({
			file: document.path,
			...position,
			ruleId: 'postmortem/placeholder',
			message: `This post-mortem is final but still contains the placeholder "${match}".`,
			hint: 'Replace it with the real value, or set status back to draft or in-review until it is known.',
		});

	walkStrings(document.frontmatter.data, [], (value, path) => {
		for (const match of value.matchAll(PLACEHOLDERS))
			found(document.frontmatter.locate(path), match[0]);
	});

	if (!document.tree) return;
	walk(document.tree, (node) => {
		if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'yaml') return 'skip';
		if (node.type !== 'text' || !node.value || !node.position) return undefined;
		for (const match of node.value.matchAll(PLACEHOLDERS)) {
			found(offsetPosition(node.position.start, node.value, match.index), match[0]);
		}
		return undefined;
	});
}

function walkStrings(
	value: unknown,
	path: PropertyKey[],
	visit: (text: string, path: PropertyKey[]) => void,
): void {
	if (typeof value === 'string') visit(value, path);
	else if (Array.isArray(value))
		value.forEach((item, index) => walkStrings(item, [...path, index], visit));
	else if (value && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) walkStrings(item, [...path, key], visit);
	}
}

/** Position of `offset` within a text node that starts at `start`. */
function offsetPosition(start: Position, value: string, offset: number): Position {
	const before = value.slice(0, offset);
	const lines = before.split('\n');
	return lines.length === 1
		? { line: start.line, column: start.column + offset }
		: { line: start.line + lines.length - 1, column: lines.at(-1)!.length + 1 };
}
