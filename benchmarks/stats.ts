/** Small statistics for benchmark numbers. Pure. */

/** The median of a list (the mean of the two middle values for an even count); NaN when empty. */
export function median(values: ReadonlyArray<number>): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The largest value of a list; NaN when empty. */
export function largest(values: ReadonlyArray<number>): number {
	return values.length === 0 ? Number.NaN : values.reduce((most, value) => Math.max(most, value));
}

/** Count, median and largest of a list of sizes or times. */
export interface Summary {
	count: number;
	median: number;
	largest: number;
}

export function summarize(values: ReadonlyArray<number>): Summary {
	return { count: values.length, median: median(values), largest: largest(values) };
}
