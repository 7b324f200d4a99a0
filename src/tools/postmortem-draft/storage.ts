/**
 * What this browser saved for a post-mortem draft: the SLA clock and every page's checklist
 * ticks, read from localStorage (or anything shaped like it, for tests). Unreadable or foreign
 * entries are skipped, exactly as the clock and the tracker themselves skip them.
 */
import { parseState, STORAGE_PREFIX } from '../checklist/state.ts';
import type { ClockLevel, ClockState } from '../sla-clock/clock.ts';
import { parseStored, STORAGE_KEY } from '../sla-clock/state.ts';
import type { DraftChecklist } from './select.ts';

/** The part of the Storage interface read here. */
export interface StorageLike {
	readonly length: number;
	key(index: number): string | null;
	getItem(key: string): string | null;
}

export interface Saved {
	clock?: ClockState | undefined;
	/** One entry per page with ticks, ordered by path. */
	checklists: DraftChecklist[];
}

/** Reads the saved clock and ticks; storage that throws (blocked, private mode) reads as empty. */
export function readSaved(
	storage: StorageLike | undefined,
	levels: readonly ClockLevel[],
	now: number,
): Saved {
	if (!storage) return { checklists: [] };
	try {
		const clock = parseStored(storage.getItem(STORAGE_KEY), levels, now).state;
		const keys: string[] = [];
		for (let index = 0; index < storage.length; index++) {
			const key = storage.key(index);
			if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
		}
		const checklists = keys.sort().flatMap((key): DraftChecklist[] => {
			const state = parseState(storage.getItem(key));
			if (!state || state.ticks.length === 0) return [];
			return [
				{
					path: key.slice(STORAGE_PREFIX.length),
					title: state.title,
					ticks: state.ticks.map(({ at, text }) => ({ at, text })),
				},
			];
		});
		return { clock, checklists };
	} catch {
		return { checklists: [] };
	}
}
