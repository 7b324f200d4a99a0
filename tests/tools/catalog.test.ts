import { describe, expect, test } from 'vitest';
import { badgeStyles } from '../../src/tools/catalog/badges.ts';
import {
	collectOptions,
	compareTitles,
	countText,
	isFiltered,
	matches,
	sortedOrder,
	view,
	type CatalogFilters,
	type CatalogRow,
} from '../../src/tools/catalog/filter.ts';
import { parseQuery, toQuery } from '../../src/tools/catalog/query.ts';
import { declaresSearchType, searchTitle } from '../../src/tools/catalog/search.ts';

/** A made-up catalog, not the starter content. */
const rows: CatalogRow[] = [
	{
		title: 'Service 10 degraded',
		services: ['service-10', 'gateway'],
		severity: 'HIGH',
		owner: 'team-b',
		due: '2027-01-10',
		overdue: false,
	},
	{
		title: 'Payments failing',
		services: ['payments-api'],
		severity: 'LOW',
		owner: 'team-a',
		due: '2026-01-01',
		overdue: true,
	},
	{
		title: 'Service 2 degraded',
		services: ['service-2', 'gateway'],
		severity: 'MID',
		owner: 'team-a',
		due: '2027-01-10',
		overdue: false,
	},
	{
		title: 'api outage',
		services: ['gateway'],
		severity: 'ODD',
		owner: 'Team-C',
		due: '2025-06-30',
		overdue: true,
	},
];
const levels = ['HIGH', 'MID', 'LOW'];
const options = collectOptions(rows, levels);
const titles = (filters: CatalogFilters) => view(rows, filters).shown.map((i) => rows[i]!.title);

describe('filtering and sorting', () => {
	test('no filter: every row, titles A–Z ignoring case, numbers in numeric order', () => {
		expect(titles({ sort: 'title' })).toEqual([
			'api outage',
			'Payments failing',
			'Service 2 degraded',
			'Service 10 degraded',
		]);
		expect(view(rows, { sort: 'title' }).hidden).toEqual([]);
		expect(compareTitles('Élan', 'elan')).toBe(0);
	});

	test('each filter narrows the rows; filters combine', () => {
		expect(titles({ sort: 'title', service: 'gateway' })).toEqual([
			'api outage',
			'Service 2 degraded',
			'Service 10 degraded',
		]);
		expect(titles({ sort: 'title', severity: 'MID' })).toEqual(['Service 2 degraded']);
		expect(titles({ sort: 'title', owner: 'team-a' })).toEqual([
			'Payments failing',
			'Service 2 degraded',
		]);
		expect(titles({ sort: 'title', review: 'overdue' })).toEqual([
			'api outage',
			'Payments failing',
		]);
		expect(titles({ sort: 'title', review: 'current' })).toEqual([
			'Service 2 degraded',
			'Service 10 degraded',
		]);
		expect(titles({ sort: 'title', service: 'gateway', owner: 'team-a' })).toEqual([
			'Service 2 degraded',
		]);
		expect(
			titles({ sort: 'title', service: 'gateway', review: 'overdue', owner: 'team-b' }),
		).toEqual([]);
	});

	test('a service matches exactly, never as part of another name', () => {
		expect(matches(rows[0]!, { sort: 'title', service: 'service-1' })).toBe(false);
		expect(matches(rows[0]!, { sort: 'title', service: 'service-10' })).toBe(true);
	});

	test('hidden rows keep their original order', () => {
		expect(view(rows, { sort: 'title', owner: 'team-a' }).hidden).toEqual([0, 3]);
	});

	test('review date sort: soonest first, ties by title', () => {
		expect(titles({ sort: 'due' })).toEqual([
			'api outage',
			'Payments failing',
			'Service 2 degraded',
			'Service 10 degraded',
		]);
		expect(titles({ sort: 'due', owner: 'team-a' })).toEqual([
			'Payments failing',
			'Service 2 degraded',
		]);
	});

	test('sortedOrder orders every row, matching or not', () => {
		expect(sortedOrder(rows, 'title')).toEqual([3, 1, 2, 0]);
		expect(sortedOrder(rows, 'due')).toEqual([3, 1, 2, 0]);
		expect(sortedOrder([], 'due')).toEqual([]);
	});

	test('identical rows keep their input order', () => {
		const twins = [rows[0]!, { ...rows[0]! }];
		expect(view(twins, { sort: 'title' }).shown).toEqual([0, 1]);
	});

	test('isFiltered ignores the sort', () => {
		expect(isFiltered({ sort: 'due' })).toBe(false);
		expect(isFiltered({ sort: 'title', review: 'current' })).toBe(true);
	});

	test('2,000 rows filter and sort in well under a frame', () => {
		const many: CatalogRow[] = Array.from({ length: 2000 }, (_, i) => ({
			title: `Service ${i} degraded`,
			services: [`service-${i}`, 'gateway'],
			severity: levels[i % 3]!,
			owner: `team-${i % 40}`,
			due: `2027-0${(i % 9) + 1}-1${i % 10}`,
			overdue: i % 7 === 0,
		}));
		const start = performance.now();
		const result = view(many, { sort: 'due', severity: 'MID', review: 'current' });
		const elapsed = performance.now() - start;
		expect(result.shown.length + result.hidden.length).toBe(2000);
		expect(elapsed).toBeLessThan(50);
	});
});

describe('options', () => {
	test('services and owners A–Z, severities in scale order then unknown ids', () => {
		expect(options).toEqual({
			services: ['gateway', 'payments-api', 'service-2', 'service-10'],
			severities: ['HIGH', 'MID', 'LOW', 'ODD'],
			owners: ['team-a', 'team-b', 'Team-C'],
		});
	});

	test('without a scale order, severities are A–Z', () => {
		expect(collectOptions(rows).severities).toEqual(['HIGH', 'LOW', 'MID', 'ODD']);
	});

	test('an empty catalog offers nothing', () => {
		expect(collectOptions([])).toEqual({ services: [], severities: [], owners: [] });
	});
});

describe('count text', () => {
	test('says how many rows show', () => {
		expect(countText(5, 12)).toBe('Showing 5 of 12 runbooks');
		expect(countText(0, 12)).toBe('Showing 0 of 12 runbooks');
		expect(countText(12, 12)).toBe('Showing all 12 runbooks');
		expect(countText(1, 1)).toBe('Showing 1 runbook');
		expect(countText(0, 1)).toBe('Showing 0 of 1 runbook');
	});
});

describe('query string', () => {
	test('reads every filter and the sort', () => {
		expect(
			parseQuery('?service=gateway&severity=MID&owner=team-a&review=current&sort=due', options),
		).toEqual({
			service: 'gateway',
			severity: 'MID',
			owner: 'team-a',
			review: 'current',
			sort: 'due',
		});
	});

	test('no query: no filter, sorted by title', () => {
		expect(parseQuery('', options)).toEqual({ sort: 'title' });
		expect(parseQuery('?', options)).toEqual({ sort: 'title' });
	});

	test('unknown values, unknown parameters and empty values are ignored', () => {
		expect(
			parseQuery(
				'?service=nope&severity=&owner=%20&review=soon&sort=random&utm_source=pager',
				options,
			),
		).toEqual({ sort: 'title' });
	});

	test('values that differ only in case or spaces match the canonical value', () => {
		expect(parseQuery('severity=mid&owner=TEAM-C&review=OVERDUE&sort=DUE', options)).toEqual({
			severity: 'MID',
			owner: 'Team-C',
			review: 'overdue',
			sort: 'due',
		});
		expect(parseQuery('service=+gateway+', options)).toEqual({ service: 'gateway', sort: 'title' });
	});

	test('a repeated parameter: the first usable value wins', () => {
		expect(parseQuery('?severity=NOPE&severity=LOW&severity=HIGH', options)).toEqual({
			severity: 'LOW',
			sort: 'title',
		});
	});

	test('malformed encodings and odd input never throw', () => {
		for (const search of ['?service=%E0%A4%A', '?%%%', '?service', '&&&', '?severity=MID#x', '=']) {
			expect(() => parseQuery(search, options)).not.toThrow();
		}
		expect(parseQuery('?service=%E0%A4%A', options)).toEqual({ sort: 'title' });
	});

	test('encoded values are decoded', () => {
		const spaced = collectOptions([{ ...rows[0]!, owner: 'SRE & Ops' }]);
		expect(parseQuery('?owner=SRE%20%26%20Ops', spaced).owner).toBe('SRE & Ops');
		expect(toQuery('', { sort: 'title', owner: 'SRE & Ops' })).toBe('?owner=SRE+%26+Ops');
	});

	test('writes only what differs from the default, in a fixed order', () => {
		expect(toQuery('', { sort: 'title' })).toBe('');
		expect(
			toQuery('', {
				sort: 'due',
				review: 'overdue',
				owner: 'team-a',
				severity: 'LOW',
				service: 'x',
			}),
		).toBe('?service=x&severity=LOW&owner=team-a&review=overdue&sort=due');
	});

	test('keeps parameters that are not the catalog’s and replaces those that are', () => {
		expect(
			toQuery('?utm_source=pager&severity=HIGH&sort=due', { sort: 'title', owner: 'team-a' }),
		).toBe('?utm_source=pager&owner=team-a');
	});

	test('round trip', () => {
		const filters: CatalogFilters = { sort: 'due', service: 'payments-api', review: 'overdue' };
		expect(parseQuery(toQuery('', filters), options)).toEqual(filters);
	});
});

describe('severity badge styles', () => {
	test('filled levels get a readable text colour, re-serialised colours and one rule each', () => {
		const styles = badgeStyles(
			[{ id: 'HIGH', color: '#b91c1c' }, { id: 'MID', color: '#ffd700' }, { id: 'LOW' }],
			'.t .sev',
		);
		expect(styles.classFor('HIGH')).toBe('l0');
		expect(styles.classFor('LOW')).toBe('l2');
		expect(styles.classFor('NOPE')).toBe('unknown');
		const lines = styles.css.split('\n');
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/^\.t \.sev\.l0\{color:#ffffff;background-color:rgb\(185 28 28\);/);
		expect(lines[1]).toMatch(/^\.t \.sev\.l1\{color:#000000;background-color:rgb\(255 215 0\);/);
	});

	test('colours this site cannot read are outlined; anything that could inject CSS is dropped', () => {
		const styles = badgeStyles(
			[
				{ id: 'A', color: 'oklch(60% 0.2 30)' },
				{ id: 'B', color: 'red;} body{display:none' },
				{ id: 'C', color: 'var(--x)' },
				{ id: 'D', color: 'x</style><script>' },
			],
			'.sev',
		);
		expect(styles.css.split('\n')).toEqual([
			'.sev.l0{border-color:oklch(60% 0.2 30);border-inline-start-width:.35em}',
			'.sev.l2{border-color:var(--x);border-inline-start-width:.35em}',
		]);
	});

	test('a level id listed twice keeps its first class', () => {
		expect(badgeStyles([{ id: 'A' }, { id: 'A' }], '.sev').classFor('A')).toBe('l0');
	});
});

describe('search presentation', () => {
	test('result titles name the type and severity', () => {
		expect(searchTitle('runbook', 'Complete site outage', 'SEV1')).toBe(
			'Runbook · SEV1 · Complete site outage',
		);
		expect(searchTitle('incident', 'Checkout errors', 'SEV2')).toBe(
			'Post-mortem · SEV2 · Checkout errors',
		);
		expect(searchTitle('checklist', 'Weekly maintenance')).toBe('Checklist · Weekly maintenance');
		expect(searchTitle('handbook', ' Roles ', '')).toBe('Handbook · Roles');
	});

	test('detects a page that declares its own type', () => {
		expect(declaresSearchType('<span data-pagefind-filter="type:Runbook"></span>')).toBe(true);
		expect(declaresSearchType('<span data-pagefind-filter="service">x</span>')).toBe(false);
		expect(declaresSearchType('<p>type:Runbook</p>')).toBe(false);
	});
});
