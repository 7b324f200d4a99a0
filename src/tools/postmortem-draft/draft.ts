/**
 * The post-mortem draft: what this browser knows about an incident (the SLA clock and ticked
 * checklist steps) written with the scaffolder's post-mortem template, so the file passes
 * `npm run validate` as a draft once saved in src/content/incidents/. Pure: the caller reads
 * the browser's storage and passes `now`.
 *
 * Nothing here may import zod or `yaml`: this module is loaded in the browser.
 */
import { postmortemTemplate, type TimelineEvent } from '../../engine/scaffold/templates.ts';
import { slugFromTitle } from '../../engine/scaffold/names.ts';
import { formatDate } from '../../engine/utils/dates.ts';
import type { ClockState } from '../sla-clock/clock.ts';
import { selectTicks, type DraftChecklist } from './select.ts';
import { draftTimes } from './times.ts';
import { mdxText, timelineCell } from './text.ts';

/** What the draft says where the browser cannot know the answer. Drafts may hold placeholders. */
export const PLACEHOLDERS = {
	title: '[Incident title]',
	commander: '[Incident commander]',
	service: '[Service]',
	severity: '[Severity]',
	priority: '[Priority]',
} as const;

/** The Event cells of the clock's own rows. */
export const CLOCK_EVENTS = {
	start: 'Incident start',
	ack: 'Acknowledged',
	mitigated: 'Mitigated',
	resolved: 'Resolved',
} as const;

export const NOTHING_TO_DRAFT =
	'Nothing to draft yet: start the SLA clock, or tick the steps you have done on this page.';

export interface DraftInput {
	/** The current instant, in milliseconds since the epoch. */
	now: number;
	/** Level ids of the incident scale, most severe first. */
	severities: readonly string[];
	/** The action priority of the example action item. */
	priority?: string | undefined;
	/** The site's base path (`/`, or `/handbook/`), to recognise runbook pages. @default '/' */
	base?: string | undefined;
	/** The SLA clock, if one is running (or ran) in this browser. */
	clock?: ClockState | undefined;
	/** Every page with ticks saved in this browser. */
	checklists: readonly DraftChecklist[];
	/** The path of the page the draft is made on, when it is a checklist. */
	current?: string | undefined;
	/** The incident's title, when known. @default a placeholder */
	title?: string | undefined;
}

export type DraftResult =
	| {
			ok: true;
			/** `2026-11-23-incident.mdx`: the start date and the title's slug. */
			fileName: string;
			text: string;
			/** What to tell the responder once the file is downloaded. */
			message: string;
	  }
	| { ok: false; message: string };

/** `a`, `a and b`, `a, b and c`. */
function listOf(items: readonly string[]): string {
	return items.length < 2
		? (items[0] ?? '')
		: `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The runbook a page path belongs to (`/runbooks/disk-full/` → `disk-full`), if any. */
export function runbookSlug(path: string, base = '/'): string | undefined {
	const prefix = `${base.replace(/\/+$/, '')}/runbooks/`;
	if (!path.startsWith(prefix)) return undefined;
	const slug = path.slice(prefix.length).replace(/\/$/, '');
	return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) ? slug : undefined;
}

/** `2026-11-23-incident.mdx`, or with the title's slug when a real title is known. */
export function draftFileName(started: number, title: string | undefined): string {
	const slug = (title && title !== PLACEHOLDERS.title && slugFromTitle(title)) || 'incident';
	return `${formatDate(new Date(started))}-${slug}.mdx`;
}

/** Builds the draft, or says why there is nothing to draft. */
export function buildDraft(input: DraftInput): DraftResult {
	const { clock, now } = input;
	const selection = selectTicks(input.checklists, input.current, clock, now);
	const found = draftTimes(
		clock,
		selection.ticks.map((tick) => tick.at),
	);
	if (!found) return { ok: false, message: NOTHING_TO_DRAFT };
	const { times } = found;

	// Without a clock the level is unknown; the least severe one is the claim least likely to
	// alarm anyone or to start a post-mortem deadline, and the draft says to correct it.
	const least = input.severities.at(-1);
	const severity = clock?.severity ?? least ?? PLACEHOLDERS.severity;
	const estimates = [...found.estimates];
	if (!clock && least)
		estimates.unshift(
			`severity is ${least}, the least severe level: no SLA clock was running in this browser, so the real level is unknown.`,
		);

	const events: TimelineEvent[] = [];
	if (clock) {
		events.push({ at: new Date(clock.start), text: CLOCK_EVENTS.start });
		for (const mark of ['ack', 'mitigated', 'resolved'] as const) {
			const at = clock[mark];
			if (at !== undefined) events.push({ at: new Date(at), text: CLOCK_EVENTS[mark] });
		}
	}
	for (const tick of selection.ticks)
		events.push({ at: new Date(tick.at), text: timelineCell(tick.text) });

	const pageNames = selection.pages.map((page) => mdxText(page.title?.trim() || page.path));
	const sources = [
		...(clock ? ['the SLA clock'] : []),
		...(pageNames.length ? [`the steps ticked on ${listOf(pageNames)}`] : []),
	];
	const notes = [
		`This draft was made in the handbook from ${listOf(sources)}. These values are estimates; correct them:`,
		estimates.map((estimate) => `- ${estimate}`).join('\n'),
	];

	const title = input.title?.trim() || PLACEHOLDERS.title;
	const runbooks = [
		...new Set(selection.pages.flatMap((page) => runbookSlug(page.path, input.base) ?? [])),
	];
	const text = postmortemTemplate({
		title,
		severity,
		started: new Date(times.started),
		detected: new Date(times.detected),
		acknowledged: new Date(times.acknowledged),
		mitigated: new Date(times.mitigated),
		resolved: new Date(times.resolved),
		commander: PLACEHOLDERS.commander,
		services: [PLACEHOLDERS.service],
		priority: input.priority ?? PLACEHOLDERS.priority,
		runbooks,
		events,
		notes,
		today: formatDate(new Date(now)),
	});
	const fileName = draftFileName(times.started, title);
	const count = selection.leftOut;
	const leftOut =
		count === 0
			? ''
			: count === 1
				? ' 1 ticked step was left out: this browser saved no text for it. Use the button on its checklist page to include it.'
				: ` ${count} ticked steps were left out: this browser saved no text for them. Use the button on their checklist pages to include them.`;
	return {
		ok: true,
		fileName,
		text,
		message: `Downloaded ${fileName}. Save it in src/content/incidents/ and fill in the [bracketed] fields.${leftOut}`,
	};
}
