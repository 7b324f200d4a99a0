/**
 * The checklist tracker's saved state: which items of a page are ticked, when, and in which
 * order. Pure functions; the custom element does the reading and writing of localStorage.
 */

export const STATE_VERSION = 1;
export const STORAGE_PREFIX = 'handbook:checklist:';

/**
 * One ticked item: its key (see items.ts) and when it was ticked, as ISO 8601 in UTC. `text` is
 * the item as inline Markdown, saved so that other pages (the SLA clock's post-mortem draft) can
 * name the step; ticks saved before it existed have none.
 */
export interface Tick {
	key: string;
	at: string;
	text?: string | undefined;
}

/**
 * What is stored per page. `ticks` is in the order the items were ticked; `title` is the page's
 * title, for the same reason as a tick's text. Both additions are optional, so states saved
 * before them still load, under the same version.
 */
export interface ChecklistState {
	version: typeof STATE_VERSION;
	ticks: Tick[];
	title?: string | undefined;
}

/** The longest saved item text or page title read back; anything longer is not ours. */
export const MAX_SAVED_TEXT = 2000;

export function emptyState(): ChecklistState {
	return { version: STATE_VERSION, ticks: [] };
}

/** The localStorage key for a page: one state per path. */
export function storageKey(pathname: string): string {
	return `${STORAGE_PREFIX}${pathname}`;
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

/** A valid tick time: ISO 8601 in UTC that parses to a real instant. */
export function isTickTime(value: unknown): value is string {
	return typeof value === 'string' && ISO_UTC.test(value) && !Number.isNaN(Date.parse(value));
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A saved text worth keeping: a non-blank string of sensible length. */
function savedText(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' && value.length <= MAX_SAVED_TEXT
		? value
		: undefined;
}

/**
 * The state stored in `raw`, or `null` when there is none or it is not ours: unparsable JSON,
 * another version, or the wrong shape. Never throws. Single malformed ticks inside an otherwise
 * valid state are dropped; unknown extra properties are ignored; a key ticked twice keeps its
 * first tick.
 */
export function parseState(raw: string | null | undefined): ChecklistState | null {
	if (typeof raw !== 'string' || raw === '') return null;
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return null;
	}
	if (!isRecord(data) || data['version'] !== STATE_VERSION || !Array.isArray(data['ticks']))
		return null;
	const ticks: Tick[] = [];
	const seen = new Set<string>();
	for (const entry of data['ticks'] as unknown[]) {
		if (!isRecord(entry)) continue;
		const { key, at } = entry;
		if (typeof key !== 'string' || key === '' || !isTickTime(at) || seen.has(key)) continue;
		seen.add(key);
		const text = savedText(entry['text']);
		ticks.push(text === undefined ? { key, at } : { key, at, text });
	}
	const title = savedText(data['title']);
	return title === undefined
		? { version: STATE_VERSION, ticks }
		: { version: STATE_VERSION, ticks, title };
}

export function serialiseState(state: ChecklistState): string {
	return JSON.stringify({
		version: STATE_VERSION,
		...(state.title === undefined ? {} : { title: state.title }),
		ticks: state.ticks.map(({ key, at, text }) =>
			text === undefined ? { key, at } : { key, at, text },
		),
	});
}

/**
 * The state with each tick's item text and the page title filled in from the page as it is now,
 * so what is saved can be read without the page (`textOf` gives an item's text by key).
 */
export function describeTicks(
	state: ChecklistState,
	textOf: (key: string) => string | undefined,
	title: string | undefined,
): ChecklistState {
	const ticks = state.ticks.map((tick) => {
		const text = textOf(tick.key) ?? tick.text;
		return text === undefined ? { key: tick.key, at: tick.at } : { ...tick, text };
	});
	return title ? { version: STATE_VERSION, ticks, title } : { version: STATE_VERSION, ticks };
}

/**
 * The stored ticks that still belong to an item on the page, in tick order. Ticks whose item was
 * removed or renamed are dropped; the remaining ones stay with their item wherever it moved.
 */
export function mergeTicks(ticks: readonly Tick[], currentKeys: readonly string[]): Tick[] {
	const present = new Set(currentKeys);
	const seen = new Set<string>();
	return ticks.filter((tick) => {
		if (!present.has(tick.key) || seen.has(tick.key)) return false;
		seen.add(tick.key);
		return true;
	});
}

/** The state with `key` ticked at `now` (ms since the epoch), appended in tick order. */
export function tickItem(state: ChecklistState, key: string, now: number): ChecklistState {
	const ticks = state.ticks.filter((tick) => tick.key !== key);
	ticks.push({ key, at: new Date(now).toISOString() });
	return { ...state, ticks };
}

/** The state with `key` no longer ticked. */
export function untickItem(state: ChecklistState, key: string): ChecklistState {
	return { ...state, ticks: state.ticks.filter((tick) => tick.key !== key) };
}

/** How many of the page's items are ticked, out of how many. */
export function progress(
	keys: readonly string[],
	ticks: readonly Tick[],
): { done: number; total: number } {
	const ticked = new Set(ticks.map((tick) => tick.key));
	return { done: keys.filter((key) => ticked.has(key)).length, total: keys.length };
}

export function formatProgress({ done, total }: { done: number; total: number }): string {
	return `${done} / ${total}`;
}
