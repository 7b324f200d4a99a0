/** The candidate closest to `value` by edit distance, if it is close enough to be a likely typo. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
	const limit = Math.max(2, Math.floor(value.length / 3));
	let best: string | undefined;
	let bestDistance = limit + 1;
	const wanted = value.toLowerCase();
	const wantedLetters = letterCounts(wanted);
	for (const candidate of candidates) {
		// Only a candidate strictly closer than the best so far can win, so the search can stop
		// early: a broken link in a handbook of thousands of pages is checked against every route.
		// Two cheap lower bounds (length, then letters) rule most candidates out before the table.
		const bound = bestDistance - 1;
		if (Math.abs(candidate.length - wanted.length) > bound) continue;
		const lower = candidate.toLowerCase();
		if (letterDistance(wantedLetters, lower) > bound) continue;
		const distance = editDistance(wanted, lower, bound);
		if (distance <= bound) {
			best = candidate;
			bestDistance = distance;
			if (distance === 0) break;
		}
	}
	return best;
}

/** How often each UTF-16 code unit occurs in a text. */
function letterCounts(text: string): Map<number, number> {
	const counts = new Map<number, number>();
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		counts.set(code, (counts.get(code) ?? 0) + 1);
	}
	return counts;
}

/**
 * A lower bound of the edit distance from the letters alone: each edit adds, removes or changes
 * at most one letter on each side (a swap changes none), so at least as many edits are needed as
 * the larger of the letters `text` lacks and the letters it has in excess.
 */
function letterDistance(wanted: ReadonlyMap<number, number>, text: string): number {
	const counts = new Map(wanted);
	let excess = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		const left = counts.get(code) ?? 0;
		if (left > 0) counts.set(code, left - 1);
		else excess++;
	}
	let missing = 0;
	for (const left of counts.values()) missing += left;
	return Math.max(excess, missing);
}

/** `Did you mean "x"?` or an empty string. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
	const suggestion = closest(value, candidates);
	return suggestion ? ` Did you mean "${suggestion}"?` : '';
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of
 * neighbouring letters, the typos people make when typing an id or an alert name.
 *
 * With `limit`, the result is exact up to `limit` and otherwise some number above it. Only the
 * cells within `limit` of the diagonal are computed (a cell further away is more than `limit`
 * edits by itself), and the work stops as soon as a whole row exceeds `limit`, since no row's
 * minimum is ever smaller than the previous row's. A broken link in a handbook of thousands of
 * pages is compared with every route, so this is the difference between seconds and
 * milliseconds.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
	if (a === b) return 0;
	if (a.length === 0) return b.length;
	if (b.length === 0) return a.length;
	if (Math.abs(a.length - b.length) > limit) return Math.abs(a.length - b.length);
	// Cells outside the band hold `far`: more than `limit`, so nothing built on them can come
	// back under it, and results within the limit stay exact.
	const far = Number.isFinite(limit) ? limit + 1 : a.length + b.length;
	let before = new Array<number>(b.length + 1).fill(far);
	let previous = Array.from({ length: b.length + 1 }, (_, j) => (j <= limit ? j : far));
	let current = new Array<number>(b.length + 1);
	for (let i = 1; i <= a.length; i++) {
		current.fill(far);
		current[0] = i <= limit ? i : far;
		let rowMinimum = current[0];
		const from = Math.max(1, i - limit);
		const to = Math.min(b.length, i + limit);
		for (let j = from; j <= to; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				value = Math.min(value, before[j - 2]! + 1);
			}
			current[j] = value;
			if (value < rowMinimum) rowMinimum = value;
		}
		if (rowMinimum > limit) return rowMinimum;
		[before, previous, current] = [previous, current, before];
	}
	return previous[b.length]!;
}

/** Quotes and joins values for a message: `"a", "b" or "c"`. */
export function listOf(values: Iterable<string>, conjunction = 'or'): string {
	const quoted = [...values].map((value) => `"${value}"`);
	if (quoted.length <= 1) return quoted.join('');
	return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}`;
}
