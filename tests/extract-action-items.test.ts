import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	actionItemsFromTree,
	extractActionItems,
	isOpenStatus,
	normaliseStatus,
} from '../src/engine/extract/action-items.ts';
import { parseMarkdown } from '../src/engine/parse/markdown.ts';
import { REPO_ROOT } from './helpers/project.ts';

const postMortem = (actionItems: string) => `---
title: Example
---

## Summary

Something broke.

## Timeline

| Time (UTC) | Event |
| --- | --- |
| 10:00 | It broke. |

## Action Items

${actionItems}
`;

describe('extractActionItems', () => {
	it('reads every row with its fields, its Closed date and line, ignoring extra columns', () => {
		const text = postMortem(`| Action | Owner | Due Date | Priority | Status | Closed | Issue |
| --- | --- | --- | --- | --- | --- | --- |
| Add a timeout | Ana | 2035-01-31 | P1 | Open |  | OPS-1 |
| Alert on the backlog | Ben | 2026-02-03 | P2 | Done | 2026-01-30 | OPS-2 |`);
		const line = text.split('\n').findIndex((row) => row.includes('Add a timeout')) + 1;
		expect(extractActionItems(text)).toEqual([
			{
				action: 'Add a timeout',
				owner: 'Ana',
				due: '2035-01-31',
				priority: 'P1',
				status: 'Open',
				statusText: 'Open',
				closed: '',
				line,
			},
			{
				action: 'Alert on the backlog',
				owner: 'Ben',
				due: '2026-02-03',
				priority: 'P2',
				status: 'Done',
				statusText: 'Done',
				closed: '2026-01-30',
				line: line + 1,
			},
		]);
	});

	it('finds columns by name in any order and case', () => {
		const [item] = extractActionItems(
			postMortem(`| Issue | status | PRIORITY | Action | due date | owner |
| --- | --- | --- | --- | --- | --- |
| OPS-9 | In progress | P0 | Rotate the key | 2035-03-01 | Sec team |`),
		);
		expect(item).toMatchObject({
			action: 'Rotate the key',
			owner: 'Sec team',
			due: '2035-03-01',
			priority: 'P0',
			status: 'In progress',
		});
	});

	it('gives empty strings for missing cells and missing columns', () => {
		const items = extractActionItems(
			postMortem(`| Action | Owner | Due Date | Status |
| --- | --- | --- | --- |
| Short row | Ana |
| Empty cells |  |  |  |`),
		);
		expect(items).toHaveLength(2);
		expect(items[0]).toMatchObject({
			action: 'Short row',
			owner: 'Ana',
			due: '',
			priority: '',
			status: undefined,
			statusText: '',
		});
		expect(items[1]).toMatchObject({
			action: 'Empty cells',
			owner: '',
			due: '',
			status: undefined,
		});
	});

	it('skips rows without an action', () => {
		const items = extractActionItems(
			postMortem(`| Action | Owner | Due Date | Priority | Status |
| --- | --- | --- | --- | --- |
|  | Ana | 2035-01-01 | P1 | Open |
| Real one | Ben | 2035-01-02 | P2 | Open |`),
		);
		expect(items.map((item) => item.action)).toEqual(['Real one']);
	});

	it('normalises statuses case-insensitively and keeps unknown ones as text', () => {
		const items = extractActionItems(
			postMortem(`| Action | Owner | Due Date | Priority | Status |
| --- | --- | --- | --- | --- |
| A | x | 2035-01-01 | P1 | open |
| B | x | 2035-01-01 | P1 | IN PROGRESS |
| C | x | 2035-01-01 | P1 |  done  |
| D | x | 2035-01-01 | P1 | WON'T DO |
| E | x | 2035-01-01 | P1 | Blocked |`),
		);
		expect(items.map((item) => item.status)).toEqual([
			'Open',
			'In progress',
			'Done',
			"Won't do",
			undefined,
		]);
		expect(items[4]?.statusText).toBe('Blocked');
	});

	it('reads cell text without Markdown formatting', () => {
		const [item] = extractActionItems(
			postMortem(`| Action | Owner | Due Date | Priority | Status |
| --- | --- | --- | --- | --- |
| Set \`idle_timeout\` in the [config](/x/) **now** | Ana | 2035-01-01 | P1 | Open |`),
		);
		expect(item?.action).toBe('Set idle_timeout in the config now');
	});

	it('returns nothing without an Action Items section, table or Action column', () => {
		expect(extractActionItems('## Summary\n\nNo action items here.\n')).toEqual([]);
		expect(extractActionItems(postMortem('We will add them after the review.'))).toEqual([]);
		expect(
			extractActionItems(
				postMortem(`| Task | Owner |
| --- | --- |
| Something | Ana |`),
			),
		).toEqual([]);
		expect(extractActionItems('')).toEqual([]);
	});

	it('reads only the Action Items table, whatever the heading case', () => {
		const text = `## Timeline

| Action | Owner | Due Date | Priority | Status |
| --- | --- | --- | --- | --- |
| Not an action item | Ana | 2035-01-01 | P1 | Open |

## action items:

| Action | Owner | Due Date | Priority | Status |
| --- | --- | --- | --- | --- |
| The action item | Ben | 2035-01-01 | P1 | Open |
`;
		expect(extractActionItems(text).map((item) => item.action)).toEqual(['The action item']);
	});

	it('never throws on unparseable MDX', () => {
		expect(extractActionItems('## Action Items\n\n<div>\n\n{oops\n')).toEqual([]);
	});

	it('reads plain Markdown too, and works on a tree parsed once', () => {
		const text = postMortem(`| Action | Owner | Due Date | Priority | Status |
| --- | --- | --- | --- | --- |
| A <b>bold</b> move | Ana | 2035-01-01 | P1 | Open |`);
		expect(extractActionItems(text, { mdx: false })[0]?.action).toBe('A <b>bold</b> move');
		const parsed = parseMarkdown(text, true);
		if (!('tree' in parsed)) throw new Error('parse failed');
		expect(actionItemsFromTree(parsed.tree)).toEqual(extractActionItems(text));
	});

	it('reads every starter post-mortem: each has items, each with a known status', () => {
		const folder = join(REPO_ROOT, 'src', 'content', 'incidents');
		const files = readdirSync(folder).filter((file) => file.endsWith('.mdx'));
		expect(files.length).toBeGreaterThan(0);
		for (const file of files) {
			const text = readFileSync(join(folder, file), 'utf8');
			const items = extractActionItems(text);
			expect(items.length, file).toBeGreaterThan(0);
			for (const item of items) {
				expect(item.status, `${file}: ${item.action}`).toBeDefined();
				expect(item.due, `${file}: ${item.action}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				expect(text.split('\n')[item.line - 1]).toContain(item.owner);
			}
		}
	});
});

describe('statuses', () => {
	it('only Open and In progress count as open', () => {
		expect(isOpenStatus('Open')).toBe(true);
		expect(isOpenStatus('In progress')).toBe(true);
		expect(isOpenStatus('Done')).toBe(false);
		expect(isOpenStatus("Won't do")).toBe(false);
		expect(isOpenStatus(undefined)).toBe(false);
	});

	it('normaliseStatus ignores case and surrounding space, not spelling', () => {
		expect(normaliseStatus(' in progress ')).toBe('In progress');
		expect(normaliseStatus('')).toBeUndefined();
		expect(normaliseStatus('In-progress')).toBeUndefined();
	});
});
