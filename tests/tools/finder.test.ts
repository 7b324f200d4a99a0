import Fuse from 'fuse.js/basic';
import { describe, expect, test } from 'vitest';
import { buildFinderData, symptomsOf, type FinderSource } from '../../src/tools/finder/data.ts';
import { segments } from '../../src/tools/finder/highlight.ts';
import {
	DEFAULT_LIMIT,
	FUSE_OPTIONS,
	WEIGHTS,
	createFinder,
	looseKey,
	readFinderData,
} from '../../src/tools/finder/search.ts';
import type { FinderData, FinderHit } from '../../src/tools/finder/types.ts';

/** A runbook body the way authors write one: MDX, inline code and links in the table. */
const POOL_BODY = `import Aside from '../../components/Aside.astro';

## Trigger

DBPoolAcquireTimeout fired.

## Impact

Orders fail.

## Quick Diagnosis

\`\`\`sh
psql "$DATABASE_URL" -c "SELECT 1;"
\`\`\`

## Common Causes

| Symptom | Likely cause | Fix |
| --- | --- | --- |
| Dozens of connections \`idle in transaction\`  from one application | A slow transaction | Terminate them. See [Mitigation](#mitigation). |
| Connections grew with the number of pods after an **autoscale** | Pool size × pods | Cap \`maxReplicas\`. |
| | Empty symptom cell | Nothing |
| Connections grew with the number of pods after an **autoscale** | Repeated row | Same |

## Escalation

Page the database team.
`;

/** Made-up runbooks for the ranking tests: not the starter content. */
const SOURCES: FinderSource[] = [
	{
		slug: 'database-connection-pool-exhaustion',
		title: 'Database connection pool exhaustion',
		severity: 'SEV2',
		alerts: ['PgBouncerClientsWaiting', 'DBPoolAcquireTimeout'],
		services: ['orders-api', 'pgbouncer', 'orders-db'],
		body: POOL_BODY,
	},
	{
		slug: 'certificate-expiry',
		title: 'Certificate or DNS expiry',
		severity: 'SEV3',
		alerts: ['TLSCertificateExpiresSoon'],
		services: ['edge'],
		body: '## Common Causes\n\n| Symptom | Fix |\n| --- | --- |\n| Browsers warn that the certificate expired | Renew it |\n| DNS lookups return NXDOMAIN | Renew the domain |\n',
	},
	{
		slug: 'high-error-rate-after-deploy',
		title: 'High error rate after a deploy',
		severity: 'SEV2',
		alerts: ['HighErrorRate', 'HighErrorRateCanary'],
		services: ['orders-api', 'web'],
		body: '## Common Causes\n\n| Symptom | Fix |\n| --- | --- |\n| Errors began within minutes of a rollout | Roll back |\n',
	},
	{
		slug: 'disk-filling-up',
		title: 'Disk filling up',
		severity: 'SEV3',
		alerts: ['NodeFilesystemAlmostFull'],
		services: ['kubernetes-nodes'],
		body: '## Common Causes\n\n| Symptom | Fix |\n| --- | --- |\n| /var/log is huge | Rotate logs |\n',
	},
	{
		slug: 'no-alerts',
		title: 'Backup job failed',
		severity: 'SEV4',
		alerts: [],
		services: ['backups'],
	},
];

const data = buildFinderData(SOURCES);

/** fuse.js on its own over the same data, weights and options, for comparison. */
function plainFuse(finderData: FinderData) {
	const docs = finderData.r.map((row) => ({
		slug: row.s,
		title: row.t,
		alerts: row.a ?? [],
		symptoms: row.y ?? [],
		services: (row.v ?? []).map((index) => finderData.sv[index] ?? ''),
	}));
	return new Fuse(docs, {
		...FUSE_OPTIONS,
		keys: Object.entries(WEIGHTS).map(([name, weight]) => ({ name, weight })),
	});
}
const finder = createFinder(data);
const slugs = (hits: FinderHit[]) => hits.map((hit) => hit.slug);

describe('symptomsOf', () => {
	test('reads the Symptom column of Common Causes with the engine parsers', () => {
		expect(symptomsOf(POOL_BODY)).toEqual([
			'Dozens of connections idle in transaction from one application',
			'Connections grew with the number of pods after an autoscale',
		]);
	});

	test('finds the section whatever its case or trailing colon, and the column likewise', () => {
		const body =
			'## common causes:\n\n| Fix | SYMPTOM |\n| --- | --- |\n| Restart | Pods crash |\n';
		expect(symptomsOf(body, false)).toEqual(['Pods crash']);
	});

	test('gives nothing without the section, the table, the column, or valid syntax', () => {
		expect(symptomsOf('## Trigger\n\nText.\n')).toEqual([]);
		expect(symptomsOf('## Common Causes\n\nJust prose.\n')).toEqual([]);
		expect(symptomsOf('## Common Causes\n\n| Cause | Fix |\n| --- | --- |\n| a | b |\n')).toEqual(
			[],
		);
		// A table under another section does not count.
		expect(
			symptomsOf('## Related\n\n| Symptom | Fix |\n| --- | --- |\n| a | b |\n\n## Common Causes\n'),
		).toEqual([]);
		expect(symptomsOf('## Common Causes\n\n<Unclosed\n', true)).toEqual([]);
	});
});

describe('buildFinderData', () => {
	test('is compact: short keys, services stored once, no URLs, empty lists left out', () => {
		expect(data.v).toBe(1);
		expect(data.sv.filter((name) => name === 'orders-api')).toHaveLength(1);
		const pool = data.r.find((row) => row.s === 'database-connection-pool-exhaustion');
		expect(pool).toEqual({
			s: 'database-connection-pool-exhaustion',
			t: 'Database connection pool exhaustion',
			l: 'SEV2',
			a: ['PgBouncerClientsWaiting', 'DBPoolAcquireTimeout'],
			v: [
				data.sv.indexOf('orders-api'),
				data.sv.indexOf('pgbouncer'),
				data.sv.indexOf('orders-db'),
			],
			y: symptomsOf(POOL_BODY),
		});
		const bare = data.r.find((row) => row.s === 'no-alerts');
		expect(bare && Object.keys(bare).sort()).toEqual(['l', 's', 't', 'v']);
		expect(JSON.stringify(data)).not.toContain('/runbooks/');
	});

	test('orders rows by title, so the output is stable', () => {
		expect(data.r.map((row) => row.t)).toEqual([
			'Backup job failed',
			'Certificate or DNS expiry',
			'Database connection pool exhaustion',
			'Disk filling up',
			'High error rate after a deploy',
		]);
		expect(buildFinderData([...SOURCES].reverse())).toEqual(data);
	});
});

describe('readFinderData', () => {
	test('accepts its own output unchanged', () => {
		expect(readFinderData(JSON.parse(JSON.stringify(data)))).toEqual(data);
	});

	test('rejects other versions and shapes, drops malformed rows and service indexes', () => {
		expect(readFinderData(null)).toBeUndefined();
		expect(readFinderData({ v: 2, sv: [], r: [] })).toBeUndefined();
		expect(readFinderData({ v: 1, sv: [] })).toBeUndefined();
		const read = readFinderData({
			v: 1,
			sv: ['a', 7],
			r: [null, { s: '', t: 'x' }, { s: 'ok', t: 'OK', l: 3, a: ['A', 1], v: [0, 1, 9, -1, 0.5] }],
		});
		expect(read).toEqual({ v: 1, sv: ['a'], r: [{ s: 'ok', t: 'OK', l: '', a: ['A'], v: [0] }] });
	});
});

describe('search ranking', () => {
	test('an empty or blank query finds nothing', () => {
		expect(finder.search('')).toEqual([]);
		expect(finder.search('   ')).toEqual([]);
	});

	test('an exact alert name comes first, case-insensitively, with the alert highlighted', () => {
		const [first] = finder.search('dbpoolacquiretimeout');
		expect(first).toMatchObject({
			slug: 'database-connection-pool-exhaustion',
			tier: 'exact',
			details: [{ kind: 'alert', text: 'DBPoolAcquireTimeout', ranges: [[0, 19]] }],
		});
	});

	test('an alert name typed as words, with spaces or separators, counts as exact', () => {
		const [first] = finder.search('db pool acquire-timeout');
		expect(first?.slug).toBe('database-connection-pool-exhaustion');
		expect(first?.tier).toBe('exact');
	});

	test('an exact alert match beats whatever fuse.js ranks first', () => {
		// Fuse prefers the runbook whose title and alerts all say "HighErrorRate"...
		const rows: FinderSource[] = [
			{
				slug: 'owner-of-the-alert',
				title: 'Checkout failing',
				severity: 'SEV1',
				alerts: ['HighErrorRate'],
				services: ['checkout'],
			},
			{
				slug: 'fuse-favourite',
				title: 'HighErrorRate HighErrorRate',
				severity: 'SEV3',
				alerts: ['HighErrorRateWarning', 'HighErrorRate5xx'],
				services: ['higherrorrate'],
				body: '## Common Causes\n\n| Symptom | Fix |\n| --- | --- |\n| HighErrorRate | x |\n',
			},
		];
		const local = buildFinderData(rows);
		const plain = plainFuse(local).search('higherrorrate');
		expect(plain[0]?.item.slug).toBe('fuse-favourite');
		// ...but the finder puts the runbook that owns the alert first.
		const hits = createFinder(local).search('higherrorrate');
		expect(slugs(hits)).toEqual(['owner-of-the-alert', 'fuse-favourite']);
		expect(hits[0]?.tier).toBe('exact');
		expect(hits[1]?.tier).toBe('prefix');
	});

	test('alert name prefixes come next, shortest alert first, and list every matching alert', () => {
		const hits = finder.search('HighErr');
		expect(hits[0]).toMatchObject({
			slug: 'high-error-rate-after-deploy',
			tier: 'prefix',
			details: [
				{ kind: 'alert', text: 'HighErrorRate', ranges: [[0, 6]] },
				{ kind: 'alert', text: 'HighErrorRateCanary', ranges: [[0, 6]] },
			],
		});
		expect(finder.search('pgb')[0]).toMatchObject({
			slug: 'database-connection-pool-exhaustion',
			tier: 'prefix',
		});
	});

	test('prefix matches come before fuzzy ones', () => {
		// "Disk" is a prefix of no alert; "Node" is. Both runbooks would match fuzzily.
		const hits = finder.search('node');
		expect(hits[0]).toMatchObject({ slug: 'disk-filling-up', tier: 'prefix' });
		expect(hits.slice(1).every((hit) => hit.tier === 'fuzzy')).toBe(true);
	});

	test('a typo still finds the right runbook with fuse.js', () => {
		const hits = finder.search('certifcate');
		expect(hits[0]).toMatchObject({ slug: 'certificate-expiry', tier: 'fuzzy' });
		expect(finder.search('exhuastion')[0]?.slug).toBe('database-connection-pool-exhaustion');
	});

	test('a symptom finds its runbook and shows the symptom', () => {
		const [first] = finder.search('idle in transaction');
		expect(first?.slug).toBe('database-connection-pool-exhaustion');
		expect(first?.details[0]?.kind).toBe('symptom');
		expect(first?.details[0]?.text).toContain('idle in transaction');
		// The phrase is highlighted as a whole, "in" included.
		const text = first?.details[0]?.text ?? '';
		const at = text.indexOf('idle in transaction');
		expect(first?.details[0]?.ranges).toContainEqual([at, at + 'idle in transaction'.length - 1]);
		expect(finder.search('autoscale')[0]?.slug).toBe('database-connection-pool-exhaustion');
	});

	test('a service finds every runbook that covers it', () => {
		const hits = finder.search('orders-api');
		expect(slugs(hits).slice(0, 2).sort()).toEqual([
			'database-connection-pool-exhaustion',
			'high-error-rate-after-deploy',
		]);
		expect(hits[0]?.details[0]).toMatchObject({ kind: 'service', text: 'orders-api' });
		expect(finder.search('backups')[0]?.slug).toBe('no-alerts');
	});

	test('several words match anywhere in the runbook, all of them first', () => {
		expect(finder.search('error rate deploy')[0]?.slug).toBe('high-error-rate-after-deploy');
		expect(finder.search('certificate expired browsers')[0]?.slug).toBe('certificate-expiry');
	});

	test('short words must appear literally; one letter only matches alert prefixes', () => {
		expect(slugs(finder.search('dns'))).toEqual(['certificate-expiry']);
		expect(finder.search('zq')).toEqual([]);
		expect(finder.search('x')).toEqual([]);
		expect(finder.search('t').map((hit) => hit.tier)).toEqual(['prefix']);
	});

	test('a title match is highlighted and explained with the runbook’s alerts', () => {
		const [first] = finder.search('exhaustion');
		expect(first?.titleRanges).toEqual([[25, 34]]);
		expect(first?.details.map((detail) => detail.text)).toEqual([
			'PgBouncerClientsWaiting',
			'DBPoolAcquireTimeout',
		]);
	});

	test('returns at most the limit, eight by default', () => {
		const many: FinderData = {
			v: 1,
			sv: ['api'],
			r: Array.from({ length: 30 }, (_, index) => ({
				s: `r${index}`,
				t: `Runbook ${index}`,
				l: 'SEV3',
				a: [`ApiAlert${index}`],
				v: [0],
			})),
		};
		const big = createFinder(many);
		expect(DEFAULT_LIMIT).toBe(8);
		expect(big.search('apialert')).toHaveLength(8);
		expect(big.search('api', { limit: 3 })).toHaveLength(3);
		expect(big.search('runbook')).toHaveLength(8);
	});

	test('alertsOnly gives just the alert tiers, the same as the complete search starts with', () => {
		const quick = finder.search('HighErrorRate', { alertsOnly: true });
		expect(quick.map((hit) => hit.tier)).toEqual(['exact']);
		expect(finder.search('HighErrorRate').slice(0, quick.length)).toEqual(quick);
		expect(finder.search('certifcate', { alertsOnly: true })).toEqual([]);
	});

	test('several words with typos fall back to fuse.js per word', () => {
		expect(finder.search('certifcate expird')[0]?.slug).toBe('certificate-expiry');
		expect(finder.search('conections autoscale')[0]?.slug).toBe(
			'database-connection-pool-exhaustion',
		);
	});

	test('runbooks containing the word are ranked as fuse.js ranks them', () => {
		// Many runbooks with the word in different fields and lengths: the literal shortcut
		// must give fuse.js's own order.
		const rows: FinderSource[] = Array.from({ length: 40 }, (_, index) => ({
			slug: `r${String(index).padStart(2, '0')}`,
			title: index % 3 === 0 ? `Gateway trouble ${index}` : `Runbook ${index}`,
			severity: 'SEV3',
			alerts: index % 4 === 0 ? [`Alert${index}Gateway`] : [`Other${index}`],
			services: index % 5 === 0 ? ['gateway'] : ['api'],
			body: `## Common Causes\n\n| Symptom | Fix |\n| --- | --- |\n| ${'word '.repeat(index % 7)}the gateway is slow | x |\n`,
		}));
		const local = buildFinderData(rows);
		const expected = plainFuse(local)
			.search('gateway')
			.map((result) => result.item.slug);
		const hits = createFinder(local).search('gateway', { limit: 40 });
		expect(hits.every((hit) => hit.tier === 'fuzzy')).toBe(true);
		expect(slugs(hits)).toEqual(expected);
	});

	test('a large set is searched in interruptible steps with the same results', () => {
		const rows: FinderSource[] = Array.from({ length: 700 }, (_, index) => ({
			slug: `service-${index}`,
			title: `Service ${index} degraded`,
			severity: 'SEV3',
			alerts: [`Service${index}ErrorRate`],
			services: [`service-${index}`],
			body: `## Common Causes\n\n| Symptom | Fix |\n| --- | --- |\n| Cause of service ${index} shows elevated latency | x |\n`,
		}));
		const local = buildFinderData(rows);
		const big = createFinder(local);
		const steps = big.steps('Servce42ErorRate');
		let pauses = 0;
		let step = steps.next();
		while (!step.done) {
			pauses++;
			step = steps.next();
		}
		expect(pauses).toBeGreaterThanOrEqual(2);
		expect(step.value).toEqual(big.search('Servce42ErorRate'));
		expect(step.value[0]?.slug).toBe('service-42');
		// The chunks together give what one fuse.js over everything gives.
		expect(slugs(step.value)).toEqual(
			plainFuse(local)
				.search('Servce42ErorRate', { limit: 8 })
				.map((result) => result.item.slug),
		);
	});

	test('looseKey drops case, spaces and separators', () => {
		expect(looseKey('DB_Pool-Acquire.Timeout: 5xx')).toBe('dbpoolacquiretimeout5xx');
	});
});

describe('segments', () => {
	test('cuts a text into plain and matched parts', () => {
		expect(segments('DBPoolAcquireTimeout', [[2, 5]])).toEqual([
			{ text: 'DB', match: false },
			{ text: 'Pool', match: true },
			{ text: 'AcquireTimeout', match: false },
		]);
	});

	test('merges overlapping ranges and ignores ranges outside the text', () => {
		expect(
			segments('abcdef', [
				[3, 4],
				[0, 1],
				[1, 2],
				[10, 12],
				[-3, -1],
			]),
		).toEqual([
			{ text: 'abcde', match: true },
			{ text: 'f', match: false },
		]);
	});

	test('an empty range list leaves the text plain', () => {
		expect(segments('plain', [])).toEqual([{ text: 'plain', match: false }]);
		expect(segments('', [[0, 3]])).toEqual([]);
	});
});
