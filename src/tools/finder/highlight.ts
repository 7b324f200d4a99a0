/** Cuts a text into plain and matched parts, so the finder can highlight without HTML strings. */
import type { MatchRange } from './types.ts';

export interface Segment {
	text: string;
	match: boolean;
}

/**
 * The parts of `text`, in order, with `match` set on those inside the (inclusive) ranges.
 * Ranges may overlap, be unsorted or run past the text; empty parts are left out.
 */
export function segments(text: string, ranges: ReadonlyArray<MatchRange>): Segment[] {
	const marked = new Array<boolean>(text.length).fill(false);
	for (const [start, end] of ranges)
		for (let index = Math.max(0, start); index <= Math.min(end, text.length - 1); index++)
			marked[index] = true;
	const parts: Segment[] = [];
	for (let index = 0; index < text.length; index++) {
		const match = marked[index] ?? false;
		const last = parts.at(-1);
		if (last && last.match === match) last.text += text[index];
		else parts.push({ text: text[index] ?? '', match });
	}
	return parts;
}
