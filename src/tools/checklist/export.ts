/**
 * What the checklist tracker shows next to a ticked item and copies to the clipboard.
 * All times are UTC, the handbook's incident time zone.
 */
import type { Tick } from './state.ts';

/** One item as exported: its key and its text as inline Markdown. */
export interface ExportItem {
	key: string;
	markdown: string;
}

/** One task list of the page, with the heading it sits under (if any). */
export interface ExportList {
	heading?: { depth: number; text: string } | undefined;
	items: ExportItem[];
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `2026-11-23`: the UTC date of an instant. */
export function utcDate(at: string | number): string {
	const date = new Date(at);
	return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** `14:05`, or `2026-11-23 14:05` with `withDate`: the UTC time of an instant. */
export function utcTime(at: string | number, withDate = false): string {
	const date = new Date(at);
	const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
	return withDate ? `${utcDate(at)} ${time}` : time;
}

/** Whether the ticks fall on more than one UTC day, so their times need a date to be clear. */
export function spansDays(ticks: readonly Tick[]): boolean {
	return new Set(ticks.map((tick) => utcDate(tick.at))).size > 1;
}

/**
 * What a ticked item shows: `✓ 14:05 UTC` for a tick made today (UTC), with the date for an
 * older one (`✓ 2026-11-20 16:40 UTC`), so a checklist worked over several days stays clear.
 */
export function tickLabel(at: string, now: number): string {
	return `✓ ${utcTime(at, utcDate(at) !== utcDate(now))} UTC`;
}

/** The ticks in the order they were made; ticks in the same instant keep their stored order. */
export function inTickOrder(ticks: readonly Tick[]): Tick[] {
	return ticks
		.map((tick, index) => ({ tick, index, time: Date.parse(tick.at) }))
		.sort((a, b) => a.time - b.time || a.index - b.index)
		.map(({ tick }) => tick);
}

/**
 * The page's task lists as Markdown, ready for the incident channel:
 * `- [x] Declare the incident (14:05 UTC)` for ticked items, `- [ ] Step` for the rest, each list
 * under its heading. Times carry the date when the ticks span more than one UTC day.
 */
export function toMarkdown(lists: readonly ExportList[], ticks: readonly Tick[]): string {
	const byKey = new Map(ticks.map((tick) => [tick.key, tick]));
	const withDate = spansDays(ticks);
	const blocks = lists
		.filter((list) => list.items.length > 0)
		.map((list) => {
			const lines = list.items.map((item) => {
				const tick = byKey.get(item.key);
				return tick
					? `- [x] ${item.markdown} (${utcTime(tick.at, withDate)} UTC)`
					: `- [ ] ${item.markdown}`;
			});
			if (list.heading?.text) {
				const depth = Math.min(Math.max(list.heading.depth, 1), 6);
				lines.unshift(`${'#'.repeat(depth)} ${list.heading.text}`, '');
			}
			return lines.join('\n');
		});
	return blocks.length ? `${blocks.join('\n\n')}\n` : '';
}

/** Text made safe for one cell of a Markdown table. */
export function tableCell(text: string): string {
	return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

/**
 * The ticked items as rows for a post-mortem's `Time (UTC) | Event` table, in tick order:
 * `| 14:05 | Declare the incident |`. Times carry the date when the ticks span several UTC days.
 * Empty when nothing is ticked.
 */
export function toTimelineRows(items: readonly ExportItem[], ticks: readonly Tick[]): string {
	const byKey = new Map(items.map((item) => [item.key, item]));
	const ticked = inTickOrder(ticks).filter((tick) => byKey.has(tick.key));
	const withDate = spansDays(ticked);
	const rows = ticked.map(
		(tick) =>
			`| ${utcTime(tick.at, withDate)} | ${tableCell(byKey.get(tick.key)?.markdown ?? '')} |`,
	);
	return rows.length ? `${rows.join('\n')}\n` : '';
}
