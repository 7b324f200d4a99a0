/**
 * Text from a checklist item or a page title, made safe for a post-mortem `.mdx` file: MDX reads
 * `{` as the start of JavaScript and `<` as the start of a component, so a step such as "Check
 * latency < 200 ms" would break the page. Code spans are left exactly as they are.
 */
import { tableCell } from '../checklist/export.ts';

/** Characters escaped outside code: MDX syntax, and the backslash that would escape them. */
const SPECIAL = /[\\{}<>]/g;

/** Where the code span opened by `length` backticks ends (the closing run), or -1. */
function closingRun(text: string, from: number, length: number): number {
	const run = /`+/g;
	run.lastIndex = from;
	for (let match = run.exec(text); match; match = run.exec(text))
		if (match[0].length === length) return match.index;
	return -1;
}

/** Inline Markdown with `\ { } < >` escaped outside code spans, so MDX reads it as text. */
export function mdxText(text: string): string {
	let out = '';
	let index = 0;
	while (index < text.length) {
		const tick = text.indexOf('`', index);
		const plainEnd = tick === -1 ? text.length : tick;
		out += text.slice(index, plainEnd).replace(SPECIAL, (char) => `\\${char}`);
		if (tick === -1) break;
		const length = /^`+/.exec(text.slice(tick))![0].length;
		const close = closingRun(text, tick + length, length);
		// An unmatched run of backticks is literal text, and so is what follows it.
		const end = close === -1 ? tick + length : close + length;
		out += text.slice(tick, end);
		index = end;
	}
	return out;
}

/** One cell of the Timeline table: MDX-safe, on one line, with `|` escaped. */
export function timelineCell(text: string): string {
	return tableCell(mdxText(text));
}
