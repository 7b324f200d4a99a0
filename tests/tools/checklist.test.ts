import { describe, expect, it } from 'vitest';
import { itemKeys, normaliseItemText } from '../../src/tools/checklist/items.ts';
import {
	emptyState,
	formatProgress,
	isTickTime,
	mergeTicks,
	parseState,
	progress,
	serialiseState,
	storageKey,
	tickItem,
	untickItem,
	type Tick,
} from '../../src/tools/checklist/state.ts';
import {
	inTickOrder,
	tableCell,
	tickLabel,
	toMarkdown,
	toTimelineRows,
	utcTime,
	type ExportItem,
} from '../../src/tools/checklist/export.ts';
import { hasTaskList } from '../../src/tools/checklist/detect.ts';

const at = (iso: string) => Date.parse(iso);

describe('item keys', () => {
	it('normalise whitespace, case, Unicode forms and typographic quotes and dashes', () => {
		expect(normaliseItemText('  Declare   the\tINCIDENT\n')).toBe('declare the incident');
		expect(normaliseItemText('Check last week’s “errors” – now')).toBe(
			'check last week\'s "errors" - now',
		);
		expect(normaliseItemText('ﬁle')).toBe('file');
		expect(normaliseItemText('a\u00a0b')).toBe('a b');
	});

	it('are the normalised text, so small edits keep the same key', () => {
		expect(itemKeys(['Declare the incident'])).toEqual(itemKeys(['declare  the Incident ']));
	});

	it('number repeated texts by occurrence, and never by position', () => {
		const keys = itemKeys(['Check the logs', 'Roll back', 'check the logs', 'Check the logs']);
		expect(new Set(keys).size).toBe(4);
		expect(keys[0]).toBe('check the logs');
		expect(keys[1]).toBe('roll back');
		// The same items with another item in front: every key is unchanged.
		expect(itemKeys(['New step', 'Check the logs', 'Roll back', 'Check the logs'])).toEqual([
			'new step',
			keys[0],
			keys[1],
			keys[2],
		]);
	});

	it('cannot collide with a text that looks like an occurrence number', () => {
		const keys = itemKeys(['Step', 'Step', 'Step #2', 'Step (2)']);
		expect(new Set(keys).size).toBe(4);
	});
});

describe('stored state', () => {
	const valid = { version: 1, ticks: [{ key: 'roll back', at: '2026-11-23T14:05:00.000Z' }] };

	it('round-trips through JSON', () => {
		const state = tickItem(emptyState(), 'roll back', at('2026-11-23T14:05:00Z'));
		expect(parseState(serialiseState(state))).toEqual(state);
		expect(storageKey('/maintenance/weekly/')).toBe('handbook:checklist:/maintenance/weekly/');
	});

	it.each([
		['missing', null],
		['empty', ''],
		['corrupted JSON', '{not json'],
		['an array', '[]'],
		['a number', '42'],
		['null', 'null'],
		['a string', '"ticks"'],
		['no version', JSON.stringify({ ticks: [] })],
		['a wrong version', JSON.stringify({ ...valid, version: 2 })],
		['the version as a string', JSON.stringify({ ...valid, version: '1' })],
		['ticks that are not a list', JSON.stringify({ version: 1, ticks: { a: 1 } })],
		['another tool’s state', JSON.stringify({ version: 1, severity: 'SEV1', start: 'x' })],
	])('is ignored when %s', (_name, raw) => {
		expect(parseState(raw)).toBeNull();
	});

	it('drops malformed ticks but keeps the good ones', () => {
		const raw = JSON.stringify({
			version: 1,
			ticks: [
				'roll back',
				null,
				{ key: 'no time' },
				{ key: '', at: '2026-11-23T14:05:00Z' },
				{ key: 'local time', at: '2026-11-23T14:05:00+01:00' },
				{ key: 'not a date', at: '2026-13-45T99:99:00Z' },
				{ key: 42, at: '2026-11-23T14:05:00Z' },
				{ key: 'good', at: '2026-11-23T14:05:00Z' },
				{ key: 'good', at: '2026-11-23T15:00:00Z' },
			],
		});
		expect(parseState(raw)?.ticks).toEqual([{ key: 'good', at: '2026-11-23T14:05:00Z' }]);
	});

	it('ignores unknown extra properties', () => {
		expect(parseState(JSON.stringify({ ...valid, owner: 'someone', extra: [1] }))).toEqual(valid);
	});

	it('accepts only UTC ISO times', () => {
		expect(isTickTime('2026-11-23T14:05:00.000Z')).toBe(true);
		expect(isTickTime('2026-11-23T14:05Z')).toBe(true);
		expect(isTickTime('2026-11-23 14:05')).toBe(false);
		expect(isTickTime(1_700_000_000_000)).toBe(false);
	});

	it('ticks in order and unticks by key', () => {
		let state = emptyState();
		state = tickItem(state, 'a', at('2026-11-23T14:05:00Z'));
		state = tickItem(state, 'b', at('2026-11-23T14:07:00Z'));
		state = tickItem(state, 'a', at('2026-11-23T14:09:00Z'));
		expect(state.ticks).toEqual([
			{ key: 'b', at: '2026-11-23T14:07:00.000Z' },
			{ key: 'a', at: '2026-11-23T14:09:00.000Z' },
		]);
		expect(untickItem(state, 'b').ticks).toEqual([{ key: 'a', at: '2026-11-23T14:09:00.000Z' }]);
	});
});

describe('merging stored ticks with the current document', () => {
	const before = itemKeys(['Declare the incident', 'Page the on-call', 'Post a status update']);
	const ticks: Tick[] = [
		{ key: before[2] ?? '', at: '2026-11-23T14:01:00Z' },
		{ key: before[0] ?? '', at: '2026-11-23T14:05:00Z' },
	];
	const tickedTexts = (texts: string[]) => {
		const keys = itemKeys(texts);
		const kept = new Set(mergeTicks(ticks, keys).map((tick) => tick.key));
		return texts.filter((_, index) => kept.has(keys[index] ?? ''));
	};

	it('keeps ticks on their items when items are added', () => {
		expect(
			tickedTexts([
				'Open the incident channel',
				'Declare the incident',
				'Page the on-call',
				'Tell support',
				'Post a status update',
			]),
		).toEqual(['Declare the incident', 'Post a status update']);
	});

	it('keeps ticks on their items when items are reordered', () => {
		expect(
			tickedTexts(['Post a status update', 'Page the on-call', 'Declare the incident']),
		).toEqual(['Post a status update', 'Declare the incident']);
	});

	it('drops ticks of removed items without moving them to a neighbour', () => {
		expect(tickedTexts(['Page the on-call', 'Post a status update'])).toEqual([
			'Post a status update',
		]);
		expect(mergeTicks(ticks, itemKeys(['Page the on-call']))).toEqual([]);
	});

	it('keeps the tick order and drops duplicate keys', () => {
		const merged = mergeTicks(
			[...ticks, { key: before[2] ?? '', at: '2026-11-23T15:00:00Z' }],
			before,
		);
		expect(merged).toEqual(ticks);
	});
});

describe('progress', () => {
	it('counts ticked items of the page only', () => {
		const keys = itemKeys(['a', 'b', 'c', 'd']);
		const ticks: Tick[] = [
			{ key: 'a', at: '2026-11-23T14:05:00Z' },
			{ key: 'gone', at: '2026-11-23T14:06:00Z' },
			{ key: 'c', at: '2026-11-23T14:07:00Z' },
		];
		expect(progress(keys, ticks)).toEqual({ done: 2, total: 4 });
		expect(formatProgress(progress(keys, ticks))).toBe('2 / 4');
		expect(formatProgress(progress([], []))).toBe('0 / 0');
	});
});

describe('export', () => {
	const items: ExportItem[] = [
		{ key: 'declare', markdown: 'Declare the incident' },
		{ key: 'page', markdown: 'Page the on-call' },
		{ key: 'status', markdown: 'Post on the `status | page`' },
	];
	const ticks: Tick[] = [
		{ key: 'status', at: '2026-11-23T14:09:30Z' },
		{ key: 'declare', at: '2026-11-23T14:05:59Z' },
	];

	it('formats times in UTC, whatever the time zone', () => {
		expect(utcTime('2026-11-23T23:59:00-02:00')).toBe('01:59');
		expect(utcTime('2026-11-23T23:59:00-02:00', true)).toBe('2026-11-24 01:59');
	});

	it('labels a tick with its time, and its date when it was not today (UTC)', () => {
		const now = at('2026-11-23T16:00:00Z');
		expect(tickLabel('2026-11-23T14:05:00Z', now)).toBe('✓ 14:05 UTC');
		expect(tickLabel('2026-11-20T16:40:00Z', now)).toBe('✓ 2026-11-20 16:40 UTC');
	});

	it('writes the lists as Markdown task lists with tick times', () => {
		expect(toMarkdown([{ items }], ticks)).toBe(
			[
				'- [x] Declare the incident (14:05 UTC)',
				'- [ ] Page the on-call',
				'- [x] Post on the `status | page` (14:09 UTC)',
				'',
			].join('\n'),
		);
	});

	it('puts each list under its heading', () => {
		const text = toMarkdown(
			[
				{ heading: { depth: 2, text: 'Mitigation' }, items: items.slice(0, 2) },
				{ heading: { depth: 3, text: 'Verification' }, items: items.slice(2) },
				{ heading: { depth: 2, text: 'Empty' }, items: [] },
			],
			[],
		);
		expect(text).toBe(
			[
				'## Mitigation',
				'',
				'- [ ] Declare the incident',
				'- [ ] Page the on-call',
				'',
				'### Verification',
				'',
				'- [ ] Post on the `status | page`',
				'',
			].join('\n'),
		);
	});

	it('adds dates to the times when the ticks span several UTC days', () => {
		const days: Tick[] = [
			{ key: 'declare', at: '2026-11-23T23:55:00Z' },
			{ key: 'page', at: '2026-11-24T00:10:00Z' },
		];
		expect(toMarkdown([{ items: items.slice(0, 2) }], days)).toContain(
			'- [x] Page the on-call (2026-11-24 00:10 UTC)',
		);
		expect(toTimelineRows(items, days)).toBe(
			'| 2026-11-23 23:55 | Declare the incident |\n| 2026-11-24 00:10 | Page the on-call |\n',
		);
	});

	it('writes ticked items as timeline rows in tick order, escaping pipes', () => {
		expect(toTimelineRows(items, ticks)).toBe(
			'| 14:05 | Declare the incident |\n| 14:09 | Post on the `status \\| page` |\n',
		);
	});

	it('keeps the stored order for ticks made in the same instant', () => {
		const same: Tick[] = [
			{ key: 'page', at: '2026-11-23T14:05:00Z' },
			{ key: 'declare', at: '2026-11-23T14:05:00Z' },
		];
		expect(inTickOrder(same).map((tick) => tick.key)).toEqual(['page', 'declare']);
		expect(toTimelineRows(items, same)).toBe(
			'| 14:05 | Page the on-call |\n| 14:05 | Declare the incident |\n',
		);
	});

	it('leaves out ticks of items that are gone, and is empty with nothing ticked', () => {
		expect(toTimelineRows(items, [{ key: 'gone', at: '2026-11-23T14:05:00Z' }])).toBe('');
		expect(toTimelineRows(items, [])).toBe('');
		expect(tableCell(' a |\n b ')).toBe('a \\| b');
	});
});

describe('task list detection', () => {
	const markdownTask =
		'<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" disabled aria-label="Step"> Step</li>';

	it('finds task lists rendered from Markdown', () => {
		expect(hasTaskList(markdownTask)).toBe(true);
		expect(
			hasTaskList(
				'<li class="task-list-item"><p><input disabled="" type="checkbox"> Step</p></li>',
			),
		).toBe(true);
	});

	it('ignores plain lists, escaped examples and components with their own checkboxes', () => {
		expect(hasTaskList('<ul><li>plain</li></ul>')).toBe(false);
		expect(hasTaskList('<p>task-list-item contains-task-list</p>')).toBe(false);
		expect(
			hasTaskList(
				'<code>&lt;li class="task-list-item"&gt;&lt;input type="checkbox" disabled&gt;</code>',
			),
		).toBe(false);
		expect(
			hasTaskList(
				'<ul class="contains-task-list astro-x"><li class="task-list-item astro-x"><input type="checkbox" aria-label="Act"> Act</li></ul>',
			),
		).toBe(false);
	});
});
