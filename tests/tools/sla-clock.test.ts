import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
	classify,
	doneAt,
	DUE_SOON_SHARE,
	evaluateTargets,
	nextUpdate,
	toClockLevel,
	type ClockLevel,
	type ClockState,
} from '../../src/tools/sla-clock/clock.ts';
import {
	fieldSubject,
	MAX_PARAM_LENGTH,
	orderProblems,
	parseStored,
	parseUrlState,
	serialiseStored,
	STORAGE_KEY,
	toQuery,
} from '../../src/tools/sla-clock/state.ts';
import {
	formatCountdown,
	formatSpan,
	formatUtc,
	formatZoned,
	fromWallInput,
	isoSeconds,
	offsetAt,
	parseIsoTime,
	toWallInput,
} from '../../src/tools/sla-clock/time.ts';
import { severityScale } from '../../src/engine/schemas/severity.ts';

const MIN = 60_000;
const at = (iso: string) => Date.parse(iso);

// The real scale, so the tests follow the data: nothing below names a level id it did not read.
const scale = severityScale.parse(
	parse(readFileSync('src/content/severity/incident.yaml', 'utf8')),
);
const LEVELS: ClockLevel[] = scale.levels.map(toClockLevel);
const top = LEVELS[0]!;

// A fixed, fictional level for the arithmetic, independent of the content.
const LEVEL: ClockLevel = {
	id: 'X1',
	name: 'Test',
	targets: { acknowledge: 5, mitigate: 30, resolve: 120 },
	updateEvery: 30,
};

describe('toClockLevel', () => {
	it('turns the scale durations into minutes and drops targets a level does not set', () => {
		expect(
			toClockLevel({
				...scale.levels[0]!,
				id: 'L',
				name: 'L',
				targets: { acknowledge: '15m', resolve: '2w', update_every: '1h' },
			}),
		).toEqual({
			id: 'L',
			name: 'L',
			targets: { acknowledge: 15, resolve: 20_160 },
			updateEvery: 60,
		});
	});
	it('reads every level of the incident scale', () => {
		expect(LEVELS.map((level) => level.id)).toEqual(scale.levels.map((level) => level.id));
		for (const level of LEVELS) expect(Object.keys(level.targets).length).toBeGreaterThan(0);
	});
});

describe('deadline arithmetic', () => {
	it('adds target windows in UTC across the European spring DST change', () => {
		// 2026-03-29: Berlin goes from CET (+1) to CEST (+2) at 01:00 UTC.
		const state: ClockState = { severity: 'X1', start: at('2026-03-29T00:30:00Z') };
		const views = evaluateTargets(state, LEVEL, state.start);
		expect(views.map((view) => isoSeconds(view.deadline))).toEqual([
			'2026-03-29T00:35:00Z',
			'2026-03-29T01:00:00Z',
			'2026-03-29T02:30:00Z',
		]);
		// Shown in Berlin, the two-hour resolve window spans three wall-clock hours.
		expect(formatZoned(state.start, 'Europe/Berlin')).toBe('Sun 29 Mar, 01:30 CET');
		expect(formatZoned(views[2]!.deadline, 'Europe/Berlin')).toBe('Sun 29 Mar, 04:30 CEST');
		expect(formatUtc(views[2]!.deadline)).toBe('2026-03-29 02:30 UTC');
	});

	it('adds target windows in UTC across the autumn DST change in New York', () => {
		// 2026-11-01: New York goes from EDT (-4) to EST (-5) at 06:00 UTC.
		const state: ClockState = { severity: 'X1', start: at('2026-11-01T05:30:00Z') };
		const resolve = evaluateTargets(state, LEVEL, state.start)[2]!;
		expect(isoSeconds(resolve.deadline)).toBe('2026-11-01T07:30:00Z');
		expect(formatZoned(state.start, 'America/New_York')).toBe('Sun 1 Nov, 01:30 GMT-4');
		expect(formatZoned(resolve.deadline, 'America/New_York')).toBe('Sun 1 Nov, 02:30 GMT-5');
	});

	it('crosses midnight, month and year ends', () => {
		const state: ClockState = { severity: 'X1', start: at('2026-12-31T23:45:00Z') };
		const [ack, mitigate, resolve] = evaluateTargets(state, LEVEL, state.start);
		expect(isoSeconds(ack!.deadline)).toBe('2026-12-31T23:50:00Z');
		expect(isoSeconds(mitigate!.deadline)).toBe('2027-01-01T00:15:00Z');
		expect(isoSeconds(resolve!.deadline)).toBe('2027-01-01T01:45:00Z');
		expect(formatZoned(mitigate!.deadline, 'Asia/Tokyo')).toBe('Fri 1 Jan, 09:15 GMT+9');
		expect(formatZoned(mitigate!.deadline, 'America/Los_Angeles')).toBe('Thu 31 Dec, 16:15 GMT-8');
	});

	it('keeps week-long windows exact across a DST change', () => {
		const level: ClockLevel = { id: 'X4', name: 'Low', targets: { resolve: 20_160 } };
		const state: ClockState = { severity: 'X4', start: at('2026-03-20T12:00:00Z') };
		const [resolve] = evaluateTargets(state, level, state.start);
		expect(isoSeconds(resolve!.deadline)).toBe('2026-04-03T12:00:00Z');
	});

	it('lists only the targets a level defines', () => {
		const level: ClockLevel = {
			id: 'X3',
			name: 'Minor',
			targets: { acknowledge: 60, resolve: 1440 },
		};
		const views = evaluateTargets({ severity: 'X3', start: 0 }, level, 0);
		expect(views.map((view) => view.key)).toEqual(['acknowledge', 'resolve']);
	});
});

describe('status classification', () => {
	const start = at('2026-11-23T01:00:00Z');
	const window = 30 * MIN;
	const deadline = start + window;
	const soon = window * DUE_SOON_SHARE; // 6 min

	it('is on track until the last fifth of the window', () => {
		expect(classify(start, window, undefined, start)).toBe('on-track');
		expect(classify(start, window, undefined, deadline - soon - 1000)).toBe('on-track');
	});
	it('is due soon from the last fifth of the window (inclusive) to just before the deadline', () => {
		expect(classify(start, window, undefined, deadline - soon)).toBe('due-soon');
		expect(classify(start, window, undefined, deadline - 1000)).toBe('due-soon');
	});
	it('is breached at the deadline itself and after it', () => {
		expect(classify(start, window, undefined, deadline)).toBe('breached');
		expect(classify(start, window, undefined, deadline + 86_400_000)).toBe('breached');
	});
	it('is met when done at or before the deadline, missed when done after it', () => {
		expect(classify(start, window, start + 12 * MIN, deadline + 99 * MIN)).toBe('met');
		expect(classify(start, window, deadline, deadline + MIN)).toBe('met');
		expect(classify(start, window, deadline + 1000, deadline + MIN)).toBe('missed');
	});
	it('scales "due soon" with the window: the last minute of a five-minute target', () => {
		expect(classify(start, 5 * MIN, undefined, start + 3 * MIN + 59_000)).toBe('on-track');
		expect(classify(start, 5 * MIN, undefined, start + 4 * MIN)).toBe('due-soon');
	});

	it('reports how long a met target took and how late a missed one was', () => {
		const state: ClockState = {
			severity: 'X1',
			start,
			ack: start + 12 * MIN,
			mitigated: start + 37 * MIN,
		};
		const [ack, mitigate, resolve] = evaluateTargets(state, LEVEL, start + 40 * MIN);
		expect(ack).toMatchObject({ status: 'missed', took: 12 * MIN, late: 7 * MIN });
		expect(mitigate).toMatchObject({ status: 'missed', took: 37 * MIN, late: 7 * MIN });
		expect(resolve).toMatchObject({ status: 'on-track', left: 80 * MIN });
		expect(`met after ${formatSpan(12 * MIN)}`).toBe('met after 12 min');
		expect(`missed by ${formatSpan(ack!.late!)}`).toBe('missed by 7 min');
	});

	it('counts a later mark as completing the earlier targets', () => {
		const state: ClockState = { severity: 'X1', start, mitigated: start + 3 * MIN };
		expect(doneAt(state, 'acknowledge')).toBe(start + 3 * MIN);
		expect(doneAt(state, 'resolve')).toBeUndefined();
		expect(doneAt({ severity: 'X1', start, resolved: start + MIN }, 'mitigate')).toBe(start + MIN);
	});
});

describe('status updates', () => {
	const start = at('2026-11-23T01:00:00Z');
	it('counts the cadence from the start', () => {
		expect(nextUpdate({ severity: 'X1', start }, LEVEL, start)).toEqual({
			number: 1,
			at: start + 30 * MIN,
			left: 30 * MIN,
		});
		expect(nextUpdate({ severity: 'X1', start }, LEVEL, start + 29 * MIN + 59_000)?.number).toBe(1);
		// At the exact instant an update is due, the countdown moves on to the next one.
		expect(nextUpdate({ severity: 'X1', start }, LEVEL, start + 30 * MIN)).toMatchObject({
			number: 2,
			at: start + 60 * MIN,
		});
		expect(nextUpdate({ severity: 'X1', start }, LEVEL, start + 95 * MIN)?.at).toBe(
			start + 120 * MIN,
		);
	});
	it('has nothing to count without a cadence, or once resolved', () => {
		expect(
			nextUpdate(
				{ severity: 'X', start },
				{ id: 'X', name: 'No cadence', targets: LEVEL.targets },
				start,
			),
		).toBeUndefined();
		expect(
			nextUpdate({ severity: 'X1', start, resolved: start + MIN }, LEVEL, start + 2 * MIN),
		).toBeUndefined();
	});
	it('treats a start slightly ahead of this clock as not started yet', () => {
		expect(nextUpdate({ severity: 'X1', start }, LEVEL, start - MIN)).toMatchObject({ number: 1 });
	});
});

describe('formatting', () => {
	it('formats countdowns to the second, dropping seconds past a day', () => {
		expect(formatCountdown(0)).toBe('0 s');
		expect(formatCountdown(45_000)).toBe('45 s');
		expect(formatCountdown(4 * MIN + 12_000)).toBe('4 min 12 s');
		expect(formatCountdown(5 * MIN)).toBe('5 min');
		expect(formatCountdown(65 * MIN + 3000)).toBe('1 h 5 min 3 s');
		expect(formatCountdown(-(3 * MIN + 5000))).toBe('3 min 5 s');
		expect(formatCountdown((2 * 1440 + 3 * 60 + 4) * MIN + 59_000)).toBe('2 d 3 h 4 min');
	});
	it('formats finished spans in whole minutes, or seconds under a minute', () => {
		expect(formatSpan(12 * MIN + 59_000)).toBe('12 min');
		expect(formatSpan(20_000)).toBe('20 s');
		expect(formatSpan(150 * MIN)).toBe('2 h 30 min');
	});
	it('shows UTC times with seconds only when they have some', () => {
		expect(formatUtc(at('2026-11-23T01:05:00Z'))).toBe('2026-11-23 01:05 UTC');
		expect(formatUtc(at('2026-11-23T01:05:37Z'))).toBe('2026-11-23 01:05:37 UTC');
		expect(formatZoned(at('2026-11-23T01:05:37Z'), 'Europe/Berlin')).toBe(
			'Mon 23 Nov, 02:05:37 CET',
		);
	});
});

describe('parseIsoTime', () => {
	it('reads UTC and offset timestamps, dropping fractions of a second', () => {
		expect(parseIsoTime('2026-11-23T01:00:00Z')).toEqual({
			ok: true,
			ms: at('2026-11-23T01:00:00Z'),
		});
		expect(parseIsoTime('2026-11-23T01:00Z')).toEqual({ ok: true, ms: at('2026-11-23T01:00:00Z') });
		expect(parseIsoTime('2026-11-23t01:00:00.999z')).toEqual({
			ok: true,
			ms: at('2026-11-23T01:00:00Z'),
		});
		expect(parseIsoTime('2026-11-23T02:00:00+01:00')).toEqual({
			ok: true,
			ms: at('2026-11-23T01:00:00Z'),
		});
		// An unencoded "+" in a query string arrives as a space.
		expect(parseIsoTime('2026-11-23T02:00:00 01:00')).toEqual({
			ok: true,
			ms: at('2026-11-23T01:00:00Z'),
		});
		expect(parseIsoTime('2026-11-22T20:00:00-0500')).toEqual({
			ok: true,
			ms: at('2026-11-23T01:00:00Z'),
		});
	});
	it('says why a text is not an instant', () => {
		expect(parseIsoTime('yesterday-ish garbage')).toEqual({ ok: false, error: 'format' });
		expect(parseIsoTime('1700000000')).toEqual({ ok: false, error: 'format' });
		expect(parseIsoTime('2026-11-23T01:00:00')).toEqual({ ok: false, error: 'zone' });
		expect(parseIsoTime('2026-02-30T01:00:00Z')).toEqual({ ok: false, error: 'date' });
		expect(parseIsoTime('2026-11-23T24:00:00Z')).toEqual({ ok: false, error: 'date' });
		expect(parseIsoTime('2026-11-23T01:00:00+15:00')).toEqual({ ok: false, error: 'date' });
		expect(parseIsoTime('2028-02-29T00:00:00Z').ok).toBe(true);
		expect(parseIsoTime('2026-02-29T00:00:00Z').ok).toBe(false);
	});
});

describe('typed wall-clock times', () => {
	it('reads a datetime-local value in UTC whatever the machine zone', () => {
		expect(fromWallInput('2026-03-29T00:30', 'UTC')).toEqual({ ms: at('2026-03-29T00:30:00Z') });
		expect(fromWallInput('2026-03-29T00:30:15', 'UTC')).toEqual({ ms: at('2026-03-29T00:30:15Z') });
		expect(fromWallInput('not a time', 'UTC')).toBeUndefined();
		expect(fromWallInput('2026-02-30T00:30', 'UTC')).toBeUndefined();
	});
	it('reads a local time on both sides of a DST change', () => {
		expect(fromWallInput('2026-03-29T01:30', 'Europe/Berlin')).toEqual({
			ms: at('2026-03-29T00:30:00Z'),
		});
		expect(fromWallInput('2026-03-29T03:30', 'Europe/Berlin')).toEqual({
			ms: at('2026-03-29T01:30:00Z'),
		});
		expect(fromWallInput('2026-11-23T20:00', 'America/New_York')).toEqual({
			ms: at('2026-11-24T01:00:00Z'),
		});
		expect(fromWallInput('2026-11-23T06:30', 'Asia/Kolkata')).toEqual({
			ms: at('2026-11-23T01:00:00Z'),
		});
	});
	it('flags a skipped local time and reads it with the offset from before the jump', () => {
		expect(fromWallInput('2026-03-29T02:30', 'Europe/Berlin')).toEqual({
			ms: at('2026-03-29T01:30:00Z'),
			note: 'gap',
		});
	});
	it('flags a repeated local time and takes the first one', () => {
		// 2026-10-25: Berlin's 02:30 happens at 00:30 UTC (CEST) and again at 01:30 UTC (CET).
		expect(fromWallInput('2026-10-25T02:30', 'Europe/Berlin')).toEqual({
			ms: at('2026-10-25T00:30:00Z'),
			note: 'ambiguous',
		});
	});
	it('writes an instant back as a datetime-local value in a zone', () => {
		const ms = at('2026-03-29T01:30:00Z');
		expect(toWallInput(ms, 'UTC')).toBe('2026-03-29T01:30:00');
		expect(toWallInput(ms, 'Europe/Berlin')).toBe('2026-03-29T03:30:00');
		expect(offsetAt(ms, 'Europe/Berlin')).toBe(120 * MIN);
		expect(offsetAt(ms, 'America/New_York')).toBe(-240 * MIN);
		for (const zone of ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe'])
			expect(fromWallInput(toWallInput(ms, zone), zone)?.ms).toBe(ms);
	});
});

describe('URL state', () => {
	const now = at('2026-11-23T02:00:00Z');
	const url = (query: string) => parseUrlState(query, LEVELS, now);
	const messages = (query: string) => url(query).problems.map((problem) => problem.message);

	it('reads a complete clock', () => {
		const query = `?severity=${top.id}&start=2026-11-23T01:00:00Z&ack=2026-11-23T01:04:00Z&mitigated=2026-11-23T01:20:00Z&resolved=2026-11-23T01:50:00Z`;
		expect(url(query)).toEqual({
			present: true,
			problems: [],
			state: {
				severity: top.id,
				start: at('2026-11-23T01:00:00Z'),
				ack: at('2026-11-23T01:04:00Z'),
				mitigated: at('2026-11-23T01:20:00Z'),
				resolved: at('2026-11-23T01:50:00Z'),
			},
		});
		expect(toQuery(url(query).state)).toBe(query);
	});
	it('has nothing to say about a query without clock parameters', () => {
		expect(url('')).toEqual({ present: false, problems: [] });
		expect(url('?utm_source=chat')).toEqual({ present: false, problems: [] });
	});
	it('starts now when the link has a severity only, and matches level ids in any case', () => {
		expect(url(`?severity=${top.id.toLowerCase()}`)).toEqual({
			present: true,
			problems: [],
			state: { severity: top.id, start: now },
		});
	});
	it('accepts a start up to two minutes ahead (clock skew) but not more', () => {
		expect(url(`?severity=${top.id}&start=2026-11-23T02:02:00Z`).state?.start).toBe(
			at('2026-11-23T02:02:00Z'),
		);
		const result = url(`?severity=${top.id}&start=2026-11-23T02:03:00Z`);
		expect(result.state).toBeUndefined();
		expect(result.problems).toEqual([
			{
				param: 'start',
				message:
					'The "start" parameter (2026-11-23 02:03 UTC) is in the future; it must be now or earlier.',
			},
		]);
	});
	it('rejects an unknown severity, naming the parameter and the known levels', () => {
		const result = url('?severity=SEV9&start=2026-11-23T01:00:00Z');
		expect(result.state).toBeUndefined();
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]!.param).toBe('severity');
		expect(result.problems[0]!.message).toMatch(/^The "severity" parameter "SEV9" is not a level/);
		for (const level of LEVELS) expect(result.problems[0]!.message).toContain(level.id);
	});
	it('rejects unparsable, zoneless, impossible and ancient times', () => {
		expect(messages(`?severity=${top.id}&start=yesterday-ish%20garbage`)).toEqual([
			'The "start" parameter "yesterday-ish garbage" is not a date and time. Write it in ISO 8601 UTC, such as 2026-11-23T01:00:00Z.',
		]);
		expect(messages(`?severity=${top.id}&start=2026-11-23T01:00`)[0]).toMatch(
			/"start" parameter .* has no time zone/,
		);
		expect(messages(`?severity=${top.id}&start=2026-02-30T01:00:00Z`)[0]).toMatch(
			/not a real date/,
		);
		expect(messages(`?severity=${top.id}&start=2020-01-01T00:00:00Z`)[0]).toMatch(
			/more than a year ago/,
		);
	});
	it('rejects markup and script in any value without repeating it', () => {
		for (const param of ['severity', 'start', 'ack', 'mitigated', 'resolved']) {
			const values: Record<string, string> = { severity: top.id, start: '2026-11-23T01:00:00Z' };
			values[param] = '<script>alert(1)</script>';
			const query = `?${new URLSearchParams(values).toString()}`;
			const result = url(query);
			const problem = result.problems.find((p) => p.param === param);
			expect(problem?.message).toBe(
				`The "${param}" parameter contains "<" or ">" (markup or a script), which is never accepted, so it was ignored.`,
			);
			expect(result.problems.map((p) => p.message).join(' ')).not.toContain('<script');
		}
		expect(messages('?severity=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E')[0]).toMatch(/markup/);
		expect(messages(`?severity=${top.id}%00`)[0]).toMatch(/control characters/);
	});
	it('rejects absurd lengths without repeating the value', () => {
		const long = 'A'.repeat(5000);
		expect(messages(`?severity=${long}`)).toEqual([
			`The "severity" parameter is 5000 characters long; at most ${MAX_PARAM_LENGTH} are accepted, so it was ignored.`,
		]);
		expect(messages(`?severity=${top.id}&start=${'2026'.repeat(100)}`)[0]).toMatch(
			/400 characters long/,
		);
	});
	it('keeps the clock but drops a bad mark', () => {
		const result = url(
			`?severity=${top.id}&start=2026-11-23T01:00:00Z&ack=soon&mitigated=2026-11-23T00:59:00Z`,
		);
		expect(result.state).toEqual({ severity: top.id, start: at('2026-11-23T01:00:00Z') });
		expect(result.problems.map((p) => p.param)).toEqual(['ack', 'mitigated']);
		expect(result.problems[1]!.message).toBe(
			'The "mitigated" parameter (2026-11-23 00:59 UTC) is before the incident start (2026-11-23 01:00 UTC).',
		);
	});
	it('rejects a resolution before the mitigation and a mark in the future', () => {
		const result = url(
			`?severity=${top.id}&start=2026-11-23T01:00:00Z&mitigated=2026-11-23T01:30:00Z&resolved=2026-11-23T01:20:00Z&ack=2026-11-23T03:00:00Z`,
		);
		expect(result.state).toEqual({
			severity: top.id,
			start: at('2026-11-23T01:00:00Z'),
			mitigated: at('2026-11-23T01:30:00Z'),
		});
		expect(result.problems.map((p) => p.param).sort()).toEqual(['ack', 'resolved']);
	});
	it('needs a severity to run a clock', () => {
		const result = url('?start=2026-11-23T01:00:00Z');
		expect(result.state).toBeUndefined();
		expect(result.problems[0]!.message).toMatch(/no "severity" parameter/);
	});
	it('never throws, whatever the query', () => {
		for (const query of [
			'?%',
			'?severity=%E0%A4%A',
			'?&&&=',
			'?severity&start',
			'?start=\u{1F4A5}',
			'?severity=__proto__',
			'?severity=constructor',
		])
			expect(() => url(query)).not.toThrow();
		expect(url('?severity=__proto__').state).toBeUndefined();
	});
	it('words field problems for the form', () => {
		expect(
			orderProblems(
				{ severity: top.id, start: at('2026-11-23T01:00:00Z'), ack: at('2026-11-23T00:00:00Z') },
				fieldSubject,
			)[0]!.message,
		).toBe(
			'The acknowledged time (2026-11-23 00:00 UTC) is before the incident start (2026-11-23 01:00 UTC).',
		);
	});
});

describe('stored state', () => {
	const now = at('2026-11-23T02:00:00Z');
	const state: ClockState = {
		severity: top.id,
		start: at('2026-11-23T01:00:00Z'),
		ack: at('2026-11-23T01:03:00Z'),
	};

	it('round-trips through JSON with a version', () => {
		const text = serialiseStored({ state, zone: 'local', notify: true });
		expect(JSON.parse(text)).toEqual({
			version: 1,
			severity: top.id,
			start: '2026-11-23T01:00:00Z',
			ack: '2026-11-23T01:03:00Z',
			zone: 'local',
			notify: true,
		});
		expect(parseStored(text, LEVELS, now)).toEqual({ state, zone: 'local', notify: true });
		expect(STORAGE_KEY).toBe('handbook:sla-clock');
	});
	it('keeps preferences without a clock', () => {
		expect(parseStored(serialiseStored({ zone: 'utc', notify: false }), LEVELS, now)).toEqual({
			zone: 'utc',
			notify: false,
		});
	});
	it('silently ignores anything corrupt, foreign or impossible', () => {
		const defaults = { zone: 'utc', notify: false };
		for (const raw of [
			null,
			'',
			'{',
			'null',
			'[]',
			'42',
			'"text"',
			JSON.stringify({ version: 2, severity: top.id, start: '2026-11-23T01:00:00Z' }),
			JSON.stringify({ severity: top.id, start: '2026-11-23T01:00:00Z' }),
		])
			expect(parseStored(raw, LEVELS, now)).toEqual(defaults);
		for (const clock of [
			{ severity: 'SEV99', start: '2026-11-23T01:00:00Z' },
			{ severity: top.id, start: 'later' },
			{ severity: top.id, start: '2026-11-23T05:00:00Z' },
			{ severity: top.id, start: 12 },
			{ severity: top.id, start: '2026-11-23T01:00:00Z', ack: '2026-11-23T00:00:00Z' },
		])
			expect(
				parseStored(JSON.stringify({ version: 1, ...clock }), LEVELS, now).state,
			).toBeUndefined();
	});
});
