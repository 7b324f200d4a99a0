import { expect, it } from 'vitest';

// The banded, early-stopping edit distance against the textbook table, on 20,000 random pairs:
// exact whenever the answer is within the limit, and above the limit otherwise.
import { closest, editDistance } from '../src/engine/utils/closest.ts';
/** The full optimal-string-alignment table, with no shortcuts. */
function reference(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
	);
	for (let i = 1; i <= a.length; i++)
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
		}
	return d[a.length]![b.length]!;
}
it('matches the full table within every limit', () => {
	let seed = 1;
	const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	const word = () =>
		Array.from({ length: Math.floor(rnd() * 9) }, () => 'abc'[Math.floor(rnd() * 3)]).join('');
	for (let n = 0; n < 20000; n++) {
		const a = word(),
			b = word();
		const exact = reference(a, b);
		expect(editDistance(a, b)).toBe(exact);
		for (const limit of [0, 1, 2, 3, 5]) {
			const got = editDistance(a, b, limit);
			if (exact <= limit) expect(got).toBe(exact);
			else expect(got).toBeGreaterThan(limit);
		}
	}
});

it('picks what a search of every candidate with the full table would pick', () => {
	let seed = 7;
	const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	const word = (length: number) =>
		Array.from({ length }, () => 'abcd-/'[Math.floor(random() * 6)]).join('');
	for (let round = 0; round < 500; round++) {
		const candidates = Array.from({ length: 40 }, () => word(3 + Math.floor(random() * 10)));
		const value = word(3 + Math.floor(random() * 10));
		const limit = Math.max(2, Math.floor(value.length / 3));
		let expected: string | undefined;
		let best = limit + 1;
		for (const candidate of candidates) {
			const distance = reference(value, candidate);
			if (distance < best) [expected, best] = [candidate, distance];
		}
		expect(closest(value, candidates)).toBe(expected);
	}
});
