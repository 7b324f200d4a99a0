import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
	elapsedMinutes,
	incidentDurations,
	verdictText,
	type DurationTargets,
	type IncidentTimes,
} from '../../src/tools/incident-metrics/durations.ts';

const START = '2026-05-04T10:00:00Z';
/** Times `offsets` minutes after START for detect, acknowledge, mitigate and resolve. */
function times(start: string, detect: number, ack: number, mitigate: number, resolve: number) {
	const at = (minutes: number) =>
		new Date(Date.parse(start) + minutes * 60_000).toISOString().replace(/\.000Z$/, 'Z');
	return {
		started_at: start,
		detected_at: at(detect),
		acknowledged_at: at(ack),
		mitigated_at: at(mitigate),
		resolved_at: at(resolve),
	} satisfies IncidentTimes;
}
const TARGETS: DurationTargets = { acknowledge: '15m', mitigate: '1h', resolve: '4h' };
const byKey = (rows: ReturnType<typeof incidentDurations>) =>
	Object.fromEntries(rows.map((row) => [row.key, row]));

describe('incidentDurations', () => {
	it('returns detect, acknowledge, mitigate and resolve, all measured from started_at', () => {
		const rows = incidentDurations(times(START, 3, 10, 40, 200), TARGETS);
		expect(rows.map((row) => row.key)).toEqual(['detect', 'acknowledge', 'mitigate', 'resolve']);
		expect(rows.map((row) => row.minutes)).toEqual([3, 10, 40, 200]);
		expect(rows.map((row) => row.target)).toEqual([undefined, 15, 60, 240]);
		expect(rows.every((row) => row.label.length > 0)).toBe(true);
	});

	it('gives detect no target and no verdict', () => {
		const { detect } = byKey(incidentDurations(times(START, 90, 95, 100, 120), TARGETS));
		expect(detect).toEqual({ key: 'detect', label: 'Detect', minutes: 90 });
		expect(verdictText(detect!)).toBe('No target');
	});

	it('counts a duration exactly equal to its target as met', () => {
		const rows = byKey(incidentDurations(times(START, 1, 15, 60, 240), TARGETS));
		for (const key of ['acknowledge', 'mitigate', 'resolve'])
			expect([key, rows[key]!.met, verdictText(rows[key]!)]).toEqual([key, true, 'Met']);
	});

	it('counts one minute over the target as missed, by one minute', () => {
		const rows = byKey(incidentDurations(times(START, 1, 16, 61, 241), TARGETS));
		for (const key of ['acknowledge', 'mitigate', 'resolve']) {
			expect(rows[key]!.met).toBe(false);
			expect(verdictText(rows[key]!)).toBe('Missed by 1 min');
		}
	});

	it('measures across midnight UTC', () => {
		const rows = byKey(
			incidentDurations(
				{
					started_at: '2026-09-02T23:50:00Z',
					detected_at: '2026-09-02T23:55:00Z',
					acknowledged_at: '2026-09-03T00:04:00Z',
					mitigated_at: '2026-09-03T00:55:00Z',
					resolved_at: '2026-09-03T02:10:00Z',
				},
				TARGETS,
			),
		);
		expect(rows.detect!.minutes).toBe(5);
		expect(rows.acknowledge).toMatchObject({ minutes: 14, met: true });
		expect(rows.mitigate).toMatchObject({ minutes: 65, met: false });
		expect(rows.resolve).toMatchObject({ minutes: 140, met: true });
		expect(verdictText(rows.mitigate!)).toBe('Missed by 5 min');
	});

	it('measures real elapsed time on a daylight-saving change day, whatever the local zone', () => {
		// 2026-03-29 is the EU spring-forward day: 01:00 UTC is when clocks jump in Europe.
		expect(elapsedMinutes('2026-03-29T00:30:00Z', '2026-03-29T02:30:00Z')).toBe(120);
		// The same instants written with offsets either side of the change.
		expect(elapsedMinutes('2026-03-29T01:30:00+01:00', '2026-03-29T04:30:00+02:00')).toBe(120);
		const rows = byKey(
			incidentDurations(times('2026-03-29T00:30:00Z', 10, 15, 60, 120), {
				acknowledge: '15m',
				mitigate: '1h',
				resolve: '2h',
			}),
		);
		expect(rows.resolve).toMatchObject({ minutes: 120, target: 120, met: true });
	});

	it('gives no verdict for a target the level lacks, or when there are no targets', () => {
		const noMitigate = byKey(
			incidentDurations(times(START, 5, 30, 600, 700), { acknowledge: '1h', resolve: '24h' }),
		);
		expect(noMitigate.mitigate).toEqual({ key: 'mitigate', label: 'Mitigate', minutes: 600 });
		expect(verdictText(noMitigate.mitigate!)).toBe('No target');
		expect(noMitigate.acknowledge).toMatchObject({ target: 60, met: true });
		for (const row of incidentDurations(times(START, 5, 30, 600, 700), undefined)) {
			expect(row.target).toBeUndefined();
			expect(row.met).toBeUndefined();
		}
	});

	it('gives no verdict when a timestamp is before started_at or unreadable', () => {
		const rows = byKey(
			incidentDurations(
				{ ...times(START, 5, 10, 20, 30), mitigated_at: '2026-05-04T09:00:00Z' },
				TARGETS,
			),
		);
		expect(rows.mitigate).toMatchObject({ minutes: undefined, target: 60 });
		expect(rows.mitigate!.met).toBeUndefined();
		expect(verdictText(rows.mitigate!)).toBe('—');
		expect(elapsedMinutes('not a time', START)).toBeUndefined();
	});

	it('matches the starter SEV2 post-mortem against the real starter scale', () => {
		const { levels } = parse(readFileSync('src/content/severity/incident.yaml', 'utf8')) as {
			levels: Array<{ id: string; targets?: DurationTargets }>;
		};
		const sev2 = levels.find((level) => level.id === 'SEV2');
		expect(sev2?.targets).toBeDefined();
		const source = readFileSync(
			'src/content/incidents/2026-09-02-database-connection-pool-exhausted.mdx',
			'utf8',
		);
		const frontmatter = parse(source.split(/^---$/m)[1]!) as IncidentTimes & { severity: string };
		expect(frontmatter.severity).toBe('SEV2');
		const rows = byKey(incidentDurations(frontmatter, sev2!.targets));
		// The post-mortem's summary: acknowledged in 19 min against 15, mitigated in 66 against 60.
		expect(rows.acknowledge).toMatchObject({ minutes: 19, target: 15, met: false });
		expect(rows.mitigate).toMatchObject({ minutes: 66, target: 60, met: false });
		expect(rows.resolve).toMatchObject({ minutes: 155, target: 240, met: true });
		expect(rows.detect).toMatchObject({ minutes: 7 });
		expect(verdictText(rows.acknowledge!)).toBe('Missed by 4 min');
		expect(verdictText(rows.mitigate!)).toBe('Missed by 6 min');
	});
});
