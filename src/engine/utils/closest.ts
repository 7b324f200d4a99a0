/** The candidate closest to `value` by edit distance, if it is close enough to be a likely typo. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	const wanted = value.toLowerCase();
	for (const candidate of candidates) {
		const distance = editDistance(wanted, candidate.toLowerCase());
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 3))
		? best
		: undefined;
}

/** `Did you mean "x"?` or an empty string. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
	const suggestion = closest(value, candidates);
	return suggestion ? ` Did you mean "${suggestion}"?` : '';
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of
 * neighbouring letters, the typos people make when typing an id or an alert name.
 */
export function editDistance(a: string, b: string): number {
	if (a === b) return 0;
	if (a.length === 0) return b.length;
	if (b.length === 0) return a.length;
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				value = Math.min(value, before[j - 2]! + 1);
			}
			current[j] = value;
		}
		before = previous;
		previous = current;
	}
	return previous[b.length]!;
}

/** Quotes and joins values for a message: `"a", "b" or "c"`. */
export function listOf(values: Iterable<string>, conjunction = 'or'): string {
	const quoted = [...values].map((value) => `"${value}"`);
	if (quoted.length <= 1) return quoted.join('');
	return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}`;
}
