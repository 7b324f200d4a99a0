import { describe, expect, test } from 'vitest';
import { badgeStyles } from '../../src/tools/catalog/badges.ts';
import {
	collectOptions,
	compareTitles,
	countText,
	isFiltered,
	matches,
	readValues,
	sortedOrder,
	view,
	type TableConfig,
	type TableRow,
	type TableState,
} from '../../src/tools/catalog/filter.ts';
import { ownedParams, parseQuery, toQuery } from '../../src/tools/catalog/query.ts';
import { declaresSearchType, searchTitle } from '../../src/tools/catalog/search.ts';
import { incidentTable, runbookTable } from '../../src/tools/catalog/tables.ts';

/** A runbook as its catalog row shows it. */
interface Runbook {
	title: string;
	services: string[];
	severity: string;
	owner: string;
	due: string;
	overdue: boolean;
}

const levels = ['HIGH', 'MID', 'LOW'];
const config = runbookTable(levels);
const source = (name: string) => config.filters.find((filter) => filter.name === name)!.source;

/**
 * The row the filter script reads from a runbook's cells: the texts its `pick` selectors find
 * (a span per service, the badge, the owner cell, the overdue marker when there is one, the date).
 */
const rowOf = (runbook: Runbook): TableRow => ({
	values: {
		service: readValues(source('service'), runbook.services),
		severity: readValues(source('severity'), [runbook.severity]),
		owner: readValues(source('owner'), [runbook.owner]),
		review: readValues(source('review'), runbook.overdue ? ['⚠ Review overdue'] : []),
	},
	keys: { due: runbook.due },
});

/** A made-up catalog, not the starter content, in the server's order (titles A–Z). */
const runbooks: Runbook[] = [
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
].sort((a, b) => compareTitles(a.title, b.title));
const rows = runbooks.map(rowOf);
const options = collectOptions(rows, config);
const state = (filters: Record<string, string> = {}, sort = 'title'): TableState => ({
	filters,
	sort,
});
const titles = (filters: Record<string, string>, sort = 'title') =>
	view(rows, state(filters, sort), config).shown.map((i) => runbooks[i]!.title);

describe('filtering and sorting', () => {
	test('titles sort A–Z ignoring case and accents, numbers in numeric order', () => {
		expect(runbooks.map((runbook) => runbook.title)).toEqual([
			'api outage',
			'Payments failing',
			'Service 2 degraded',
			'Service 10 degraded',
		]);
		expect(compareTitles('Élan', 'elan')).toBe(0);
	});

	test('no filter: every row, in the server’s order', () => {
		expect(titles({})).toEqual(runbooks.map((runbook) => runbook.title));
		expect(view(rows, state(), config).hidden).toEqual([]);
	});

	test('each filter narrows the rows; filters combine', () => {
		expect(titles({ service: 'gateway' })).toEqual([
			'api outage',
			'Service 2 degraded',
			'Service 10 degraded',
		]);
		expect(titles({ severity: 'MID' })).toEqual(['Service 2 degraded']);
		expect(titles({ owner: 'team-a' })).toEqual(['Payments failing', 'Service 2 degraded']);
		expect(titles({ review: 'overdue' })).toEqual(['api outage', 'Payments failing']);
		expect(titles({ review: 'current' })).toEqual(['Service 2 degraded', 'Service 10 degraded']);
		expect(titles({ service: 'gateway', owner: 'team-a' })).toEqual(['Service 2 degraded']);
		expect(titles({ service: 'gateway', review: 'overdue', owner: 'team-b' })).toEqual([]);
	});

	test('a service matches exactly, never as part of another name', () => {
		const row = rows[3]!;
		expect(runbooks[3]!.title).toBe('Service 10 degraded');
		expect(matches(row, state({ service: 'service-1' }))).toBe(false);
		expect(matches(row, state({ service: 'service-10' }))).toBe(true);
	});

	test('a filter on a value the row lacks never matches', () => {
		expect(matches({ values: {}, keys: {} }, state({ owner: 'team-a' }))).toBe(false);
		expect(matches({ values: {}, keys: {} }, state())).toBe(true);
	});

	test('hidden rows keep their original order', () => {
		expect(view(rows, state({ owner: 'team-a' }), config).hidden).toEqual([0, 3]);
	});

	test('review date sort: soonest first, ties in the server’s order (by title)', () => {
		expect(titles({}, 'due')).toEqual([
			'api outage',
			'Payments failing',
			'Service 2 degraded',
			'Service 10 degraded',
		]);
		expect(titles({ owner: 'team-a' }, 'due')).toEqual(['Payments failing', 'Service 2 degraded']);
	});

	test('sortedOrder orders every row, matching or not; without a key it keeps the input order', () => {
		const due = config.sorts[1]!;
		const shuffled = [rows[3]!, rows[1]!, rows[0]!, rows[2]!];
		expect(sortedOrder(shuffled, due)).toEqual([2, 1, 0, 3]);
		expect(sortedOrder(shuffled, config.sorts[0])).toEqual([0, 1, 2, 3]);
		expect(sortedOrder(shuffled, undefined)).toEqual([0, 1, 2, 3]);
		expect(sortedOrder([], due)).toEqual([]);
	});

	test('a descending sort puts the largest first and still keeps ties in input order', () => {
		const newest = { value: 'newest', label: 'Newest', by: { col: 'date' }, descending: true };
		const dated = ['2026-01-02', '2027-05-01', '2026-01-02'].map((date) => ({
			values: {},
			keys: { newest: date },
		}));
		expect(sortedOrder(dated, newest)).toEqual([1, 0, 2]);
	});

	test('an unknown sort falls back to the server’s order', () => {
		expect(view(rows, state({}, 'sideways'), config).shown).toEqual([0, 1, 2, 3]);
	});

	test('identical rows keep their input order', () => {
		const twins = [rows[0]!, { ...rows[0]! }];
		expect(view(twins, state(), config).shown).toEqual([0, 1]);
	});

	test('isFiltered ignores the sort', () => {
		expect(isFiltered(state({}, 'due'))).toBe(false);
		expect(isFiltered(state({ review: 'current' }))).toBe(true);
	});

	test('2,000 rows filter and sort in well under a frame', () => {
		const many: TableRow[] = Array.from({ length: 2000 }, (_, i) =>
			rowOf({
				title: `Service ${i} degraded`,
				services: [`service-${i}`, 'gateway'],
				severity: levels[i % 3]!,
				owner: `team-${i % 40}`,
				due: `2027-0${(i % 9) + 1}-1${i % 10}`,
				overdue: i % 7 === 0,
			}),
		);
		const start = performance.now();
		const result = view(many, state({ severity: 'MID', review: 'current' }, 'due'), config);
		const elapsed = performance.now() - start;
		expect(result.shown.length + result.hidden.length).toBe(2000);
		expect(elapsed).toBeLessThan(50);
	});
});

describe('reading values from cells', () => {
	test('text: each picked text is a value; empty texts are dropped', () => {
		expect(readValues({ col: 'services', pick: 'span' }, ['a', '', 'b'])).toEqual(['a', 'b']);
		expect(readValues({ col: 'owner' }, [''])).toEqual([]);
	});

	test('year: the first four-digit run of the text', () => {
		expect(readValues({ col: 'date', read: 'year' }, ['2026-03-11'])).toEqual(['2026']);
		expect(readValues({ col: 'date', read: 'year' }, ['no date'])).toEqual([]);
	});

	test('flag: one value when the selector finds something, another when not', () => {
		const flag = { col: 'review', pick: '.overdue', read: { present: 'late', absent: 'fine' } };
		expect(readValues(flag, ['anything'])).toEqual(['late']);
		expect(readValues(flag, [''])).toEqual(['late']);
		expect(readValues(flag, [])).toEqual(['fine']);
	});
});

describe('options', () => {
	test('services and owners A–Z, severities in scale order then unknown ids, fixed review options', () => {
		expect(options).toEqual({
			service: [
				{ value: 'gateway', label: 'gateway' },
				{ value: 'payments-api', label: 'payments-api' },
				{ value: 'service-2', label: 'service-2' },
				{ value: 'service-10', label: 'service-10' },
			],
			severity: ['HIGH', 'MID', 'LOW', 'ODD'].map((value) => ({ value, label: value })),
			owner: ['team-a', 'team-b', 'Team-C'].map((value) => ({ value, label: value })),
			review: [
				{ value: 'current', label: 'Current' },
				{ value: 'overdue', label: 'Overdue' },
			],
		});
	});

	test('without a scale order, severities are A–Z', () => {
		expect(collectOptions(rows, runbookTable([]))['severity']!.map((o) => o.value)).toEqual([
			'HIGH',
			'LOW',
			'MID',
			'ODD',
		]);
	});

	test('descending filters list the values not in their order Z–A (years newest first)', () => {
		const years = incidentTable([], []);
		const dated = ['2024', '2026', '2025'].map((year) => ({ values: { year: [year] }, keys: {} }));
		expect(collectOptions(dated, years)['year']!.map((o) => o.value)).toEqual([
			'2026',
			'2025',
			'2024',
		]);
	});

	test('an empty table offers nothing but its fixed options', () => {
		expect(collectOptions([], config)).toEqual({
			service: [],
			severity: [],
			owner: [],
			review: options['review'],
		});
	});
});

describe('count text', () => {
	test('says how many rows show, with the table’s noun', () => {
		expect(countText(5, 12, config.noun)).toBe('Showing 5 of 12 runbooks');
		expect(countText(0, 12, config.noun)).toBe('Showing 0 of 12 runbooks');
		expect(countText(12, 12, config.noun)).toBe('Showing all 12 runbooks');
		expect(countText(1, 1, config.noun)).toBe('Showing 1 runbook');
		expect(countText(0, 1, config.noun)).toBe('Showing 0 of 1 runbook');
		expect(countText(3, 40, ['action item', 'action items'])).toBe('Showing 3 of 40 action items');
	});
});

describe('query string', () => {
	test('reads every filter and the sort', () => {
		expect(
			parseQuery(
				'?service=gateway&severity=MID&owner=team-a&review=current&sort=due',
				config,
				options,
			),
		).toEqual({
			filters: { service: 'gateway', severity: 'MID', owner: 'team-a', review: 'current' },
			sort: 'due',
		});
	});

	test('no query: no filter, the default sort', () => {
		expect(parseQuery('', config, options)).toEqual(state());
		expect(parseQuery('?', config, options)).toEqual(state());
	});

	test('unknown values, unknown parameters and empty values are ignored', () => {
		expect(
			parseQuery(
				'?service=nope&severity=&owner=%20&review=soon&sort=random&utm_source=pager',
				config,
				options,
			),
		).toEqual(state());
	});

	test('values that differ only in case or spaces match the canonical value', () => {
		expect(
			parseQuery('severity=mid&owner=TEAM-C&review=OVERDUE&sort=DUE', config, options),
		).toEqual(state({ severity: 'MID', owner: 'Team-C', review: 'overdue' }, 'due'));
		expect(parseQuery('service=+gateway+', config, options)).toEqual(state({ service: 'gateway' }));
	});

	test('values that differ only in punctuation match when nothing matches more closely', () => {
		const statuses: TableConfig = {
			filters: [{ name: 'status', label: 'Status', any: 'Any', source: { col: 'status' } }],
			sorts: [],
			noun: ['item', 'items'],
		};
		const offered = {
			status: ['Open', 'In progress', "Won't do"].map((value) => ({ value, label: value })),
		};
		const status = (search: string) => parseQuery(search, statuses, offered).filters['status'];
		expect(status('status=in-progress')).toBe('In progress');
		expect(status('status=wont-do')).toBe("Won't do");
		expect(status('status=Won%E2%80%99t+do')).toBe("Won't do");
		expect(status('status=---')).toBeUndefined();
		const owners = collectOptions(
			[rowOf({ ...runbooks[0]!, owner: 'sre-ops' }), rowOf({ ...runbooks[0]!, owner: 'SRE Ops' })],
			config,
		);
		expect(parseQuery('owner=sre+ops', config, owners).filters['owner']).toBe('SRE Ops');
		expect(parseQuery('owner=SRE-OPS', config, owners).filters['owner']).toBe('sre-ops');
	});

	test('a repeated parameter: the first usable value wins', () => {
		expect(parseQuery('?severity=NOPE&severity=LOW&severity=HIGH', config, options)).toEqual(
			state({ severity: 'LOW' }),
		);
	});

	test('malformed encodings and odd input never throw', () => {
		for (const search of ['?service=%E0%A4%A', '?%%%', '?service', '&&&', '?severity=MID#x', '=']) {
			expect(() => parseQuery(search, config, options)).not.toThrow();
		}
		expect(parseQuery('?service=%E0%A4%A', config, options)).toEqual(state());
	});

	test('encoded values are decoded', () => {
		const spaced = collectOptions([rowOf({ ...runbooks[0]!, owner: 'SRE & Ops' })], config);
		expect(parseQuery('?owner=SRE%20%26%20Ops', config, spaced).filters['owner']).toBe('SRE & Ops');
		expect(toQuery('', state({ owner: 'SRE & Ops' }), config)).toBe('?owner=SRE+%26+Ops');
	});

	test('writes only what differs from the default, in the config’s order', () => {
		expect(toQuery('', state(), config)).toBe('');
		expect(
			toQuery(
				'',
				state({ review: 'overdue', owner: 'team-a', severity: 'LOW', service: 'x' }, 'due'),
				config,
			),
		).toBe('?service=x&severity=LOW&owner=team-a&review=overdue&sort=due');
	});

	test('keeps parameters that are not the table’s and replaces those that are', () => {
		expect(
			toQuery('?utm_source=pager&severity=HIGH&sort=due', state({ owner: 'team-a' }), config),
		).toBe('?utm_source=pager&owner=team-a');
	});

	test('a table with one order has no sort parameter and leaves a foreign one alone', () => {
		const incidents = incidentTable(['SEV1'], ['Draft']);
		expect(ownedParams(incidents)).toEqual(['severity', 'service', 'status', 'year']);
		expect(ownedParams(config)).toEqual(['service', 'severity', 'owner', 'review', 'sort']);
		expect(parseQuery('?sort=newest', incidents, {})).toEqual({ filters: {}, sort: 'newest' });
		expect(
			toQuery('?sort=x&year=2020', { filters: { year: '2026' }, sort: 'newest' }, incidents),
		).toBe('?sort=x&year=2026');
	});

	test('round trip', () => {
		const filters = state({ service: 'payments-api', review: 'overdue' }, 'due');
		expect(parseQuery(toQuery('', filters, config), config, options)).toEqual(filters);
	});
});

describe('table configs', () => {
	test('the runbook catalog reads the columns its page marks with data-col', () => {
		expect(config.filters.map((filter) => [filter.name, filter.source.col])).toEqual([
			['service', 'services'],
			['severity', 'severity'],
			['owner', 'owner'],
			['review', 'review'],
		]);
		expect(config.sorts.map((sort) => sort.value)).toEqual(['title', 'due']);
	});

	test('the post-mortem list: severities and statuses in the given order, years newest first', () => {
		const incidents = incidentTable(['SEV1', 'SEV2'], ['Draft', 'In review', 'Final']);
		const rowsOf = [
			{ severity: ['SEV2'], service: ['api'], status: ['Final'], year: ['2025'] },
			{ severity: ['SEV9'], service: ['web', 'api'], status: ['Draft'], year: ['2026'] },
			{ severity: ['SEV1'], service: ['api'], status: ['In review'], year: ['2026'] },
		].map((values) => ({ values, keys: {} }));
		const offered = collectOptions(rowsOf, incidents);
		const values = (name: string) => offered[name]!.map((option) => option.value);
		expect(values('severity')).toEqual(['SEV1', 'SEV2', 'SEV9']);
		expect(values('service')).toEqual(['api', 'web']);
		expect(values('status')).toEqual(['Draft', 'In review', 'Final']);
		expect(values('year')).toEqual(['2026', '2025']);
		expect(
			view(
				rowsOf,
				parseQuery('?service=api&year=2026&status=in-review', incidents, offered),
				incidents,
			).shown,
		).toEqual([2]);
		expect(countText(1, 3, incidents.noun)).toBe('Showing 1 of 3 post-mortems');
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
