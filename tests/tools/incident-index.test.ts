import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../src/engine/extract/action-items.ts';
import { validateJson } from '../../src/tools/alerts/json-schema.ts';
import {
	buildIncidentIndex,
	countActionItems,
	type IncidentFields,
	type IncidentSource,
} from '../../src/tools/incident-index/build.ts';
import { incidentIndexSchema } from '../../src/tools/incident-index/schema.ts';

const item = (
	status: ActionItem['status'],
	due: string,
	statusText = status ?? '',
): ActionItem => ({
	action: `Do ${status} by ${due}`,
	owner: 'Ana',
	due,
	priority: 'P2',
	status,
	statusText,
	closed: '',
	line: 1,
});

const fields = (overrides: Partial<IncidentFields> = {}): IncidentFields => ({
	title: 'Checkout errors',
	severity: 'HIGH',
	status: 'final',
	started_at: '2026-03-29T23:50:00.000Z',
	detected_at: '2026-03-29T23:55:00.000Z',
	acknowledged_at: '2026-03-30T00:02:00.000Z',
	mitigated_at: '2026-03-30T00:40:00.000Z',
	resolved_at: '2026-03-30T02:10:00.000Z',
	incident_commander: 'Priya',
	services: ['checkout-api'],
	runbooks: ['cache-errors'],
	...overrides,
});

/** Made-up post-mortems, not the starter content, in no particular order. */
const sources: IncidentSource[] = [
	{
		id: '2026-03-29-checkout-errors',
		date: '2026-03-29',
		data: fields({ description: 'Checkout failed for 50 minutes.' }),
		items: [
			item('Open', '2026-04-01'),
			item('In progress', '2027-01-01'),
			item('Done', '2026-04-01'),
			item("Won't do", '2026-04-01'),
			item(undefined, '2026-04-01', 'Blocked'),
			item('Open', ''),
		],
	},
	{
		id: '2025-01-02-unknown-level',
		date: '2025-01-02',
		data: fields({
			severity: 'ODD',
			status: 'draft',
			// Acknowledged before it started: no duration, no verdict.
			acknowledged_at: '2026-03-29T23:00:00.000Z',
			runbooks: [],
		}),
		items: [],
	},
];

const targets = (severity: string) =>
	severity === 'HIGH' ? { acknowledge: '15m', mitigate: '30m', resolve: '4h' } : undefined;
const index = buildIncidentIndex(sources, {
	path: (path) => `/handbook${path}`,
	targets,
	today: '2026-06-01',
});

describe('/api/incidents.json', () => {
	it('lists every post-mortem by id, with site paths that include the base', () => {
		expect(index.version).toBe(1);
		expect(index.asOf).toBe('2026-06-01');
		expect(index.incidents.map((incident) => incident.id)).toEqual([
			'2025-01-02-unknown-level',
			'2026-03-29-checkout-errors',
		]);
		const [, checkout] = index.incidents;
		expect(checkout).toMatchObject({
			url: '/handbook/incidents/2026-03-29-checkout-errors/',
			title: 'Checkout errors',
			description: 'Checkout failed for 50 minutes.',
			date: '2026-03-29',
			severity: 'HIGH',
			status: 'final',
			startedAt: '2026-03-29T23:50:00.000Z',
			detectedAt: '2026-03-29T23:55:00.000Z',
			acknowledgedAt: '2026-03-30T00:02:00.000Z',
			mitigatedAt: '2026-03-30T00:40:00.000Z',
			resolvedAt: '2026-03-30T02:10:00.000Z',
			services: ['checkout-api'],
			incidentCommander: 'Priya',
			runbooks: [{ slug: 'cache-errors', url: '/handbook/runbooks/cache-errors/' }],
		});
		expect('description' in index.incidents[0]!).toBe(false);
	});

	it('durations run from the start across midnight, against the level’s targets', () => {
		expect(index.incidents[1]!.durations).toEqual({
			detect: { minutes: 5 },
			acknowledge: { minutes: 12, targetMinutes: 15, met: true },
			mitigate: { minutes: 50, targetMinutes: 30, met: false },
			resolve: { minutes: 140, targetMinutes: 240, met: true },
		});
	});

	it('a level without targets and timestamps out of order leave fields out instead of guessing', () => {
		expect(index.incidents[0]!.durations).toEqual({
			detect: { minutes: 5 },
			acknowledge: {},
			mitigate: { minutes: 50 },
			resolve: { minutes: 140 },
		});
	});

	it('counts action items per status and overdue as of the given day', () => {
		expect(index.incidents[1]!.actionItems).toEqual({
			total: 6,
			open: 2,
			inProgress: 1,
			done: 1,
			wontDo: 1,
			other: 1,
			overdue: 1,
		});
		expect(index.incidents[0]!.actionItems).toEqual({
			total: 0,
			open: 0,
			inProgress: 0,
			done: 0,
			wontDo: 0,
			other: 0,
			overdue: 0,
		});
		// On the due date nothing is overdue yet; a year later the In progress item is too.
		expect(countActionItems(sources[0]!.items, '2026-04-01').overdue).toBe(0);
		expect(countActionItems(sources[0]!.items, '2027-06-01').overdue).toBe(2);
	});

	it('conforms to its published schema, which names the scale’s levels', () => {
		const schema = incidentIndexSchema({
			id: 'https://example.com/api/incidents.schema.json',
			severities: ['HIGH', 'ODD'],
			statuses: ['draft', 'in-review', 'final'],
		});
		expect(validateJson(JSON.parse(JSON.stringify(index)), schema)).toEqual([]);
		const strict = incidentIndexSchema({ severities: ['HIGH'], statuses: ['final'] });
		expect(validateJson(JSON.parse(JSON.stringify(index)), strict)).toEqual([
			'/incidents/0/severity: "ODD" is not one of ["HIGH"]',
			'/incidents/0/status: "draft" is not one of ["final"]',
		]);
		expect(validateJson({ version: 1, asOf: '2026-06-01', incidents: [{}] }, schema)).toContain(
			'/incidents/0: missing "actionItems"',
		);
	});

	it('an empty collection is an empty list', () => {
		expect(buildIncidentIndex([], { path: (p) => p, targets, today: '2026-06-01' })).toEqual({
			version: 1,
			asOf: '2026-06-01',
			incidents: [],
		});
	});
});
