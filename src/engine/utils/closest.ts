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

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
		}
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
