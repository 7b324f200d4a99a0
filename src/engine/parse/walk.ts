import type { Node as UnistNode } from 'unist';

/** The fields of an mdast node the rules read; MDX and GFM nodes add their own. */
export interface WalkNode {
	type: string;
	children?: WalkNode[];
	value?: string;
	url?: string;
	checked?: boolean | null;
	position?: { start: { line: number; column: number } } | undefined;
}

/**
 * Visits every node depth-first, in document order. The visitor returns `'skip'` to leave a
 * node's children out, or `'stop'` to end the walk. An explicit stack instead of recursion keeps
 * deeply nested lists from exhausting the call stack.
 */
export function walk(
	roots: UnistNode | ReadonlyArray<UnistNode>,
	visit: (node: WalkNode) => void | 'skip' | 'stop',
): void {
	// mdast's own types are a closed union that MDX extends by augmentation; the rules only read
	// the few fields above, so nodes are viewed through that narrower shape.
	const stack = (Array.isArray(roots) ? [...roots].reverse() : [roots]) as WalkNode[];
	while (stack.length) {
		const node = stack.pop()!;
		const verdict = visit(node);
		if (verdict === 'stop') return;
		if (verdict !== 'skip' && node.children) {
			for (let index = node.children.length - 1; index >= 0; index--) {
				stack.push(node.children[index]!);
			}
		}
	}
}
