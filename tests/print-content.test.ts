import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nextRunDue } from '../src/print/cadence.ts';
import {
	compareHandbookPages,
	entryAnchor,
	hasTaskListSource,
	isIncidentChecklist,
} from '../src/print/collections.ts';
import { printedAt } from '../src/print/printed.ts';
import { scopeHtml } from '../src/print/scope-html.ts';
import { taskListSections } from '../src/print/sections.ts';
import { checklistStamp, incidentStamp, pageSubject, runbookStamp } from '../src/print/stamp.ts';

describe('next run of a checklist', () => {
	it('adds one period of its cadence, in UTC', () => {
		expect(nextRunDue('2026-11-20', 'daily')).toBe('2026-11-21');
		expect(nextRunDue('2026-12-28', 'weekly')).toBe('2027-01-04');
		expect(nextRunDue('2026-11-20', 'monthly')).toBe('2026-12-20');
		expect(nextRunDue('2026-11-20', 'quarterly')).toBe('2027-02-20');
		expect(nextRunDue('2026-02-28', 'yearly')).toBe('2027-02-28');
	});
	it('keeps to the end of a shorter month instead of spilling into the next', () => {
		expect(nextRunDue('2027-01-31', 'monthly')).toBe('2027-02-28');
		expect(nextRunDue('2028-01-31', 'monthly')).toBe('2028-02-29');
		expect(nextRunDue('2026-11-30', 'quarterly')).toBe('2027-02-28');
		expect(nextRunDue('2028-02-29', 'yearly')).toBe('2029-02-28');
	});
	it('has no next date on demand, for an unknown cadence or a malformed date', () => {
		expect(nextRunDue('2026-11-20', 'on-demand')).toBeUndefined();
		expect(nextRunDue('2026-11-20', 'fortnightly')).toBeUndefined();
		expect(nextRunDue('20 Nov 2026', 'weekly')).toBeUndefined();
	});
});

describe('what a page shows, for its print footer', () => {
	it('recognises runbooks, checklists and post-mortems by their route', () => {
		expect(pageSubject('/runbooks/disk-filling-up/', '/')).toEqual({
			kind: 'runbook',
			id: 'disk-filling-up',
		});
		expect(pageSubject('/maintenance/weekly/', '/')).toEqual({ kind: 'checklist', id: 'weekly' });
		expect(pageSubject('/incidents/2026-03-11-checkout/', '/')).toEqual({
			kind: 'incident',
			id: '2026-03-11-checkout',
		});
		expect(pageSubject('/print/checklists/', '/')).toEqual({
			kind: 'collection',
			id: 'checklists',
		});
	});
	it('strips the base path the site is served under, with or without its slash', () => {
		expect(pageSubject('/handbook/runbooks/disk-filling-up/', '/handbook/')).toEqual({
			kind: 'runbook',
			id: 'disk-filling-up',
		});
		expect(pageSubject('/handbook/runbooks/x/', '/handbook')).toEqual({ kind: 'runbook', id: 'x' });
		expect(pageSubject('/runbooks/x/', '/handbook/')).toEqual({ kind: 'page' });
	});
	it('treats catalogs, handbook pages and deeper routes as ordinary pages', () => {
		for (const path of ['/', '/runbooks/', '/handbook/roles/', '/reference/rules/file/empty/'])
			expect(pageSubject(path, '/')).toEqual({ kind: 'page' });
	});
});

describe('dating lines', () => {
	it('a runbook gives its next review and last review, and says when review is overdue', () => {
		expect(runbookStamp({ lastReviewed: '2026-11-20', due: '2027-05-19', overdue: false })).toEqual(
			{
				text: 'Review due 2027-05-19 (last reviewed 2026-11-20).',
				stale: false,
			},
		);
		expect(runbookStamp({ lastReviewed: '2025-01-01', due: '2025-04-01', overdue: true })).toEqual({
			text: 'Review overdue: it was due 2025-04-01 (last reviewed 2025-01-01).',
			stale: true,
		});
	});
	it('a checklist gives its cadence, last completion and next run, stale once that has passed', () => {
		const weekly = { cadence: 'weekly', last_completed: '2026-11-20' };
		expect(checklistStamp(weekly, '2026-11-23')).toEqual({
			text: 'Runs weekly; last completed 2026-11-20, next run due 2026-11-27.',
			stale: false,
		});
		expect(checklistStamp(weekly, '2026-11-28')).toEqual({
			text: 'Runs weekly; last completed 2026-11-20, next run was due 2026-11-27.',
			stale: true,
		});
		expect(checklistStamp({ cadence: 'monthly' }, '2026-11-28').text).toBe(
			'Runs monthly; no completion recorded.',
		);
		expect(
			checklistStamp({ cadence: 'on-demand', last_completed: '2026-01-02' }, '2026-11-28'),
		).toEqual({ text: 'Run on demand; last completed 2026-01-02.', stale: false });
	});
	it('a post-mortem gives its status and date, and warns while it is not final', () => {
		expect(incidentStamp({ status: 'final', date: '2026-03-11' }).text).toBe(
			'Post-mortem status: Final. Incident of 2026-03-11.',
		);
		expect(incidentStamp({ status: 'in-review', date: '2026-03-11' }).text).toBe(
			'Post-mortem status: In review. Incident of 2026-03-11. It may still change.',
		);
	});
	it('the printed time is UTC to the minute, whatever the local zone', () => {
		// Vitest runs at UTC+14: a local-time slip would show as the next day.
		expect(printedAt(new Date('2026-05-01T14:03:59.900Z'))).toBe('2026-05-01 14:03 UTC');
		expect(printedAt(new Date('2026-12-31T23:59:00Z'))).toBe('2026-12-31 23:59 UTC');
	});
});

describe('incident checklists for the print collection', () => {
	it('finds task lists, nested or numbered, but not the examples inside code fences', () => {
		expect(hasTaskListSource('Intro\n\n- [ ] Do it\n')).toBe(true);
		expect(hasTaskListSource('1. [x] Done\n')).toBe(true);
		expect(hasTaskListSource('- Parent\n    - [ ] Child\n')).toBe(true);
		expect(hasTaskListSource('```md\n- [ ] Example\n```\n')).toBe(false);
		expect(hasTaskListSource('````mdx\n```sh\nls\n```\n- [ ] Still inside\n````\n')).toBe(false);
		expect(hasTaskListSource('~~~\n- [ ] Example\n~~~\n\n* [X] Real\n')).toBe(true);
		expect(hasTaskListSource('- [link](/x/) is not a task\n- [] nor this\n')).toBe(false);
	});
	it('counts only handbook pages', () => {
		const body = '- [ ] Check';
		expect(isIncidentChecklist({ id: 'handbook/incident-process', body })).toBe(true);
		expect(isIncidentChecklist({ id: 'handbook/operations/on-call', body })).toBe(true);
		expect(isIncidentChecklist({ id: 'guides/writing-checklists', body })).toBe(false);
		expect(isIncidentChecklist({ id: 'handbook/roles', body: 'No tasks.' })).toBe(false);
		expect(isIncidentChecklist({ id: 'handbook/roles' })).toBe(false);
	});
	it('finds the starter handbook’s checklists and none of the guides’ examples', () => {
		const root = 'src/content/docs';
		const pages = readdirSync(root, { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.md'))
			.map((file) => ({
				id: file.replace(/\.md$/, ''),
				body: readFileSync(join(root, file), 'utf8'),
			}));
		const found = pages.filter(isIncidentChecklist).map((page) => page.id);
		expect(found).toContain('handbook/incident-process');
		expect(found.every((id) => id.startsWith('handbook/'))).toBe(true);
		expect(found).not.toContain('handbook/roles');
	});
	it('orders pages as the sidebar does: folder first, then sidebar order, then title', () => {
		const pages = [
			{ id: 'handbook/operations/rollback', title: 'Rollback', order: 7 },
			{ id: 'handbook/training', title: 'Training', order: 6 },
			{ id: 'handbook/zeta', title: 'Zeta' },
			{ id: 'handbook/operations/backups', title: 'Backups', order: 4 },
			{ id: 'handbook/incident-process', title: 'Incident process', order: 1 },
			{ id: 'handbook/alpha', title: 'Alpha' },
		];
		expect(pages.sort(compareHandbookPages).map((page) => page.id)).toEqual([
			'handbook/incident-process',
			'handbook/training',
			'handbook/alpha',
			'handbook/zeta',
			'handbook/operations/backups',
			'handbook/operations/rollback',
		]);
	});
	it('gives each document an anchor that is unique per kind and a valid id', () => {
		expect(entryAnchor('page', 'handbook/operations/on-call')).toBe(
			'page-handbook-operations-on-call',
		);
		expect(entryAnchor('checklist', 'weekly')).not.toBe(entryAnchor('runbook', 'weekly'));
	});
});

describe('one document among many on a page', () => {
	const html = [
		'<h2 id="trigger">Trigger</h2>',
		'<p>See <a href="#impact">impact</a>, <a href="#elsewhere">a left-out part</a> and <a href="/runbooks/x/#trigger">another runbook</a>.</p>',
		'<h3 id="impact">Impact</h3>',
		'<div role="region" aria-labelledby="impact cap" tabindex="0"><table><caption id="cap">Causes</caption></table></div>',
		'<label for="impact">x</label>',
		'<pre><code>&lt;h2 id="trigger"&gt; and <span>id="impact"</span></code></pre>',
		'<script>const s = "<h2 id=\\"trigger\\">";</script>',
		'<!-- <h2 id="trigger"> -->',
	].join('\n');
	const scoped = scopeHtml(html, { prefix: 'runbook-a', demote: 1, page: '/runbooks/a/' });

	it('prefixes every id and every reference to one', () => {
		expect(scoped).toContain('<h3 id="runbook-a--trigger">Trigger</h3>');
		expect(scoped).toContain('<h4 id="runbook-a--impact">Impact</h4>');
		expect(scoped).toContain('href="#runbook-a--impact"');
		expect(scoped).toContain('aria-labelledby="runbook-a--impact runbook-a--cap"');
		expect(scoped).toContain('<caption id="runbook-a--cap">');
		expect(scoped).toContain('<label for="runbook-a--impact">');
	});
	it('sends in-page links to left-out parts to the document’s own page', () => {
		expect(scoped).toContain('href="/runbooks/a/#elsewhere"');
		expect(scoped).toContain('href="/runbooks/x/#trigger"');
	});
	it('leaves code, scripts and comments exactly as they were', () => {
		expect(scoped).toContain('<pre><code>&lt;h2 id="trigger"&gt; and <span>id="impact"</span>');
		expect(scoped).toContain('<script>const s = "<h2 id=\\"trigger\\">";</script>');
		expect(scoped).toContain('<!-- <h2 id="trigger"> -->');
	});
	it('moves Starlight’s heading wrapper down with its heading, and stops at h6', () => {
		const wrapped = scopeHtml(
			'<div class="sl-heading-wrapper level-h2"><h2 id="a">A</h2></div><h6 id="b">B</h6>',
			{ prefix: 'p', demote: 1 },
		);
		expect(wrapped).toBe(
			'<div class="sl-heading-wrapper level-h3"><h3 id="p--a">A</h3></div><h6 id="p--b">B</h6>',
		);
	});
	it('reads attributes in single quotes and attributes holding ">"', () => {
		expect(
			scopeHtml(`<a data-code="a > b" href='#x'>x</a><span id='x'></span>`, { prefix: 'p' }),
		).toBe(`<a data-code="a > b" href='#p--x'>x</a><span id='p--x'></span>`);
	});
	it('two documents with the same headings end up with distinct ids', () => {
		const one = scopeHtml('<h2 id="trigger">T</h2>', { prefix: 'runbook-a' });
		const two = scopeHtml('<h2 id="trigger">T</h2>', { prefix: 'runbook-b' });
		expect(one).not.toBe(two);
	});
});

describe('the checklist sections of a handbook page', () => {
	const task = (text: string) =>
		`<ul class="contains-task-list"><li class="task-list-item"><input type="checkbox" disabled> ${text}</li></ul>`;
	const wrapper = (id: string) =>
		`<div class="sl-heading-wrapper level-h2"><h2 id="${id}">${id}</h2><a class="sl-anchor-link" href="#${id}">#</a></div>`;

	it('keeps the sections that hold a task list, with their subsections, and drops the rest', () => {
		const html = `<p>Intro</p>${wrapper('process')}<p>Prose</p>${wrapper('checklist')}<h3 id="first">First</h3>${task('Do it')}${wrapper('after')}<p>More prose</p>`;
		const kept = taskListSections(html);
		expect(kept).toBe(`${wrapper('checklist')}<h3 id="first">First</h3>${task('Do it')}`);
	});
	it('never separates a heading from its wrapper, so the markup stays balanced', () => {
		const kept = taskListSections(`${wrapper('a')}<p>x</p>${wrapper('b')}${task('y')}`);
		expect(kept.match(/<div/g)?.length).toBe(kept.match(/<\/div>/g)?.length);
	});
	it('works with plain headings, and keeps everything when no section holds a task list', () => {
		expect(taskListSections(`<h2 id="a">A</h2><p>x</p><h2 id="b">B</h2>${task('y')}`)).toBe(
			`<h2 id="b">B</h2>${task('y')}`,
		);
		expect(taskListSections('<h2>A</h2><p>x</p>')).toBe('<h2>A</h2><p>x</p>');
	});
});
