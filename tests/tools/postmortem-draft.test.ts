import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import {
	buildDraft,
	CLOCK_EVENTS,
	draftFileName,
	NOTHING_TO_DRAFT,
	PLACEHOLDERS,
	runbookSlug,
	type DraftInput,
} from '../../src/tools/postmortem-draft/draft.ts';
import {
	NEARBY_MS,
	selectTicks,
	type DraftChecklist,
} from '../../src/tools/postmortem-draft/select.ts';
import { draftTimes } from '../../src/tools/postmortem-draft/times.ts';
import { mdxText, timelineCell } from '../../src/tools/postmortem-draft/text.ts';
import { readSaved, type StorageLike } from '../../src/tools/postmortem-draft/storage.ts';
import {
	postmortemTemplate,
	timelineTimes,
	yamlScalar,
} from '../../src/engine/scaffold/templates.ts';
import { examplePriority } from '../../src/engine/scaffold/values.ts';
import {
	describeTicks,
	emptyState,
	parseState,
	serialiseState,
	storageKey,
	tickItem,
} from '../../src/tools/checklist/state.ts';
import { serialiseStored, STORAGE_KEY } from '../../src/tools/sla-clock/state.ts';
import type { ClockLevel, ClockState } from '../../src/tools/sla-clock/clock.ts';
import { TODAY, validateWith } from '../helpers/handbook.ts';

/*
 * The post-mortem draft the SLA clock and the checklist tracker download. Every draft is run
 * through the validator with the test handbook's scales (SEV1–SEV3, P0–P2, one runbook
 * "disk-full"), as if pasted into src/content/incidents/.
 */

const at = (iso: string) => Date.parse(iso);
const LEVELS: ClockLevel[] = ['SEV1', 'SEV2', 'SEV3'].map((id) => ({ id, name: id, targets: {} }));
const SEVERITIES = LEVELS.map((level) => level.id);

function draft(input: Partial<DraftInput> & Pick<DraftInput, 'now'>) {
	const result = buildDraft({ severities: SEVERITIES, priority: 'P1', checklists: [], ...input });
	if (!result.ok) throw new Error(result.message);
	return result;
}

/** The problems the validator reports for a draft saved under its own file name. */
function problems(fileName: string, text: string, today = TODAY): string[] {
	const path = `src/content/incidents/${fileName}`;
	const report = validateWith({ [path]: text }, { today });
	return report.problems
		.filter((problem) => problem.file === path)
		.map((problem) => `${problem.ruleId}: ${problem.message}`);
}

function frontmatterOf(text: string): Record<string, unknown> {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
	if (!match) throw new Error('The draft has no frontmatter.');
	return parse(match[1]!) as Record<string, unknown>;
}

/** The Timeline table's rows, as [time, event] pairs. */
function timelineRows(text: string): Array<[string, string]> {
	const section = text.split('\n## Timeline\n')[1]!.split('\n## ')[0]!;
	return section
		.split('\n')
		.filter(
			(line) => line.startsWith('| ') && !line.startsWith('| Time') && !line.startsWith('| ---'),
		)
		.map((line) => {
			const cells = line.slice(2, -2).split(/ (?<!\\)\| /);
			return [cells[0]!, cells[1]!];
		});
}

function checklist(path: string, title: string, ticks: Array<[string, string?]>): DraftChecklist {
	return { path, title, ticks: ticks.map(([time, text]) => ({ at: time, text })) };
}

const RESOLVED_CLOCK: ClockState = {
	severity: 'SEV2',
	start: at('2026-11-23T09:00:00Z'),
	ack: at('2026-11-23T09:04:30Z'),
	mitigated: at('2026-11-23T09:30:00Z'),
	resolved: at('2026-11-23T10:15:00Z'),
};

describe('post-mortem draft: clock only', () => {
	const result = draft({ now: at('2026-11-23T10:20:00Z'), clock: RESOLVED_CLOCK });

	it('takes the severity and every time from the clock, and detected_at from the start', () => {
		expect(result.fileName).toBe('2026-11-23-incident.mdx');
		expect(frontmatterOf(result.text)).toEqual({
			title: PLACEHOLDERS.title,
			severity: 'SEV2',
			status: 'draft',
			started_at: '2026-11-23T09:00:00Z',
			detected_at: '2026-11-23T09:00:00Z',
			acknowledged_at: '2026-11-23T09:04:30Z',
			mitigated_at: '2026-11-23T09:30:00Z',
			resolved_at: '2026-11-23T10:15:00Z',
			incident_commander: PLACEHOLDERS.commander,
			services: [PLACEHOLDERS.service],
			runbooks: [],
		});
	});

	it('writes one timeline row per clock event, in time order', () => {
		expect(timelineRows(result.text)).toEqual([
			['09:00', CLOCK_EVENTS.start],
			['09:04', CLOCK_EVENTS.ack],
			['09:30', CLOCK_EVENTS.mitigated],
			['10:15', CLOCK_EVENTS.resolved],
		]);
	});

	it('names only detected_at as an estimate', () => {
		expect(result.text).toContain('This draft was made in the handbook from the SLA clock.');
		expect(result.text).toContain('- detected_at is the same as started_at');
		expect(result.text).not.toMatch(/- (?:acknowledged|mitigated|resolved)_at is/);
	});

	it('validates as a draft with no problem at all', () => {
		expect(problems(result.fileName, result.text)).toEqual([]);
		expect(result.message).toBe(
			'Downloaded 2026-11-23-incident.mdx. Save it in src/content/incidents/ and fill in the [bracketed] fields.',
		);
	});
});

describe('post-mortem draft: ticks only', () => {
	const page = checklist('/runbooks/disk-full/', 'Disk full', [
		['2026-11-23T14:05:00.000Z', 'Rotate the logs with `logrotate -f`'],
		['2026-11-23T14:01:00.000Z', 'Acknowledge the page'],
		['2026-11-23T14:12:40.000Z', 'Confirm **writes** succeed'],
	]);
	const result = draft({
		now: at('2026-11-23T14:20:00Z'),
		checklists: [page],
		current: page.path,
	});
	const data = frontmatterOf(result.text);

	it('starts at the first tick, and fills the rest from the ticks', () => {
		expect(data['started_at']).toBe('2026-11-23T14:01:00Z');
		expect(data['detected_at']).toBe('2026-11-23T14:01:00Z');
		expect(data['acknowledged_at']).toBe('2026-11-23T14:01:00Z');
		expect(data['mitigated_at']).toBe('2026-11-23T14:12:40Z');
		expect(data['resolved_at']).toBe('2026-11-23T14:12:40Z');
	});

	it('uses the least severe level, and says so among the estimates', () => {
		expect(data['severity']).toBe('SEV3');
		expect(result.text).toContain(
			'- severity is SEV3, the least severe level: no SLA clock was running in this browser',
		);
		for (const field of ['started_at', 'acknowledged_at', 'mitigated_at', 'resolved_at'])
			expect(result.text).toContain(`- ${field} is`);
	});

	it('lists the runbook the steps were ticked on, and names the page in the guidance', () => {
		expect(data['runbooks']).toEqual(['disk-full']);
		expect(result.text).toContain('from the steps ticked on Disk full.');
	});

	it('writes the ticked steps as rows in tick order', () => {
		expect(timelineRows(result.text)).toEqual([
			['14:01', 'Acknowledge the page'],
			['14:05', 'Rotate the logs with `logrotate -f`'],
			['14:12', 'Confirm **writes** succeed'],
		]);
	});

	it('validates as a draft with no problem at all', () => {
		expect(problems(result.fileName, result.text)).toEqual([]);
	});
});

describe('post-mortem draft: clock and ticks across UTC midnight', () => {
	const clock: ClockState = {
		severity: 'SEV1',
		start: at('2026-11-22T23:40:00Z'),
		ack: at('2026-11-22T23:44:00Z'),
		mitigated: at('2026-11-23T00:20:00Z'),
		resolved: at('2026-11-23T01:30:00Z'),
	};
	const runbook = checklist('/runbooks/disk-full/', 'Disk full', [
		['2026-11-22T23:50:00.000Z', 'Check free space'],
		['2026-11-23T00:10:00.000Z', 'Rotate the logs'],
	]);
	const weekly = checklist('/maintenance/weekly/', 'Weekly', [
		['2026-11-23T00:15:00.000Z', 'Check backups'],
		// Last week's maintenance: not part of this incident.
		['2026-11-16T10:00:00.000Z', 'Renew certificates'],
	]);
	const result = draft({ now: at('2026-11-23T02:00:00Z'), clock, checklists: [runbook, weekly] });

	it('names the file after the UTC start date', () => {
		expect(result.fileName).toBe('2026-11-22-incident.mdx');
	});

	it('merges clock events and ticks in time order, with the date on each new day', () => {
		expect(timelineRows(result.text)).toEqual([
			['2026-11-22 23:40', CLOCK_EVENTS.start],
			['23:44', CLOCK_EVENTS.ack],
			['23:50', 'Check free space'],
			['2026-11-23 00:10', 'Rotate the logs'],
			['00:15', 'Check backups'],
			['00:20', CLOCK_EVENTS.mitigated],
			['01:30', CLOCK_EVENTS.resolved],
		]);
		expect(result.text).toContain(
			'from the SLA clock and the steps ticked on Disk full and Weekly.',
		);
	});

	it('validates as a draft with no problem at all', () => {
		expect(problems(result.fileName, result.text)).toEqual([]);
	});
});

describe('post-mortem draft: an incident still running', () => {
	it('fills mitigated_at and resolved_at from the latest known time, and says so', () => {
		const clock: ClockState = {
			severity: 'SEV1',
			start: at('2026-11-23T09:00:00Z'),
			ack: at('2026-11-23T09:03:00Z'),
		};
		const page = checklist('/runbooks/disk-full/', 'Disk full', [
			['2026-11-23T09:10:00.000Z', 'Check free space'],
			['2026-11-23T09:25:00.000Z', 'Rotate the logs'],
		]);
		const result = draft({
			now: at('2026-11-23T09:40:00Z'),
			clock,
			checklists: [page],
			current: page.path,
		});
		const data = frontmatterOf(result.text);
		expect(data['acknowledged_at']).toBe('2026-11-23T09:03:00Z');
		expect(data['mitigated_at']).toBe('2026-11-23T09:25:00Z');
		expect(data['resolved_at']).toBe('2026-11-23T09:25:00Z');
		expect(result.text).toContain(
			'- mitigated_at is the latest time this browser knows of (2026-11-23 09:25 UTC): mitigation was not marked on the SLA clock.',
		);
		expect(result.text).toContain(
			'- resolved_at is the latest time this browser knows of (2026-11-23 09:25 UTC): the resolution was not marked on the SLA clock.',
		);
		// No row claims a mitigation or resolution that did not happen.
		expect(timelineRows(result.text).map(([, event]) => event)).toEqual([
			CLOCK_EVENTS.start,
			CLOCK_EVENTS.ack,
			'Check free space',
			'Rotate the logs',
		]);
		expect(problems(result.fileName, result.text)).toEqual([]);
	});

	it('with only a start, every time is the start', () => {
		const result = draft({
			now: at('2026-11-23T09:01:00Z'),
			clock: { severity: 'SEV2', start: at('2026-11-23T09:00:00Z') },
		});
		const data = frontmatterOf(result.text);
		for (const field of ['detected_at', 'acknowledged_at', 'mitigated_at', 'resolved_at'])
			expect(data[field]).toBe('2026-11-23T09:00:00Z');
		expect(timelineRows(result.text)).toEqual([['09:00', CLOCK_EVENTS.start]]);
		expect(problems(result.fileName, result.text)).toEqual([]);
	});

	it('keeps acknowledged_at at or before mitigated_at when the acknowledgement was marked late', () => {
		const clock: ClockState = {
			severity: 'SEV2',
			start: at('2026-11-23T09:00:00Z'),
			ack: at('2026-11-23T09:40:00Z'),
			mitigated: at('2026-11-23T09:30:00Z'),
		};
		const result = draft({ now: at('2026-11-23T10:00:00Z'), clock });
		const data = frontmatterOf(result.text);
		expect(data['acknowledged_at']).toBe('2026-11-23T09:30:00Z');
		expect(data['resolved_at']).toBe('2026-11-23T09:40:00Z');
		expect(result.text).toContain(
			'- acknowledged_at is the mitigated time: the acknowledgement was marked later (2026-11-23 09:40 UTC)',
		);
		// The timeline keeps the times as they were marked.
		expect(timelineRows(result.text)).toEqual([
			['09:00', CLOCK_EVENTS.start],
			['09:30', CLOCK_EVENTS.mitigated],
			['09:40', CLOCK_EVENTS.ack],
		]);
		expect(problems(result.fileName, result.text)).toEqual([]);
	});

	it('estimates the acknowledgement from the first step, or from a later mark', () => {
		const clock: ClockState = {
			severity: 'SEV2',
			start: at('2026-11-23T09:00:00Z'),
			resolved: at('2026-11-23T09:50:00Z'),
		};
		const before = draftTimes(clock, [at('2026-11-23T08:55:00Z'), at('2026-11-23T09:07:00Z')]);
		expect(before?.times.acknowledged).toBe(at('2026-11-23T09:07:00Z'));
		expect(before?.times.mitigated).toBe(at('2026-11-23T09:50:00Z'));
		expect(before?.estimates).toContain(
			'mitigated_at is the resolved time: mitigation was not marked on the SLA clock.',
		);
		const none = draftTimes(clock, []);
		expect(none?.times.acknowledged).toBe(at('2026-11-23T09:50:00Z'));
		expect(none?.estimates).toContain(
			'acknowledged_at is the resolved time: the acknowledgement was not marked on the SLA clock.',
		);
		expect(draftTimes(undefined, [])).toBeUndefined();
	});
});

describe('post-mortem draft: titles that need YAML quoting', () => {
	const titles = [
		'Checkout down: cache deploy',
		'"Quoted" and #hashed',
		'[EU] payments failing',
		'yes',
		'2026-11-23',
		'100% of logins fail',
		'Café — naïve résumé',
		"Won't load, then: {retry}",
		'- dash first',
		'tab\tand back\\slash',
	];
	for (const title of titles) {
		it(`keeps ${JSON.stringify(title)} as the exact title, and the draft validates`, () => {
			const result = draft({ now: at('2026-11-23T10:20:00Z'), clock: RESOLVED_CLOCK, title });
			expect(frontmatterOf(result.text)['title']).toBe(title);
			expect(result.fileName).toMatch(/^2026-11-23-[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/);
			expect(problems(result.fileName, result.text)).toEqual([]);
		});
	}

	it('names the file after a real title, or "incident" for the placeholder', () => {
		expect(draftFileName(at('2026-11-23T09:00:00Z'), 'Checkout down: cache deploy')).toBe(
			'2026-11-23-checkout-down-cache-deploy.mdx',
		);
		expect(draftFileName(at('2026-11-23T09:00:00Z'), PLACEHOLDERS.title)).toBe(
			'2026-11-23-incident.mdx',
		);
		expect(draftFileName(at('2026-11-23T09:00:00Z'), '!!!')).toBe('2026-11-23-incident.mdx');
	});
});

describe('YAML scalars written without the yaml package', () => {
	const tricky = [
		'',
		' ',
		'Priya Raman',
		'Down: again',
		'key:value',
		'ends with colon:',
		'#comment',
		'a #b',
		'- item',
		'? question',
		'[x]',
		'a, b',
		'{a}',
		'*alias',
		'&anchor',
		'!tag',
		'|',
		'>',
		"'single'",
		'"double"',
		'%directive',
		'@handle',
		'`tick`',
		'true',
		'No',
		'off',
		'null',
		'~',
		'0x1F',
		'1e3',
		'.5',
		'.inf',
		'+1',
		'12:30',
		'2026-11-23',
		'2026-11-23T09:00:00Z',
		'trailing ',
		'line\nbreak',
		'carriage\rreturn',
		'nul\u0000char',
		'del\u007fchar',
		'next\u0085line',
		'line\u2028separator',
		'bom\ufeffinside',
		'emoji 🚒 fire',
		'back\\slash',
		'tab\tinside',
		'Ünïcödé',
		'payments.latency:p99',
	];

	it('reads back as the same string in a block, in a flow list, in YAML 1.2 and 1.1', () => {
		for (const value of tricky) {
			for (const version of ['1.2', '1.1'] as const) {
				const block = parse(`key: ${yamlScalar(value)}\n`, { version }) as { key: unknown };
				expect(block.key, `${JSON.stringify(value)} in a block, YAML ${version}`).toBe(value);
				const flow = parse(`key: [${yamlScalar(value)}, other]\n`, { version }) as {
					key: unknown[];
				};
				expect(flow.key, `${JSON.stringify(value)} in a flow list, YAML ${version}`).toEqual([
					value,
					'other',
				]);
			}
		}
	});

	it('stays plain where plain text is unambiguous, as the scaffolder always wrote it', () => {
		expect(yamlScalar('Priya Raman')).toBe('Priya Raman');
		expect(yamlScalar('checkout-api')).toBe('checkout-api');
		expect(yamlScalar('payments.latency:p99')).toBe('payments.latency:p99');
		expect(yamlScalar('Card payments fail or time out.')).toBe('Card payments fail or time out.');
		expect(yamlScalar('Checkout errors: cache deploy')).toBe('"Checkout errors: cache deploy"');
		expect(yamlScalar('[Incident title]')).toBe('"[Incident title]"');
	});
});

describe('post-mortem draft: old and new tracker state', () => {
	const OLD = JSON.stringify({
		version: 1,
		ticks: [
			{ key: 'check backups', at: '2026-11-23T09:10:00.000Z' },
			{ key: 'rotate the logs', at: '2026-11-23T09:20:00.000Z' },
		],
	});

	it('loads a state saved before item texts were kept, and keeps the new fields', () => {
		expect(parseState(OLD)).toEqual({
			version: 1,
			ticks: [
				{ key: 'check backups', at: '2026-11-23T09:10:00.000Z' },
				{ key: 'rotate the logs', at: '2026-11-23T09:20:00.000Z' },
			],
		});
		const described = describeTicks(
			parseState(OLD)!,
			(key) => (key === 'check backups' ? 'Check **backups**' : undefined),
			'Weekly',
		);
		expect(parseState(serialiseState(described))).toEqual({
			version: 1,
			title: 'Weekly',
			ticks: [
				{ key: 'check backups', at: '2026-11-23T09:10:00.000Z', text: 'Check **backups**' },
				{ key: 'rotate the logs', at: '2026-11-23T09:20:00.000Z' },
			],
		});
	});

	it('drops saved texts and titles that are not sensible, but keeps their ticks', () => {
		const state = parseState(
			JSON.stringify({
				version: 1,
				title: 42,
				ticks: [
					{ key: 'a', at: '2026-11-23T09:10:00.000Z', text: '   ' },
					{ key: 'b', at: '2026-11-23T09:11:00.000Z', text: 'x'.repeat(5000) },
					{ key: 'c', at: '2026-11-23T09:12:00.000Z', text: ['no'] },
				],
			}),
		);
		expect(state).toEqual({
			version: 1,
			ticks: [
				{ key: 'a', at: '2026-11-23T09:10:00.000Z' },
				{ key: 'b', at: '2026-11-23T09:11:00.000Z' },
				{ key: 'c', at: '2026-11-23T09:12:00.000Z' },
			],
		});
	});

	it('keeps the page title across ticks', () => {
		const titled = { ...emptyState(), title: 'Weekly' };
		expect(tickItem(titled, 'a', at('2026-11-23T09:00:00Z')).title).toBe('Weekly');
	});

	/** A Storage stand-in over a Map, in insertion order. */
	function storage(entries: Record<string, string>): StorageLike {
		const map = new Map(Object.entries(entries));
		return {
			get length() {
				return map.size;
			},
			key: (index) => [...map.keys()][index] ?? null,
			getItem: (key) => map.get(key) ?? null,
		};
	}

	it('reads the clock and every page from storage; old ticks without text are left out and counted', () => {
		const now = at('2026-11-23T10:20:00Z');
		const saved = readSaved(
			storage({
				[STORAGE_KEY]: serialiseStored({ state: RESOLVED_CLOCK, zone: 'utc', notify: false }),
				[storageKey('/maintenance/weekly/')]: OLD,
				[storageKey('/runbooks/disk-full/')]: serialiseState({
					version: 1,
					title: 'Disk full',
					ticks: [{ key: 'rotate', at: '2026-11-23T09:12:00.000Z', text: 'Rotate the logs' }],
				}),
				[storageKey('/maintenance/broken/')]: '{not json',
				'unrelated-key': 'x',
			}),
			LEVELS,
			now,
		);
		expect(saved.clock).toEqual(RESOLVED_CLOCK);
		expect(saved.checklists.map((page) => page.path)).toEqual([
			'/maintenance/weekly/',
			'/runbooks/disk-full/',
		]);

		// On the clock page: the old page's ticks cannot be named.
		const onClock = draft({ now, clock: saved.clock, checklists: saved.checklists });
		expect(timelineRows(onClock.text).map(([, event]) => event)).toContain('Rotate the logs');
		expect(onClock.text).not.toContain('check backups');
		expect(onClock.message).toContain(
			'2 ticked steps were left out: this browser saved no text for them.',
		);
		expect(problems(onClock.fileName, onClock.text)).toEqual([]);

		// On the old page itself, the tracker reads the texts from the page.
		const page = checklist('/maintenance/weekly/', 'Weekly', [
			['2026-11-23T09:10:00.000Z', 'Check backups'],
			['2026-11-23T09:20:00.000Z', 'Rotate the logs'],
		]);
		const onPage = draft({
			now,
			clock: saved.clock,
			checklists: [...saved.checklists.filter((c) => c.path !== page.path), page],
			current: page.path,
		});
		expect(timelineRows(onPage.text).map(([, event]) => event)).toEqual([
			CLOCK_EVENTS.start,
			CLOCK_EVENTS.ack,
			'Check backups',
			'Rotate the logs',
			'Rotate the logs',
			CLOCK_EVENTS.mitigated,
			CLOCK_EVENTS.resolved,
		]);
		expect(onPage.message).not.toContain('left out');
		expect(problems(onPage.fileName, onPage.text)).toEqual([]);
	});

	it('reads blocked or empty storage as nothing saved', () => {
		const blocked: StorageLike = {
			get length(): number {
				throw new Error('SecurityError');
			},
			key: () => null,
			getItem: () => {
				throw new Error('SecurityError');
			},
		};
		expect(readSaved(blocked, LEVELS, 0)).toEqual({ checklists: [] });
		expect(readSaved(undefined, LEVELS, 0)).toEqual({ checklists: [] });
	});
});

describe('which ticks belong to the incident', () => {
	const clock: ClockState = {
		severity: 'SEV2',
		start: at('2026-11-23T09:00:00Z'),
		resolved: at('2026-11-23T10:00:00Z'),
	};
	const other = checklist('/maintenance/weekly/', 'Weekly', [
		['2026-11-23T07:59:00.000Z', 'Too early'],
		['2026-11-23T08:00:00.000Z', 'Within the hour before'],
		['2026-11-23T11:00:00.000Z', 'Within the hour after'],
		['2026-11-23T11:01:00.000Z', 'Too late'],
	]);

	it('takes other pages’ ticks from an hour before the start to an hour after the end', () => {
		expect(NEARBY_MS).toBe(3_600_000);
		const selection = selectTicks([other], undefined, clock, at('2026-11-24T00:00:00Z'));
		expect(selection.ticks.map((tick) => tick.text)).toEqual([
			'Within the hour before',
			'Within the hour after',
		]);
	});

	it('takes every tick of the page the draft is made on', () => {
		const selection = selectTicks([other], other.path, clock, at('2026-11-24T00:00:00Z'));
		expect(selection.ticks).toHaveLength(4);
	});

	it('counts an unresolved incident as lasting until now', () => {
		const running = { severity: 'SEV2', start: clock.start };
		const selection = selectTicks([other], undefined, running, at('2026-11-23T10:30:00Z'));
		expect(selection.ticks.map((tick) => tick.text)).toEqual([
			'Within the hour before',
			'Within the hour after',
			'Too late',
		]);
	});

	it('without a clock, spans the current page’s ticks', () => {
		// 10:30 on this page: the hour around it takes in the other page's 11:00 and 11:01 ticks.
		const page = checklist('/runbooks/disk-full/', 'Disk full', [
			['2026-11-23T10:30:00.000Z', 'Mine'],
		]);
		const selection = selectTicks([other, page], page.path, undefined, at('2026-11-24T00:00:00Z'));
		expect(selection.ticks.map((tick) => tick.text)).toEqual([
			'Within the hour after',
			'Too late',
			'Mine',
		]);
		expect(selection.pages.map((p) => p.title)).toEqual(['Weekly', 'Disk full']);
	});

	it('has nothing to draft without a clock and without ticks on this page', () => {
		const result = buildDraft({
			now: at('2026-11-23T10:00:00Z'),
			severities: SEVERITIES,
			checklists: [other],
			current: '/maintenance/empty/',
		});
		expect(result).toEqual({ ok: false, message: NOTHING_TO_DRAFT });
	});
});

describe('text from the page, made safe for MDX and the table', () => {
	it('escapes MDX syntax outside code and keeps code as it is', () => {
		expect(mdxText('Latency < 200 ms and {retries} > 3')).toBe(
			'Latency \\< 200 ms and \\{retries\\} \\> 3',
		);
		expect(mdxText('Run `kubectl get {pods}` then <Check>')).toBe(
			'Run `kubectl get {pods}` then \\<Check\\>',
		);
		expect(mdxText('Use ``a ` b {c}`` and `unclosed {x}')).toBe(
			'Use ``a ` b {c}`` and `unclosed \\{x\\}',
		);
		expect(mdxText('C:\\temp')).toBe('C:\\\\temp');
		expect(timelineCell('a | b\n c')).toBe('a \\| b c');
	});

	it('a step full of MDX and table syntax still gives a valid draft, row for row', () => {
		const page = checklist('/maintenance/weekly/', 'Weekly <ops> {team}', [
			['2026-11-23T09:10:00.000Z', 'Check p99 < 200 ms for {service} | `grep "a|b" {x}`'],
			['2026-11-23T09:12:00.000Z', 'Is <Callout> rendered? [maybe]'],
		]);
		const result = draft({
			now: at('2026-11-23T09:20:00Z'),
			checklists: [page],
			current: page.path,
		});
		expect(problems(result.fileName, result.text)).toEqual([]);
		expect(timelineRows(result.text)).toHaveLength(2);
		expect(result.text).toContain('the steps ticked on Weekly \\<ops\\> \\{team\\}.');
	});
});

describe('the scaffolder’s template, extended', () => {
	const base = {
		title: 'API outage',
		severity: 'SEV1',
		started: new Date('2026-11-23T09:00:00Z'),
		resolved: new Date('2026-11-23T10:00:00Z'),
		commander: 'Ana Lima',
		services: ['api'],
		priority: 'P1',
	};

	it('without the new answers, keeps the default rows and times', () => {
		const text = postmortemTemplate(base);
		expect(frontmatterOf(text)).toMatchObject({
			detected_at: '2026-11-23T09:00:00Z',
			acknowledged_at: '2026-11-23T09:00:00Z',
			mitigated_at: '2026-11-23T10:00:00Z',
			runbooks: [],
		});
		expect(timelineRows(text)).toEqual([
			['09:00', 'Impact starts.'],
			['10:00', 'Incident resolved.'],
		]);
		expect(text).toContain('| [Action] | [Owner] | 2026-11-30 | P1 | Open |');
		expect(problems('2026-11-23-api-outage.mdx', text)).toEqual([]);
	});

	it('counts the example due date from today when the incident is older than today', () => {
		const text = postmortemTemplate({ ...base, today: '2026-12-10' });
		expect(text).toContain('| [Action] | [Owner] | 2026-12-17 | P1 | Open |');
	});

	it('dates the first row and each new day only when the rows leave the start day', () => {
		const dates = ['2026-11-22T23:40:00Z', '2026-11-22T23:50:00Z', '2026-11-23T00:05:00Z'];
		expect(
			timelineTimes(
				dates.map((d) => new Date(d)),
				'2026-11-22',
			),
		).toEqual(['2026-11-22 23:40', '23:50', '2026-11-23 00:05']);
		expect(timelineTimes([new Date('2026-11-22T23:40:00Z')], '2026-11-22')).toEqual(['23:40']);
		// A row before the start day must carry its date: a bare time would be read as the start day.
		expect(timelineTimes([new Date('2026-11-21T23:40:00Z')], '2026-11-22')).toEqual([
			'2026-11-21 23:40',
		]);
	});

	it('picks a middle action priority for the example row', () => {
		expect(examplePriority(['P0', 'P1', 'P2', 'P3'])).toBe('P1');
		expect(examplePriority(['P0', 'P1', 'P2'])).toBe('P1');
		expect(examplePriority(['P0'])).toBe('P0');
		expect(examplePriority([])).toBeUndefined();
	});

	it('recognises runbook pages, under any base path', () => {
		expect(runbookSlug('/runbooks/disk-full/')).toBe('disk-full');
		expect(runbookSlug('/handbook/runbooks/disk-full/', '/handbook/')).toBe('disk-full');
		expect(runbookSlug('/runbooks/')).toBeUndefined();
		expect(runbookSlug('/maintenance/weekly/')).toBeUndefined();
	});
});

describe('what the browser loads', () => {
	const ROOT = resolve(import.meta.dirname, '../..');

	/** Every local module the draft builder imports, directly or not, and every package. */
	function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
		const files = new Set<string>();
		const packages = new Set<string>();
		const visit = (file: string) => {
			if (files.has(file)) return;
			files.add(file);
			const source = readFileSync(file, 'utf8');
			for (const match of source.matchAll(
				/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm,
			)) {
				if (match[2]) continue; // type-only: erased, never loaded
				const specifier = match[3]!;
				if (specifier.startsWith('.')) visit(join(dirname(file), specifier));
				else packages.add(specifier);
			}
		};
		visit(join(ROOT, entry));
		return { files, packages };
	}

	it('never pulls zod, yaml or the schemas into the download', () => {
		const { files, packages } = importGraph('src/tools/postmortem-draft/browser.ts');
		expect([...packages].sort()).toEqual(['github-slugger']);
		const schemas = [...files].filter((file) => file.includes('/schemas/'));
		expect(schemas.map((file) => file.slice(ROOT.length))).toEqual([
			'/src/engine/schemas/incident-structure.ts',
		]);
	});
});
