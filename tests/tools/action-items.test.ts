import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractActionItems } from '../../src/engine/extract/action-items.ts';
import { accessibleContent } from '../../src/markdown/accessible-content.ts';
import { actionItemAnchorsPlugin } from '../../src/markdown/action-item-anchors.ts';
import { actionItemAnchors, actionSlug } from '../../src/tools/action-items/anchor.ts';
import { countByOwner, countByStatus } from '../../src/tools/action-items/counts.ts';
import {
	actionItemGroup,
	actionStatusLabel,
	isOverdue,
	sortActionItems,
	trackActionItems,
} from '../../src/tools/action-items/items.ts';
import { OVERDUE, actionItemTable } from '../../src/tools/action-items/table.ts';
import { collectOptions, readValues, view } from '../../src/tools/catalog/filter.ts';
import { parseQuery } from '../../src/tools/catalog/query.ts';
import { item, postMortem, PRIORITIES } from '../helpers/action-items.ts';

const done = { status: 'Done', statusText: 'Done' } as const;
const wontDo = { status: "Won't do", statusText: "Won't do" } as const;
const inProgress = { status: 'In progress', statusText: 'In progress' } as const;

const actions = (items: ReadonlyArray<{ action: string }>) => items.map((entry) => entry.action);

/** A made-up history, not the starter content. */
const history = [
	postMortem('2026-01-01-a', [
		item('Fix the timeout', '2026-12-01'),
		item('Already done', '2026-01-10', { ...done, closed: '2026-01-08' }),
		item('Declined', '2026-03-10', wontDo),
		item('Blocked on vendor', '2026-01-05', { status: undefined, statusText: 'Blocked' }),
	]),
	postMortem('2026-02-01-b', [
		item('Add the alert', '2026-12-15', { ...inProgress, owner: 'Ben' }),
		item('Rotate the key', '2026-12-01', { priority: 'P0', owner: 'Ben' }),
		item('No date yet', '', { owner: '' }),
		item('Old fix', '2026-02-20', { ...done, owner: 'Ben' }),
		item('Nobody knows', '2026-01-01', { status: undefined, statusText: '', owner: 'Ben' }),
	]),
];

describe('row anchors', () => {
	it('are the action text as a slug after `action-`', () => {
		expect(actionItemAnchors(['Rotate the DNS token', 'Add `idle_timeout` to the pool'])).toEqual([
			'action-rotate-the-dns-token',
			'action-add-idle-timeout-to-the-pool',
		]);
	});

	it('give the same slug for text as typed and as typography renders it', () => {
		const typed = `Don't retry "inside" the handler -- queue it... (see #12)`;
		const rendered = 'Don’t retry “inside” the handler – queue it… (see #12)';
		expect(actionSlug(typed)).toBe('dont-retry-inside-the-handler-queue-it-see-12');
		expect(actionSlug(rendered)).toBe(actionSlug(typed));
		expect(actionSlug('Ｆｕｌｌ width and Ünïcode — ok')).toBe('full-width-and-ünïcode-ok');
	});

	it('number repeated actions and never take the section heading’s id', () => {
		expect(actionItemAnchors(['Same', 'Same', 'Same-1', 'Items', '!!!', '???'])).toEqual([
			'action-same',
			'action-same-1',
			'action-same-1-1',
			'action-items-1',
			'action-item',
			'action-item-1',
		]);
	});
});

describe('trackActionItems', () => {
	it('links each item to its row and says how late it is as of the injected today', () => {
		const items = trackActionItems(history, '2026-12-02');
		const rotate = items.find((entry) => entry.action === 'Rotate the key')!;
		expect(rotate).toMatchObject({
			postMortem: {
				id: '2026-02-01-b',
				title: 'Title of 2026-02-01-b',
				url: '/incidents/2026-02-01-b/',
			},
			anchor: 'action-rotate-the-key',
			url: '/incidents/2026-02-01-b/#action-rotate-the-key',
			open: true,
			overdue: true,
			daysOverdue: 1,
			daysLeft: undefined,
		});
		const alert = items.find((entry) => entry.action === 'Add the alert')!;
		expect(alert).toMatchObject({ open: true, overdue: false, daysOverdue: 0, daysLeft: 13 });
	});

	it('an item due today is not overdue; the day after it is', () => {
		const on = trackActionItems(history, '2026-12-01').find((e) => e.action === 'Fix the timeout')!;
		expect(on).toMatchObject({ overdue: false, daysLeft: 0 });
		expect(isOverdue(on, '2026-12-01')).toBe(false);
		expect(isOverdue(on, '2026-12-02')).toBe(true);
	});

	it('closed and unknown statuses are never overdue, however old', () => {
		const items = trackActionItems(history, '2030-01-01');
		for (const name of ['Already done', 'Declined', 'Blocked on vendor', 'Nobody knows']) {
			const entry = items.find((candidate) => candidate.action === name)!;
			expect(entry, name).toMatchObject({ open: false, overdue: false, daysLeft: undefined });
		}
	});

	it('an open item without a readable due date is open, never overdue', () => {
		const items = trackActionItems(
			[
				postMortem('x', [
					item('No date', ''),
					item('Bad date', '2026-02-30'),
					item('Words', 'soon'),
				]),
			],
			'2030-01-01',
		);
		for (const entry of items)
			expect(entry).toMatchObject({
				open: true,
				overdue: false,
				daysOverdue: 0,
				daysLeft: undefined,
			});
	});

	it('anchors are numbered per post-mortem, as on each page', () => {
		const items = trackActionItems(
			[postMortem('a', [item('Same', ''), item('Same', '')]), postMortem('b', [item('Same', '')])],
			'2026-01-01',
		);
		expect(items.map((entry) => entry.url)).toEqual([
			'/incidents/a/#action-same',
			'/incidents/a/#action-same-1',
			'/incidents/b/#action-same',
		]);
	});
});

describe('ordering', () => {
	it('overdue (most overdue first), open by due date, unknown statuses, then closed (newest first)', () => {
		const sorted = sortActionItems(trackActionItems(history, '2026-12-02'), PRIORITIES);
		expect(sorted.map((entry) => [entry.action, actionItemGroup(entry)])).toEqual([
			// Same due date: the P0 before the P2.
			['Rotate the key', 'overdue'],
			['Fix the timeout', 'overdue'],
			['Add the alert', 'open'],
			['No date yet', 'open'],
			['Nobody knows', 'unknown'],
			['Blocked on vendor', 'unknown'],
			['Declined', 'closed'],
			['Old fix', 'closed'],
			// Closed on 2026-01-08, though due on 2026-01-10: the Closed date counts.
			['Already done', 'closed'],
		]);
	});

	it('before any due date nothing is overdue and the open items still lead', () => {
		const sorted = sortActionItems(trackActionItems(history, '2026-01-01'), PRIORITIES);
		expect(actions(sorted).slice(0, 4)).toEqual([
			'Rotate the key',
			'Fix the timeout',
			'Add the alert',
			'No date yet',
		]);
		expect(sorted.some((entry) => entry.overdue)).toBe(false);
	});

	it('without a priority scale, ties go by priority text, then post-mortem, then table order', () => {
		const items = trackActionItems(
			[
				postMortem('b', [item('B first row', '2027-01-01', { priority: 'P1' })]),
				postMortem('a', [
					item('A second row', '2027-01-01', { priority: 'P1' }),
					item('A third row', '2027-01-01', { priority: 'P1' }),
					item('A urgent', '2027-01-01', { priority: 'P0' }),
				]),
			],
			'2026-01-01',
		);
		expect(actions(sortActionItems(items))).toEqual([
			'A urgent',
			'A second row',
			'A third row',
			'B first row',
		]);
	});

	it('does not change its input', () => {
		const items = trackActionItems(history, '2026-12-02');
		const before = actions(items);
		sortActionItems(items, PRIORITIES);
		expect(actions(items)).toEqual(before);
	});
});

describe('counts', () => {
	const items = trackActionItems(history, '2026-12-02');

	it('per status: every known status in order, even at zero, then unknown texts A–Z', () => {
		expect(countByStatus(items)).toEqual({
			total: 9,
			overdue: 2,
			statuses: [
				{ status: 'Open', count: 3, known: true },
				{ status: 'In progress', count: 1, known: true },
				{ status: 'Done', count: 2, known: true },
				{ status: "Won't do", count: 1, known: true },
				{ status: 'Blocked', count: 1, known: false },
				{ status: 'No status', count: 1, known: false },
			],
		});
		expect(countByStatus([])).toEqual({
			total: 0,
			overdue: 0,
			statuses: ['Open', 'In progress', 'Done', "Won't do"].map((status) => ({
				status,
				count: 0,
				known: true,
			})),
		});
	});

	it('per owner: most overdue first, then most open, then A–Z; empty owners grouped', () => {
		expect(countByOwner(items)).toEqual([
			// As many overdue as Ana, but more open work.
			{ owner: 'Ben', open: 2, overdue: 1, closed: 1, other: 1, total: 4 },
			{ owner: 'Ana', open: 1, overdue: 1, closed: 2, other: 1, total: 4 },
			{ owner: 'No owner', open: 1, overdue: 0, closed: 0, other: 0, total: 1 },
		]);
		expect(countByOwner([])).toEqual([]);
	});

	it('status labels: the schema’s spelling, else the text as written, else “No status”', () => {
		expect(actionStatusLabel({ status: 'In progress', statusText: 'in PROGRESS' })).toBe(
			'In progress',
		);
		expect(actionStatusLabel({ status: undefined, statusText: ' Blocked ' })).toBe('Blocked');
		expect(actionStatusLabel({ status: undefined, statusText: '' })).toBe('No status');
	});
});

describe('the /action-items/ filters', () => {
	const config = actionItemTable(PRIORITIES);
	const source = (name: string) => config.filters.find((filter) => filter.name === name)!.source;
	const sorted = sortActionItems(trackActionItems(history, '2026-12-02'), PRIORITIES);
	// What the page renders in the filtered cells, as the script reads it.
	const rows = sorted.map((entry) => ({
		values: {
			owner: readValues(source('owner'), [entry.owner || 'No owner']),
			priority: readValues(source('priority'), [entry.priority]),
			status: readValues(source('status'), [
				actionStatusLabel(entry),
				...(entry.overdue ? [OVERDUE] : []),
			]),
		},
		keys: {},
	}));
	const options = collectOptions(rows, config);
	const shown = (search: string) =>
		actions(view(rows, parseQuery(search, config, options), config).shown.map((i) => sorted[i]!));

	it('offer statuses in the list’s order, overdue first, unknown ones after', () => {
		expect(options['status']!.map((option) => option.value)).toEqual([
			'Overdue',
			'Open',
			'In progress',
			'Done',
			"Won't do",
			'Blocked',
			'No status',
		]);
		expect(options['priority']!.map((option) => option.value)).toEqual(['P0', 'P2']);
		expect(options['owner']!.map((option) => option.value)).toEqual(['Ana', 'Ben', 'No owner']);
	});

	it('an overdue item matches both its status and Overdue', () => {
		expect(shown('?status=overdue')).toEqual(['Rotate the key', 'Fix the timeout']);
		expect(shown('?status=open')).toEqual(['Rotate the key', 'Fix the timeout', 'No date yet']);
		expect(shown('?status=open&owner=ben&priority=p0')).toEqual(['Rotate the key']);
		expect(shown('?status=wont-do')).toEqual(['Declined']);
	});
});

describe('the row-anchor plugin', () => {
	const DIR = '/handbook/src/content/incidents';
	const doc = `## Summary

It broke.

## Action Items

Agreed in the review.

| Priority | Action | Owner | Due Date | Status |
| --- | --- | --- | --- | --- |
| P1 | Don't retry "inside" the handler -- queue it | Ana | 2035-01-01 | Open |
| P1 | Add \`idle_timeout\` to [the pool](/runbooks/x/) | Ben | 2035-01-01 | Open |
| P2 |  | Ben | 2035-01-01 | Open |
| P2 | Items | Ben | 2035-01-01 | Open |
| P3 | Don't retry "inside" the handler -- queue it | Ana | 2035-01-01 | Done |

## Afterwards

| Action | Owner |
| --- | --- |
| Not an action item | x |
`;
	const expected = actionItemAnchors(extractActionItems(doc).map((entry) => entry.action));
	const ids = (html: string) => [...html.matchAll(/<tr id="([^"]+)"/g)].map((match) => match[1]);

	it('gives each row the id /action-items/ links to, with typography on', async () => {
		expect(expected).toEqual([
			'action-dont-retry-inside-the-handler-queue-it',
			'action-add-idle-timeout-to-the-pool',
			'action-items-1',
			'action-dont-retry-inside-the-handler-queue-it-1',
		]);
		const { html } = await markdownToHtml(doc, {
			hastPlugins: [actionItemAnchorsPlugin(DIR)],
			features: { smartPunctuation: true },
			fileURL: pathToFileURL(`${DIR}/2026-01-01-x.md`),
		});
		expect(html).toContain('Don’t retry “inside” the handler – queue it');
		expect(ids(html)).toEqual(expected);
		// The row with an empty Action cell and the later table get no id.
		expect(html).toMatch(/<tr>\s*<td>P2<\/td>\s*<td><\/td>/);
		expect(html).toMatch(/<tr>\s*<td>Not an action item<\/td>/);
	});

	it('finds the table after another plugin wrapped it, and works in MDX', async () => {
		const { html } = await markdownToHtml(doc, {
			hastPlugins: [accessibleContent(), actionItemAnchorsPlugin(DIR)],
			fileURL: pathToFileURL(`${DIR}/2026-01-01-x.md`),
		});
		expect(html).toContain('class="table-scroll"');
		expect(ids(html)).toEqual(expected);
		const { code } = await mdxToJs(doc, {
			hastPlugins: [actionItemAnchorsPlugin(DIR), accessibleContent()],
			features: { smartPunctuation: true },
			fileURL: pathToFileURL(`${DIR}/2026-01-01-x.mdx`),
		});
		expect([...code.matchAll(/id: "(action-[^"]+)"/g)].map((match) => match[1])).toEqual(expected);
	});

	it('leaves documents outside the incidents folder alone', async () => {
		const { html } = await markdownToHtml(doc, {
			hastPlugins: [actionItemAnchorsPlugin(DIR)],
			fileURL: pathToFileURL('/handbook/src/content/docs/guides/writing-post-mortems.md'),
		});
		expect(ids(html)).toEqual([]);
		const sibling = await markdownToHtml(doc, {
			hastPlugins: [actionItemAnchorsPlugin(DIR)],
			fileURL: pathToFileURL(`${DIR}-archive/2026-01-01-x.md`),
		});
		expect(ids(sibling.html)).toEqual([]);
	});

	it('by default, works on the incidents folder of the content directory', async () => {
		const render = async (path: string) =>
			ids(
				(
					await markdownToHtml(doc, {
						hastPlugins: [actionItemAnchorsPlugin()],
						fileURL: pathToFileURL(join(process.cwd(), path)),
					})
				).html,
			);
		expect(await render('src/content/incidents/2026-01-01-x.mdx')).toEqual(expected);
		expect(await render('src/content/runbooks/x.mdx')).toEqual([]);
	});

	it('does nothing without an Action Items section or an Action column', async () => {
		const render = async (text: string) =>
			ids(
				(
					await markdownToHtml(text, {
						hastPlugins: [actionItemAnchorsPlugin(DIR)],
						fileURL: pathToFileURL(`${DIR}/x.md`),
					})
				).html,
			);
		expect(await render('## Follow-ups\n\n| Action |\n| --- |\n| Fix |\n')).toEqual([]);
		expect(await render('## Action Items\n\n| Task |\n| --- |\n| Fix |\n')).toEqual([]);
		expect(
			await render('## Action Items\n\nNone.\n\n## Next\n\n| Action |\n| --- |\n| Fix |\n'),
		).toEqual([]);
		// Heading case and a trailing colon do not matter, as for the validator.
		expect(await render('## action items:\n\n| ACTION |\n| --- |\n| Fix it |\n')).toEqual([
			'action-fix-it',
		]);
	});
});
