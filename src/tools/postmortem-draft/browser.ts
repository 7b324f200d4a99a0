/**
 * The "Post-mortem draft" button's work, shared by the SLA clock and the checklist tracker:
 * read what this browser saved, build the draft and hand it to the browser as a download. The
 * one part of this tool that touches the DOM. Components load it with `import()` on click, so
 * pages ship none of it until a responder asks for a draft.
 */
import type { ClockLevel, ClockState } from '../sla-clock/clock.ts';
import { buildDraft } from './draft.ts';
import type { DraftChecklist } from './select.ts';
import { readSaved, type StorageLike } from './storage.ts';

export interface DraftContext {
	/** The incident scale's levels, most severe first. */
	levels: readonly ClockLevel[];
	/** The example action item's priority. */
	priority?: string | undefined;
	/** The site's base path. */
	base: string;
	/** The clock as the SLA clock page holds it; elsewhere it is read from storage. */
	clock?: ClockState | undefined;
	/** The checklist page the button is on, with each tick's text read from the page. */
	page?: DraftChecklist | undefined;
}

function storage(): StorageLike | undefined {
	try {
		return localStorage;
	} catch {
		return undefined;
	}
}

/** Offers `text` as a file download named `fileName`. */
function saveFile(fileName: string, text: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked later, not at once: some browsers read the URL after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Builds and downloads the draft; returns the sentence for the button's status region. */
export function downloadDraft(context: DraftContext): string {
	const now = Date.now();
	const saved = readSaved(storage(), context.levels, now);
	const { page } = context;
	const checklists = page
		? [...saved.checklists.filter((checklist) => checklist.path !== page.path), page]
		: saved.checklists;
	const result = buildDraft({
		now,
		severities: context.levels.map((level) => level.id),
		priority: context.priority,
		base: context.base,
		clock: context.clock ?? saved.clock,
		checklists,
		current: page?.path,
	});
	if (result.ok) saveFile(result.fileName, result.text);
	return result.message;
}
