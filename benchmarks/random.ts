/**
 * A small seeded pseudo-random generator (mulberry32), so generated documents vary in length and
 * detail yet every run of the benchmark writes byte-identical files.
 */
export interface Random {
	/** A number in [0, 1). */
	next(): number;
	/** A whole number from `low` to `high`, both included. */
	int(low: number, high: number): number;
	/** One element of a non-empty list. */
	pick<T>(items: ReadonlyArray<T>): T;
	/** True with the given probability. */
	chance(probability: number): boolean;
}

/** A generator seeded from text, such as "runbook:42": the same text always gives the same sequence. */
export function seeded(seed: string): Random {
	let state = hash(seed);
	const next = () => {
		state = (state + 0x6d2b79f5) | 0;
		let value = Math.imul(state ^ (state >>> 15), 1 | state);
		value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
		return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
	};
	return {
		next,
		int: (low, high) => low + Math.floor(next() * (high - low + 1)),
		pick: (items) => items[Math.floor(next() * items.length)]!,
		chance: (probability) => next() < probability,
	};
}

/** FNV-1a: spreads similar seeds ("runbook:1", "runbook:2") far apart. */
function hash(text: string): number {
	let value = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		value ^= text.charCodeAt(index);
		value = Math.imul(value, 0x01000193);
	}
	return value >>> 0;
}
