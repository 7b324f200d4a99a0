/**
 * Which ticked checklist steps belong in a post-mortem draft. A browser keeps the ticks of every
 * checklist it was used on, for weeks; only those of this incident may go into its timeline.
 */
import type { ClockState } from '../sla-clock/clock.ts';

/** How far before the start and after the end of the incident a tick on another page counts. */
export const NEARBY_MS = 60 * 60_000;

/** One tick as the draft needs it: when, and the step's text if the browser saved it. */
export interface DraftTick {
	/** ISO 8601 in UTC, as the checklist tracker saves it. */
	at: string;
	/** The step as inline Markdown. Ticks saved by older versions of the tracker have none. */
	text?: string | undefined;
}

/** One page's ticks, keyed by the page's path (`/runbooks/complete-site-outage/`). */
export interface DraftChecklist {
	path: string;
	title?: string | undefined;
	ticks: readonly DraftTick[];
}

export interface SelectedTick {
	at: number;
	text: string;
	path: string;
}

export interface Selection {
	/** The ticks that go into the draft, page by page in the order given, each page in tick order. */
	ticks: SelectedTick[];
	/** The pages at least one of those ticks comes from, in the order given. */
	pages: DraftChecklist[];
	/** Ticks of the incident that were left out because no text was saved for them. */
	leftOut: number;
}

/**
 * The ticks for a draft:
 * - every tick of the page the draft is made on (`current`), the responder's own choice;
 * - ticks on other pages made during the incident: from {@link NEARBY_MS} before the clock's
 *   start to {@link NEARBY_MS} after its resolution (or `now` while unresolved). Without a
 *   clock, the incident is the span of the current page's ticks, widened the same way.
 * Ticks without saved text cannot be named in a timeline and are only counted.
 */
export function selectTicks(
	checklists: readonly DraftChecklist[],
	current: string | undefined,
	clock: ClockState | undefined,
	now: number,
): Selection {
	const own = checklists.find((checklist) => checklist.path === current);
	const span = clock
		? [clock.start, clock.resolved ?? now]
		: (own?.ticks ?? []).map((tick) => Date.parse(tick.at)).filter(Number.isFinite);
	const selection: Selection = { ticks: [], pages: [], leftOut: 0 };
	if (span.length === 0) return selection;
	const from = Math.min(...span) - NEARBY_MS;
	const to = Math.max(...span) + NEARBY_MS;
	for (const checklist of checklists) {
		const ticks: SelectedTick[] = [];
		for (const tick of checklist.ticks) {
			const at = Date.parse(tick.at);
			if (!Number.isFinite(at) || (checklist !== own && (at < from || at > to))) continue;
			if (tick.text?.trim()) ticks.push({ at, text: tick.text, path: checklist.path });
			else selection.leftOut++;
		}
		if (ticks.length === 0) continue;
		ticks.sort((a, b) => a.at - b.at);
		selection.ticks.push(...ticks);
		selection.pages.push(checklist);
	}
	return selection;
}
