import { describe, expect, it } from 'vitest';
import {
	countOf,
	summariseActionItems,
	summariseReviews,
	type RunbookReview,
} from '../../src/tools/home/summary.ts';
import { item, postMortem, PRIORITIES } from '../helpers/action-items.ts';

describe('summariseActionItems', () => {
	const content = [
		postMortem('2026-01-01-a', [
			item('Fix the timeout', '2026-12-01'),
			item('Already done', '2026-01-10', { status: 'Done', statusText: 'Done' }),
			item('Declined', '2026-01-10', { status: "Won't do", statusText: "Won't do" }),
		]),
		postMortem('2026-02-01-b', [
			item('Add the alert', '2026-12-15', { status: 'In progress', statusText: 'In progress' }),
			item('Rotate the key', '2026-12-01', { priority: 'P0' }),
		]),
	];

	it('before every due date: all open, none overdue, soonest first', () => {
		const summary = summariseActionItems(content, '2026-11-23', { priorities: PRIORITIES });
		expect(summary.openCount).toBe(3);
		expect(summary.overdueCount).toBe(0);
		expect(summary.overdue).toEqual([]);
		// Same date: the P0 comes before the P2.
		expect(summary.upcoming.map((entry) => entry.action)).toEqual([
			'Rotate the key',
			'Fix the timeout',
			'Add the alert',
		]);
		expect(summary.upcoming[0]).toMatchObject({
			overdue: false,
			daysOverdue: 0,
			daysLeft: 8,
			postMortem: {
				id: '2026-02-01-b',
				title: 'Title of 2026-02-01-b',
				url: '/incidents/2026-02-01-b/',
			},
			// The row on the post-mortem page, as /action-items/ links to it.
			anchor: 'action-rotate-the-key',
			url: '/incidents/2026-02-01-b/#action-rotate-the-key',
		});
		expect(summary.notShown).toBe(0);
	});

	it('on the due date an item is due today, not overdue', () => {
		const summary = summariseActionItems(content, '2026-12-01');
		expect(summary.overdueCount).toBe(0);
		expect(summary.upcoming[0]?.daysLeft).toBe(0);
	});

	it('the day after, it is overdue and listed first', () => {
		const summary = summariseActionItems(content, '2026-12-02', { priorities: PRIORITIES });
		expect(summary.overdueCount).toBe(2);
		expect(summary.overdue.map((entry) => entry.action)).toEqual([
			'Rotate the key',
			'Fix the timeout',
		]);
		expect(summary.overdue[0]).toMatchObject({
			overdue: true,
			daysOverdue: 1,
			daysLeft: undefined,
		});
		expect(summary.upcoming.map((entry) => entry.action)).toEqual(['Add the alert']);
	});

	it('Done and Won’t do items never count, even long past their date', () => {
		const summary = summariseActionItems(content, '2030-01-01');
		expect(summary.openCount).toBe(3);
		expect(summary.overdue.map((entry) => entry.action)).not.toContain('Already done');
		expect(summary.overdue.map((entry) => entry.action)).not.toContain('Declined');
	});

	it('an unknown status is not counted as open', () => {
		const summary = summariseActionItems(
			[
				postMortem('x', [
					item('Mystery', '2020-01-01', { status: undefined, statusText: 'Blocked' }),
				]),
			],
			'2026-11-23',
		);
		expect(summary.openCount).toBe(0);
	});

	it('an item without a readable due date is open, never overdue, and sorts last', () => {
		const summary = summariseActionItems(
			[
				postMortem('x', [
					item('No date', ''),
					item('Bad date', '2026-02-30'),
					item('Dated', '2027-01-01'),
				]),
			],
			'2026-11-23',
		);
		expect(summary.overdueCount).toBe(0);
		expect(summary.upcoming.map((entry) => entry.action)).toEqual(['Dated', 'No date', 'Bad date']);
		expect(summary.upcoming[1]?.daysLeft).toBeUndefined();
	});

	const many = postMortem(
		'x',
		Array.from({ length: 20 }, (_, index) =>
			item(`Item ${index}`, `2026-11-${String(index + 1).padStart(2, '0')}`),
		),
	);
	const actions = (items: ReadonlyArray<{ action: string }>) => items.map((entry) => entry.action);

	it('with nothing overdue, lists the first five open items', () => {
		const summary = summariseActionItems([many], '2026-10-01');
		expect(summary.openCount).toBe(20);
		expect(actions(summary.upcoming)).toEqual(['Item 0', 'Item 1', 'Item 2', 'Item 3', 'Item 4']);
		expect(summary.notShown).toBe(15);
	});

	it('fills the list with upcoming items after the overdue ones', () => {
		const summary = summariseActionItems([many], '2026-11-03');
		expect(actions(summary.overdue)).toEqual(['Item 0', 'Item 1']);
		expect(actions(summary.upcoming)).toEqual(['Item 2', 'Item 3', 'Item 4']);
	});

	it('lists every overdue item up to its own cap, and still a couple of upcoming ones', () => {
		const summary = summariseActionItems([many], '2026-11-11');
		expect(summary.overdueCount).toBe(10);
		expect(summary.overdue).toHaveLength(10);
		expect(actions(summary.upcoming)).toEqual(['Item 10', 'Item 11']);
		expect(summary.notShown).toBe(8);
		const capped = summariseActionItems([many], '2026-11-11', {
			overdueLimit: 3,
			limit: 4,
			minUpcoming: 0,
		});
		expect(actions(capped.overdue)).toEqual(['Item 0', 'Item 1', 'Item 2']);
		expect(actions(capped.upcoming)).toEqual(['Item 10']);
		expect(capped.notShown).toBe(16);
	});

	it('no post-mortems: nothing open', () => {
		expect(summariseActionItems([], '2026-11-23')).toEqual({
			openCount: 0,
			overdueCount: 0,
			overdue: [],
			upcoming: [],
			notShown: 0,
		});
	});
});

describe('summariseReviews', () => {
	const runbook = (slug: string, due: string): RunbookReview => ({
		slug,
		title: `Runbook ${slug}`,
		url: `/runbooks/${slug}/`,
		owner: 'platform-team',
		due,
	});
	const runbooks = [
		runbook('later', '2027-06-01'),
		runbook('soon', '2026-12-10'),
		runbook('stale', '2026-10-01'),
		runbook('staler', '2026-09-01'),
		runbook('edge', '2026-12-23'),
	];

	it('overdue first (longest overdue first), then due within 30 days', () => {
		const summary = summariseReviews(runbooks, '2026-11-23');
		expect(summary.overdueCount).toBe(2);
		expect(summary.dueSoonCount).toBe(2);
		expect(summary.windowDays).toBe(30);
		expect(summary.shown.map((entry) => [entry.slug, entry.overdue, entry.daysOverdue])).toEqual([
			['staler', true, 83],
			['stale', true, 53],
			['soon', false, -17],
			['edge', false, -30],
		]);
		expect(summary.notShown).toBe(0);
	});

	it('moving today moves the lists: before any date nothing is overdue', () => {
		const summary = summariseReviews(runbooks, '2026-06-01');
		expect(summary.overdueCount).toBe(0);
		expect(summary.shown).toEqual([]);
		const dueDay = summariseReviews(runbooks, '2026-09-01');
		expect(dueDay.overdueCount).toBe(0);
		expect(dueDay.shown.map((entry) => entry.slug)).toEqual(['staler', 'stale']);
		const dayAfter = summariseReviews(runbooks, '2026-09-02');
		expect(dayAfter.overdueCount).toBe(1);
	});

	it('caps the list and counts the rest', () => {
		const summary = summariseReviews(runbooks, '2027-12-01', { limit: 2, windowDays: 7 });
		expect(summary.overdueCount).toBe(5);
		expect(summary.shown.map((entry) => entry.slug)).toEqual(['staler', 'stale']);
		expect(summary.notShown).toBe(3);
	});

	it('ignores unreadable dates', () => {
		expect(summariseReviews([runbook('broken', 'soon')], '2026-11-23').shown).toEqual([]);
	});
});

describe('countOf', () => {
	it('pluralises', () => {
		expect(countOf(1, 'action item')).toBe('1 action item');
		expect(countOf(0, 'action item')).toBe('0 action items');
		expect(countOf(3, 'runbook is', 'runbooks are')).toBe('3 runbooks are');
	});
});
