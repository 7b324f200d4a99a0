import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { runbook, type RunbookFrontmatter } from '../../src/engine/schemas/runbook.ts';
import { severityScale } from '../../src/engine/schemas/severity.ts';
import { reviewState } from '../../src/data/runbooks.ts';
import {
	alertNameFromPath,
	editDistance,
	MAX_SUGGESTIONS,
	MIN_SCORE,
	nameSimilarity,
	nameWords,
	normaliseName,
	suggestAlerts,
	trigramSimilarity,
} from '../../src/tools/alerts/suggest.ts';
import {
	buildRunbookIndex,
	compareAlertNames,
	listAlerts,
	QUICK_DIAGNOSIS_ANCHOR,
	type RunbookSource,
} from '../../src/tools/alerts/runbook-index.ts';
import { runbookIndexSchema } from '../../src/tools/alerts/schema.ts';
import { validateJson } from '../../src/tools/alerts/json-schema.ts';
import { closest } from '../../src/engine/utils/closest.ts';

// The starter runbooks, read the way the site reads them: expectations follow the content.
const STARTER: RunbookSource[] = readdirSync('src/content/runbooks')
	.filter((file) => /\.mdx?$/.test(file))
	.map((file) => {
		const text = readFileSync(`src/content/runbooks/${file}`, 'utf8');
		const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)![1]!;
		return { slug: file.replace(/\.mdx?$/, ''), data: runbook.parse(parse(frontmatter)) };
	});
const STARTER_NAMES = STARTER.flatMap((entry) => entry.data.alerts);
const SEVERITIES = severityScale
	.parse(parse(readFileSync('src/content/severity/incident.yaml', 'utf8')))
	.levels.map((level) => level.id);

const TODAY = '2026-11-23';
const plainPath = (path: string) => path;
const review = (data: Parameters<typeof reviewState>[0]) => reviewState(data, TODAY);

/** A fictional runbook, independent of the content. */
function fake(slug: string, data: Partial<RunbookFrontmatter> = {}): RunbookSource {
	return {
		slug,
		data: {
			title: `Title of ${slug}`,
			description: `About ${slug}.`,
			alerts: [],
			services: ['svc'],
			severity: 'X1',
			owner: 'team',
			last_reviewed: '2026-01-01',
			review_every: '30d',
			...data,
		},
	};
}

describe('suggestion helpers', () => {
	it('normalises case and separators away', () => {
		expect(normaliseName('Site-Down_EU:2')).toBe('sitedowneu2');
	});

	it('splits alert names into words at camel case, acronyms and separators', () => {
		expect(nameWords('HTTPProbeFailed')).toEqual(['http', 'probe', 'failed']);
		expect(nameWords('PgBouncerClientsWaiting')).toEqual(['pg', 'bouncer', 'clients', 'waiting']);
		expect(nameWords('job:errors_rate5m')).toEqual(['job', 'errors', 'rate5m']);
		expect(nameWords('')).toEqual([]);
	});

	it('counts edits, including a swap of neighbours as one', () => {
		expect(editDistance('sitedown', 'sitedown')).toBe(0);
		expect(editDistance('sitedwn', 'sitedown')).toBe(1);
		expect(editDistance('stiedown', 'sitedown')).toBe(1);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('kitten', 'sitting')).toBe(3);
	});

	it('stops early above a limit, exact at or below it', () => {
		expect(editDistance('kitten', 'sitting', 3)).toBe(3);
		expect(editDistance('kitten', 'sitting', 1)).toBeGreaterThan(1);
		expect(editDistance('stiedown', 'sitedown', 1)).toBe(1);
	});

	it('suggests the closest of thousands of routes, as before the early stop', () => {
		const routes = Array.from(
			{ length: 3000 },
			(_, index) => `/runbooks/service-${index}-degraded/`,
		);
		expect(closest('/runbooks/service-1234-degarded/', routes)).toBe(
			'/runbooks/service-1234-degraded/',
		);
		expect(closest('/runbooks/service-12-degraded', routes)).toBe('/runbooks/service-12-degraded/');
		expect(closest('/guides/nothing-like-it/', routes)).toBeUndefined();
		// Ties go to the first candidate, as they always did.
		expect(closest('ab', ['ax', 'ay'])).toBe('ax');
	});

	it('measures shared trigrams from 0 to 1', () => {
		expect(trigramSimilarity('abc', 'abc')).toBe(1);
		expect(trigramSimilarity('abc', 'xyz')).toBe(0);
		const close = trigramSimilarity('higherrorrate', 'higherrrate');
		expect(close).toBeGreaterThan(0.4);
		expect(close).toBeLessThan(1);
	});

	it('gives 1 only to the same name up to case and separators', () => {
		expect(nameSimilarity('site-down', 'SiteDown')).toBe(1);
		expect(nameSimilarity('SiteDwn', 'SiteDown')).toBeLessThan(1);
		expect(nameSimilarity('', 'SiteDown')).toBe(0);
	});
});

describe('suggestAlerts', () => {
	it('puts the name with a typo first', () => {
		expect(suggestAlerts('SiteDwn', STARTER_NAMES)[0]?.name).toBe('SiteDown');
		expect(suggestAlerts('HighErrRate', STARTER_NAMES)[0]?.name).toBe('HighErrorRate');
		expect(suggestAlerts('DatabaseBackupFialed', STARTER_NAMES)[0]?.name).toBe(
			'DatabaseBackupFailed',
		);
	});

	it('ranks the same name in another case or spelling above everything else', () => {
		const [first] = suggestAlerts('sitedown', STARTER_NAMES);
		expect(first).toEqual({ name: 'SiteDown', score: 1 });
		expect(suggestAlerts('HIGH_ERROR_RATE', STARTER_NAMES)[0]?.name).toBe('HighErrorRate');
	});

	it('finds names from some of their words, in any order', () => {
		const full = suggestAlerts('DiskFul', STARTER_NAMES).map((s) => s.name);
		expect(full).toContain('NodeFilesystemAlmostFull');
		expect(full).toContain('PersistentVolumeAlmostFull');
		expect(suggestAlerts('DownSite', STARTER_NAMES)[0]?.name).toBe('SiteDown');
		expect(suggestAlerts('TLS', STARTER_NAMES).map((s) => s.name)).toEqual([
			'TLSCertificateExpiresSoon',
			'TLSCertificateRenewalFailed',
		]);
		expect(suggestAlerts('BackupFailed', STARTER_NAMES)[0]?.name).toBe('DatabaseBackupFailed');
	});

	it('prefers the closer spelling among names that share the same words', () => {
		const names = ['Service777Latency', 'Service77Latency', 'Service7Latency'];
		expect(suggestAlerts('Service77Latncy', names)[0]?.name).toBe('Service77Latency');
	});

	it('suggests a longer name that contains the one asked for', () => {
		expect(suggestAlerts('SiteDown', ['SiteDownEU', 'Unrelated'])).toEqual([
			{ name: 'SiteDownEU', score: expect.any(Number) },
		]);
	});

	it('returns nothing rather than noise', () => {
		expect(suggestAlerts('Foo', STARTER_NAMES)).toEqual([]);
		expect(suggestAlerts('zzzz', STARTER_NAMES)).toEqual([]);
		expect(suggestAlerts('SiteDown', [])).toEqual([]);
		for (const { score } of suggestAlerts('PaymentFail', STARTER_NAMES))
			expect(score).toBeGreaterThanOrEqual(MIN_SCORE);
	});

	it('sorts by score, then by name, without duplicates, and honours the limit', () => {
		const names = ['PostgresB', 'PostgresA', 'PostgresA', 'PostgresC', 'Other'];
		expect(suggestAlerts('Postgres', names).map((s) => s.name)).toEqual([
			'PostgresA',
			'PostgresB',
			'PostgresC',
		]);
		expect(suggestAlerts('Postgres', names, 1)).toHaveLength(1);
		expect(suggestAlerts('Postgres', names, 0)).toEqual([]);
		const all = suggestAlerts('Postgres', STARTER_NAMES);
		expect(all.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
		for (let i = 1; i < all.length; i++)
			expect(all[i - 1]!.score).toBeGreaterThanOrEqual(all[i]!.score);
	});

	it('stays fast with 6,000 names', () => {
		const names = Array.from({ length: 6000 }, (_, i) => `GeneratedService${i}ErrorRateHigh`);
		const started = performance.now();
		suggestAlerts('GeneratedServce42ErrorRateHig', names);
		expect(performance.now() - started).toBeLessThan(500);
	});
});

describe('alertNameFromPath', () => {
	it('reads the name of an alert deep link, decoded', () => {
		expect(alertNameFromPath('/alerts/SiteDwn/')).toBe('SiteDwn');
		expect(alertNameFromPath('/alerts/SiteDwn')).toBe('SiteDwn');
		expect(alertNameFromPath('/alerts/job%3Aerrors/')).toBe('job:errors');
		expect(alertNameFromPath('/alerts/%3Cb%3Ex%3C%2Fb%3E/')).toBe('<b>x</b>');
	});

	it('honours the base path', () => {
		expect(alertNameFromPath('/handbook/alerts/SiteDwn/', '/handbook')).toBe('SiteDwn');
		expect(alertNameFromPath('/handbook/alerts/SiteDwn/', '/handbook/')).toBe('SiteDwn');
		expect(alertNameFromPath('/alerts/SiteDwn/', '/handbook')).toBeUndefined();
	});

	it('ignores every other path and names that cannot be decoded', () => {
		for (const path of [
			'/',
			'/alerts/',
			'/alerts/a/b/',
			'/runbooks/x/',
			'/alerts/%E0%A4%A/',
			'/alerts/%20/',
		])
			expect(alertNameFromPath(path)).toBeUndefined();
	});
});

describe('listAlerts', () => {
	it('lists every alert of every runbook once, sorted by name without regard to case', () => {
		const alerts = listAlerts([
			fake('b', { alerts: ['beta', 'Alpha'], severity: 'X2', services: ['one', 'two'] }),
			fake('a', { alerts: ['alpha2', 'ALPHA'] }),
		]);
		expect(alerts.map((alert) => alert.name)).toEqual(['ALPHA', 'Alpha', 'alpha2', 'beta']);
		expect(alerts[1]).toEqual({
			name: 'Alpha',
			slug: 'b',
			title: 'Title of b',
			severity: 'X2',
			services: ['one', 'two'],
		});
	});

	it('keeps a name claimed twice once, for the first runbook by slug', () => {
		const alerts = listAlerts([fake('z', { alerts: ['Same'] }), fake('m', { alerts: ['Same'] })]);
		expect(alerts).toHaveLength(1);
		expect(alerts[0]?.slug).toBe('m');
	});

	it('covers the starter content', () => {
		const alerts = listAlerts(STARTER);
		expect(alerts).toHaveLength(STARTER_NAMES.length);
		expect(alerts.map((alert) => alert.name)).toEqual([...STARTER_NAMES].sort(compareAlertNames));
		expect(alerts.find((alert) => alert.name === 'SiteDown')?.slug).toBe('complete-site-outage');
	});
});

describe('buildRunbookIndex', () => {
	it('builds the contract: site paths, quick diagnosis, alerts, review status', () => {
		const index = buildRunbookIndex(
			[
				fake('stale', { last_reviewed: '2026-01-01', review_every: '30d', alerts: ['job:x'] }),
				fake('fresh', { last_reviewed: '2026-11-20', review_every: '30d' }),
			],
			{ path: (path) => `/base${path}`, review },
		);
		expect(index.version).toBe(1);
		expect(index.runbooks.map((entry) => entry.slug)).toEqual(['fresh', 'stale']);
		expect(index.runbooks[1]).toEqual({
			slug: 'stale',
			title: 'Title of stale',
			description: 'About stale.',
			url: '/base/runbooks/stale/',
			quickDiagnosisUrl: `/base/runbooks/stale/#${QUICK_DIAGNOSIS_ANCHOR}`,
			alerts: [{ name: 'job:x', url: '/base/alerts/job%3Ax/' }],
			services: ['svc'],
			severity: 'X1',
			owner: 'team',
			lastReviewed: '2026-01-01',
			reviewDue: '2026-01-31',
			reviewStatus: 'overdue',
		});
		expect(index.runbooks[0]).toMatchObject({ reviewDue: '2026-12-20', reviewStatus: 'current' });
	});

	it('is empty, not missing, without runbooks', () => {
		expect(buildRunbookIndex([], { path: plainPath, review })).toEqual({
			version: 1,
			runbooks: [],
		});
	});

	it('holds every starter runbook and conforms to the published schema', () => {
		const index = buildRunbookIndex(STARTER, { path: plainPath, review });
		expect(index.runbooks).toHaveLength(STARTER.length);
		const schema = runbookIndexSchema({ severities: SEVERITIES, id: 'https://example.com/s.json' });
		// Through JSON, as clients get it.
		expect(validateJson(JSON.parse(JSON.stringify(index)), schema)).toEqual([]);
		expect(
			validateJson(
				JSON.parse(JSON.stringify(buildRunbookIndex(STARTER, { path: (p) => `/hb${p}`, review }))),
				schema,
			),
		).toEqual([]);
	});
});

describe('the runbook index schema', () => {
	const schema = runbookIndexSchema({ severities: SEVERITIES });
	/** The index as a client sees it: plain JSON, any field can be broken. */
	type Doc = { version: unknown; runbooks: Array<Record<string, unknown>> };

	const valid = (): Doc =>
		JSON.parse(JSON.stringify(buildRunbookIndex(STARTER.slice(0, 2), { path: plainPath, review })));

	it('is draft 2020-12, with a description on every property', () => {
		expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema['$id']).toBeUndefined();
		const missing: string[] = [];
		const walk = (node: unknown, path: string) => {
			if (!node || typeof node !== 'object') return;
			const record = node as Record<string, unknown>;
			for (const [name, child] of Object.entries(
				(record['properties'] as Record<string, unknown> | undefined) ?? {},
			)) {
				if (!(child as Record<string, unknown>)['description']) missing.push(`${path}.${name}`);
			}
			for (const [key, child] of Object.entries(record)) walk(child, `${path}/${key}`);
		};
		walk(schema, '#');
		expect(missing).toEqual([]);
	});

	it('takes the severity ids from the scale', () => {
		const defs = schema['$defs'] as Record<string, { properties: Record<string, unknown> }>;
		expect(defs['runbook']?.properties['severity']).toMatchObject({ enum: SEVERITIES });
	});

	it('rejects what breaks the contract', () => {
		const cases: Array<[(doc: Doc) => void, RegExp]> = [
			[(doc) => (doc.version = 2), /^\/version: expected 1/],
			[(doc) => delete doc.runbooks[0]!.owner, /^\/runbooks\/0: missing "owner"/],
			[(doc) => (doc.runbooks[0]!.extra = true), /unexpected property "extra"/],
			[
				(doc) => (doc.runbooks[0]!.severity = 'SEV9'),
				/^\/runbooks\/0\/severity: "SEV9" is not one of/,
			],
			[(doc) => (doc.runbooks[0]!.reviewStatus = 'late'), /reviewStatus: "late" is not one of/],
			[(doc) => (doc.runbooks[0]!.lastReviewed = '23/11/2026'), /lastReviewed: .* does not match/],
			[(doc) => (doc.runbooks[0]!.quickDiagnosisUrl = '/runbooks/x/'), /quickDiagnosisUrl/],
			[(doc) => (doc.runbooks[0]!.url = 'https://elsewhere/'), /\/url: .* does not match/],
			[(doc) => (doc.runbooks[0]!.services = []), /services: fewer than 1 items/],
			[
				(doc) => (doc.runbooks[0]!.alerts = [{ name: 'a b', url: '/alerts/a/' }]),
				/alerts\/0\/name/,
			],
			[(doc) => (doc.runbooks[0]!.alerts = ['SiteDown']), /alerts\/0: expected object, got string/],
			[
				(doc) => ((doc as { runbooks: unknown }).runbooks = {}),
				/^\/runbooks: expected array, got object/,
			],
		];
		expect(validateJson(valid(), schema)).toEqual([]);
		for (const [breakIt, expected] of cases) {
			const doc = valid();
			breakIt(doc);
			const problems = validateJson(doc, schema);
			expect(
				problems.some((problem) => expected.test(problem)),
				`${expected}: ${problems.join('; ')}`,
			).toBe(true);
		}
	});

	it('never silently skips a keyword it does not support', () => {
		expect(validateJson('x', { type: 'string', maxLength: 0 })).toEqual([
			'/: the schema uses "maxLength", which this checker does not support',
		]);
		expect(validateJson(1, { $ref: '#/$defs/missing' })).toEqual([
			'/: unresolvable $ref #/$defs/missing',
		]);
	});
});
