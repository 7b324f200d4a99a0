import { describe, expect, test } from 'vitest';
import { change, count, duration, ratio, size } from '../benchmarks/format.ts';
import { largest, median, summarize } from '../benchmarks/stats.ts';

describe('benchmark statistics', () => {
	test('the median of an odd count is the middle value, whatever the order', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([42])).toBe(42);
	});

	test('the median of an even count is the mean of the two middle values', () => {
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([10, 20])).toBe(15);
	});

	test('median does not reorder its input', () => {
		const values = [3, 1, 2];
		median(values);
		expect(values).toEqual([3, 1, 2]);
	});

	test('largest is the maximum, even of thousands of values', () => {
		expect(largest([3, 9, 2])).toBe(9);
		const many = Array.from({ length: 200_000 }, (_, index) => index);
		expect(largest(many)).toBe(199_999);
	});

	test('an empty list has no median and no largest value', () => {
		expect(median([])).toBeNaN();
		expect(largest([])).toBeNaN();
		expect(summarize([])).toEqual({ count: 0, median: Number.NaN, largest: Number.NaN });
	});

	test('summarize gives count, median and largest', () => {
		expect(summarize([60_000, 62_000, 71_000, 64_000])).toEqual({
			count: 4,
			median: 63_000,
			largest: 71_000,
		});
	});
});

describe('benchmark number formats', () => {
	test('durations switch from milliseconds to seconds at one second', () => {
		expect(duration(412.4)).toBe('412 ms');
		expect(duration(34_210)).toBe('34.2 s');
		expect(duration(Number.NaN)).toBe('–');
	});

	test('sizes use decimal units', () => {
		expect(size(812)).toBe('812 B');
		expect(size(38_200)).toBe('38.2 KB');
		expect(size(97_400_000)).toBe('97.4 MB');
		expect(size(500e6)).toBe('500 MB');
		expect(size(1_240_000_000)).toBe('1.24 GB');
	});

	test('counts, ratios and changes', () => {
		expect(count(5000)).toBe('5,000');
		expect(ratio(0.6234)).toBe('0.62×');
		expect(change(1.004)).toBe('+0.4%');
		expect(change(0.969)).toBe('−3.1%');
	});
});
