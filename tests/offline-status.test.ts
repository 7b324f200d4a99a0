import { describe, expect, it } from 'vitest';
import {
	ageText,
	cachedCopyMessage,
	formatSavedAt,
	parseReason,
	UPDATE_MESSAGE,
} from '../src/offline/status.ts';

const at = (iso: string) => Date.parse(iso);
const SAVED = '2026-11-23T04:12:30.000Z';
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('formatSavedAt', () => {
	it('writes the UTC date and time, whatever the machine’s time zone', () => {
		// Vitest runs under TZ=Pacific/Kiritimati (UTC+14), where this is already the next day.
		expect(formatSavedAt(at(SAVED))).toBe('23 Nov 2026, 04:12 UTC');
		expect(formatSavedAt(at('2027-01-05T23:59:59Z'))).toBe('5 Jan 2027, 23:59 UTC');
		expect(formatSavedAt(at('2026-12-31T00:00:00Z'))).toBe('31 Dec 2026, 00:00 UTC');
	});
});

describe('ageText', () => {
	const saved = at(SAVED);
	it('says just now under a minute, and for a clock behind the copy', () => {
		expect(ageText(saved, saved)).toBe('just now');
		expect(ageText(saved, saved + 59_999)).toBe('just now');
		expect(ageText(saved, saved - 5 * MIN)).toBe('just now');
	});

	it('counts whole minutes, hours and days, singular and plural', () => {
		expect(ageText(saved, saved + MIN)).toBe('1 minute old');
		expect(ageText(saved, saved + 59 * MIN + 59_000)).toBe('59 minutes old');
		expect(ageText(saved, saved + HOUR)).toBe('1 hour old');
		expect(ageText(saved, saved + 3 * HOUR + 20 * MIN)).toBe('3 hours old');
		expect(ageText(saved, saved + DAY - 1)).toBe('23 hours old');
		expect(ageText(saved, saved + DAY)).toBe('1 day old');
		expect(ageText(saved, saved + 2 * DAY + 5 * HOUR)).toBe('2 days old');
		expect(ageText(saved, saved + 400 * DAY)).toBe('400 days old');
	});
});

describe('cachedCopyMessage', () => {
	const now = at(SAVED) + 3 * HOUR;
	it('says the page is a saved copy, when it was saved and how old it is', () => {
		expect(cachedCopyMessage('offline', SAVED, now)).toBe(
			'You are offline. This is the copy saved on 23 Nov 2026, 04:12 UTC (3 hours old).',
		);
		expect(cachedCopyMessage('offline', SAVED, at(SAVED) + 10_000)).toBe(
			'You are offline. This is the copy saved on 23 Nov 2026, 04:12 UTC (just now).',
		);
	});

	it('gives the reason: offline, a slow network or a failing server', () => {
		expect(cachedCopyMessage('slow', SAVED, now)).toMatch(
			/^The network did not answer within 3 seconds\. This is the copy saved on /,
		);
		expect(cachedCopyMessage('server-error', SAVED, now)).toMatch(
			/^The handbook’s server answered with an error\. This is the copy saved on /,
		);
	});

	it('still says it is a copy when the time it was saved is unknown', () => {
		for (const when of [undefined, 'yesterday', ''])
			expect(cachedCopyMessage('offline', when, now)).toBe(
				'You are offline. This is a copy saved earlier on this device.',
			);
	});

	it('shows no banner on the page for an address never saved, which explains itself', () => {
		expect(cachedCopyMessage('missing', SAVED, now)).toBeUndefined();
	});

	it('is a full sentence for an update, too', () => {
		expect(UPDATE_MESSAGE).toMatch(/^A newer version of the handbook is available\.$/);
	});
});

describe('parseReason', () => {
	it('reads the worker’s reasons and treats anything else as offline', () => {
		expect(parseReason('slow')).toBe('slow');
		expect(parseReason('server-error')).toBe('server-error');
		expect(parseReason('missing')).toBe('missing');
		expect(parseReason('offline')).toBe('offline');
		expect(parseReason('toString')).toBe('offline');
		expect(parseReason('')).toBe('offline');
		expect(parseReason(undefined)).toBe('offline');
	});
});
