/**
 * The quick finder's search: alert names first, then fuse.js.
 *
 * 1. an alert name equal to the query (case-insensitive), then one equal once spaces and
 *    separators are ignored (`db pool acquire timeout` → `DBPoolAcquireTimeout`);
 * 2. alert names starting with the query (shortest first), then the same ignoring separators;
 * 3. fuse.js over alerts, titles, symptoms and services, weighted in that order.
 *
 * Two shortcuts keep step 3 fast with thousands of runbooks:
 * - when enough runbooks contain the query word for word, they are ranked with fuse.js's own
 *   scoring formula without running its fuzzy matcher: words as typed beat typo matches, and
 *   fuse.js runs only when typo matches are needed to fill the list. For words shorter than
 *   five letters it never runs (a fuzzy `dns` matches almost anything);
 * - fuse.js searches the runbooks in chunks, and `steps()` yields between chunks, so the page
 *   can drop a search the next keystroke has made stale instead of finishing it.
 *
 * The browser loads this module (with fuse.js) only when the finder is first used. Pure: no DOM.
 */
import Fuse from 'fuse.js/basic';
import {
	FINDER_DATA_VERSION,
	type FinderData,
	type FinderDetail,
	type FinderHit,
	type FinderRow,
	type MatchRange,
} from './types.ts';

/** How many results a search returns by default. */
export const DEFAULT_LIMIT = 8;

/** Relative weights of the fields fuse.js searches: alerts > title > symptoms > services. */
export const WEIGHTS = { alerts: 4, title: 3, symptoms: 2, services: 1 } as const;

/** fuse.js options shared by every chunk (and by the tests, to compare with plain fuse.js). */
export const FUSE_OPTIONS = {
	includeMatches: true,
	includeScore: true,
	// Symptoms are sentences: a word anywhere in them counts as much as at the start.
	ignoreLocation: true,
	threshold: 0.34,
	minMatchCharLength: 2,
} as const;

/** Runbooks per fuse.js chunk: a few milliseconds of work between chances to stop. */
const CHUNK_SIZE = 250;

type Field = keyof typeof WEIGHTS;

/** The searched fields, heaviest first. */
const FIELDS = (Object.keys(WEIGHTS) as Field[]).sort((a, b) => WEIGHTS[b] - WEIGHTS[a]);
const TOTAL_WEIGHT = FIELDS.reduce((sum, field) => sum + WEIGHTS[field], 0);

/** fuse.js's score (as a logarithm) of an exact match inside a value, and of a whole value. */
const LN_INSIDE_VALUE = Math.log(0.001);
const LN_WHOLE_VALUE = Math.log(Number.EPSILON);

/** Words too common to narrow a search; dropped from multi-word queries. */
const STOP_WORDS = new Set(
	'a an and are as at be by for from in is it of on or the to with'.split(' '),
);

/**
 * Words shorter than this are only matched literally: fuzzy matching of a few letters (`dns`,
 * `503`, `pool`) lets one typo match almost anything.
 */
const MIN_FUZZY_LENGTH = 5;

interface Doc {
	slug: string;
	title: string;
	severity: string;
	alerts: string[];
	services: string[];
	symptoms: string[];
}

/** One searched value of a runbook (its title, one alert, one symptom…), prepared once. */
interface Value {
	key: Field;
	value: string;
	lower: string;
	/** Its exponent in fuse.js's score of an exact match: normalized weight × field norm. */
	factor: number;
}

/** Where a word or phrase matched: the field, the value (one alert, one symptom…) and where. */
interface FieldMatch {
	key: string;
	value: string;
	indices: ReadonlyArray<MatchRange>;
}

/** A runbook matching a word or phrase, with a fuse.js-style score (0 best, 1 worst). */
interface Scored {
	refIndex: number;
	score: number;
	/** How many words of a multi-word query it matched. */
	words: number;
	matches: FieldMatch[];
}

interface AlertKey {
	alert: string;
	lower: string;
	loose: string;
	doc: number;
}

export interface SearchOptions {
	/** At most this many results. @default DEFAULT_LIMIT */
	limit?: number;
	/**
	 * Only the alert-name tiers (exact and prefix), which take microseconds even with thousands
	 * of runbooks, so the finder can show them before the rest is ranked.
	 */
	alertsOnly?: boolean;
}

export interface Finder {
	/** The number of runbooks searched. */
	readonly size: number;
	/** Searches at once. */
	search(query: string, options?: SearchOptions): FinderHit[];
	/**
	 * The same search in steps: each `next()` does a chunk of fuse.js work, and the last one
	 * returns the results. Stop calling `next()` to abandon it.
	 */
	steps(query: string, options?: SearchOptions): Generator<void, FinderHit[], void>;
}

/** Lower case with everything but letters and digits removed: `DB_Pool-Timeout` → `dbpooltimeout`. */
export function looseKey(text: string): string {
	return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const isString = (value: unknown): value is string => typeof value === 'string';
const stringList = (value: unknown): string[] =>
	Array.isArray(value) ? value.filter(isString) : [];

/**
 * Checks data fetched from `/api/finder.json`: anything that is not version-1 finder data gives
 * `undefined`, and malformed rows are dropped rather than breaking the search.
 */
export function readFinderData(value: unknown): FinderData | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const data = value as Partial<Record<keyof FinderData, unknown>>;
	if (data.v !== FINDER_DATA_VERSION || !Array.isArray(data.r)) return undefined;
	const services = stringList(data.sv);
	const rows: FinderRow[] = [];
	for (const raw of data.r as unknown[]) {
		if (typeof raw !== 'object' || raw === null) continue;
		const row = raw as Partial<Record<keyof FinderRow, unknown>>;
		if (!isString(row.s) || !isString(row.t) || row.s === '') continue;
		const clean: FinderRow = { s: row.s, t: row.t, l: isString(row.l) ? row.l : '' };
		const alerts = stringList(row.a);
		if (alerts.length > 0) clean.a = alerts;
		const used = Array.isArray(row.v)
			? row.v.filter(
					(index): index is number =>
						Number.isInteger(index) && index >= 0 && index < services.length,
				)
			: [];
		if (used.length > 0) clean.v = used;
		const symptoms = stringList(row.y);
		if (symptoms.length > 0) clean.y = symptoms;
		rows.push(clean);
	}
	return { v: FINDER_DATA_VERSION, sv: services, r: rows };
}

/** The range covering the first `count` letters and digits of `text`. */
function looseRange(text: string, count: number): MatchRange[] {
	let seen = 0;
	let start = -1;
	for (let index = 0; index < text.length; index++) {
		if (!/[\p{L}\p{N}]/u.test(text[index] ?? '')) continue;
		if (start === -1) start = index;
		seen++;
		if (seen === count) return [[start, index]];
	}
	return [];
}

/** Merges index ranges into sorted, non-overlapping ones. */
function normalizeRanges(ranges: ReadonlyArray<MatchRange>): MatchRange[] {
	const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
	const merged: Array<[number, number]> = [];
	for (const [start, end] of sorted) {
		const last = merged.at(-1);
		if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
		else merged.push([start, end]);
	}
	return merged;
}

/** The number of characters a set of ranges covers. */
const covered = (ranges: ReadonlyArray<MatchRange>) =>
	ranges.reduce((sum, [start, end]) => sum + end - start + 1, 0);

/** Matches merged per field value, so several query words highlight one line. */
function mergeMatches(matches: ReadonlyArray<FieldMatch>): FieldMatch[] {
	const merged = new Map<string, { key: string; value: string; indices: MatchRange[] }>();
	for (const match of matches) {
		const id = `${match.key}\u0000${match.value}`;
		const entry = merged.get(id) ?? {
			key: match.key,
			value: match.value,
			indices: [] as MatchRange[],
		};
		entry.indices.push(...match.indices);
		merged.set(id, entry);
	}
	return [...merged.values()].map((entry) => ({
		...entry,
		indices: normalizeRanges(entry.indices),
	}));
}

/**
 * fuse.js's field-length norm: 1 / √(number of words), to three decimals. A match in a short
 * field counts for more than one in a long sentence.
 */
function fieldNorm(value: string): number {
	const words = value.split(/[\t-\r \u00a0]+/).filter((word) => word !== '').length || 1;
	return Math.round(1000 / Math.sqrt(words)) / 1000;
}

/** Lines explaining a fuzzy result: the alerts that matched, else a symptom, else a service. */
function fuzzyDetails(doc: Doc, matches: ReadonlyArray<FieldMatch>): FinderDetail[] {
	const of = (key: Field) =>
		matches
			.filter((match) => match.key === key)
			.map((match) => ({ text: match.value, ranges: normalizeRanges(match.indices) }))
			.sort((a, b) => covered(b.ranges) - covered(a.ranges));
	const alerts = of('alerts');
	if (alerts.length > 0) return alerts.slice(0, 3).map((line) => ({ kind: 'alert', ...line }));
	const symptom = of('symptoms')[0];
	if (symptom) return [{ kind: 'symptom', ...symptom }];
	const service = of('services')[0];
	if (service) return [{ kind: 'service', ...service }];
	return context(doc);
}

/** What to show under a result that matched on its title only: its alerts, else its services. */
function context(doc: Doc): FinderDetail[] {
	if (doc.alerts.length > 0)
		return doc.alerts.slice(0, 2).map((text) => ({ kind: 'alert', text, ranges: [] }));
	return doc.services.slice(0, 2).map((text) => ({ kind: 'service', text, ranges: [] }));
}

/** Orders results as fuse.js does: by score, then by position in the data. */
const byScore = (a: Scored, b: Scored) => a.score - b.score || a.refIndex - b.refIndex;

/** Runs a generator to the end and returns its result. */
function finish<T>(steps: Generator<void, T, void>): T {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** Builds a finder over the data: indexes alert names and sets up fuse.js once. */
export function createFinder(data: FinderData): Finder {
	const docs: Doc[] = data.r.map((row) => ({
		slug: row.s,
		title: row.t,
		severity: row.l,
		alerts: row.a ?? [],
		services: (row.v ?? []).map((index) => data.sv[index]).filter(isString),
		symptoms: row.y ?? [],
	}));
	const values: Value[][] = docs.map((doc) =>
		FIELDS.flatMap((key) =>
			(key === 'title' ? [doc.title] : doc[key]).map((value) => ({
				key,
				value,
				lower: value.toLowerCase(),
				factor: (WEIGHTS[key] / TOTAL_WEIGHT) * fieldNorm(value),
			})),
		),
	);
	// Every searched value in lower case, to find words and phrases literally.
	const haystacks = values.map((list) => list.map((value) => value.lower).join('\n'));

	const alertKeys: AlertKey[] = docs
		.flatMap((doc, index) =>
			doc.alerts.map((alert) => ({
				alert,
				lower: alert.toLowerCase(),
				loose: looseKey(alert),
				doc: index,
			})),
		)
		// Shortest first, so a prefix match on `DiskFull` beats `DiskFullSoon`.
		.sort((a, b) => a.lower.length - b.lower.length || a.lower.localeCompare(b.lower));
	const byLower = new Map<string, AlertKey[]>();
	const byLoose = new Map<string, AlertKey[]>();
	for (const key of alertKeys) {
		byLower.set(key.lower, [...(byLower.get(key.lower) ?? []), key]);
		byLoose.set(key.loose, [...(byLoose.get(key.loose) ?? []), key]);
	}

	const keys = FIELDS.map((name) => ({ name, weight: WEIGHTS[name] }));
	const chunks: Array<{ offset: number; fuse: Fuse<Doc> }> = [];
	for (let offset = 0; offset < docs.length; offset += CHUNK_SIZE)
		chunks.push({
			offset,
			fuse: new Fuse(docs.slice(offset, offset + CHUNK_SIZE), { ...FUSE_OPTIONS, keys }),
		});

	/** fuse.js over every chunk, yielding between chunks; the best `limit` results. */
	function* fuseSearch(term: string, limit?: number): Generator<void, Scored[], void> {
		const all: Scored[] = [];
		for (const [index, chunk] of chunks.entries()) {
			if (index > 0) yield;
			const results = chunk.fuse.search(term, limit === undefined ? undefined : { limit });
			for (const result of results)
				all.push({
					refIndex: chunk.offset + result.refIndex,
					score: result.score ?? 1,
					words: 1,
					matches: (result.matches ?? []).flatMap(({ key, value, indices }) =>
						isString(key) && isString(value) ? [{ key, value, indices }] : [],
					),
				});
		}
		all.sort(byScore);
		return limit === undefined ? all : all.slice(0, limit);
	}

	/**
	 * Every place a lower-case word occurs literally in a runbook's values, and the score fuse.js
	 * gives those exact matches: the product over matched values of s^(normalized field weight ×
	 * field norm), where s is 0.001 for a match inside a value and ε for the whole value.
	 */
	function literalMatches(
		refIndex: number,
		word: string,
	): { matches: FieldMatch[]; score: number } {
		const matches: FieldMatch[] = [];
		let logScore = 0;
		for (const { key, value, lower, factor } of values[refIndex] ?? []) {
			const indices: MatchRange[] = [];
			for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1))
				indices.push([at, at + word.length - 1]);
			if (indices.length === 0) continue;
			matches.push({ key, value, indices });
			logScore += factor * (lower === word ? LN_WHOLE_VALUE : LN_INSIDE_VALUE);
		}
		return { matches, score: Math.exp(logScore) };
	}

	/** Runbooks containing a word (or phrase) literally, scored as fuse.js scores exact matches. */
	function literalSearch(term: string): Scored[] {
		const word = term.toLowerCase();
		const scored: Scored[] = [];
		haystacks.forEach((haystack, refIndex) => {
			if (!haystack.includes(word)) return;
			const { matches, score } = literalMatches(refIndex, word);
			if (matches.length > 0) scored.push({ refIndex, score, words: 1, matches });
		});
		return scored.sort(byScore);
	}

	/**
	 * One word: runbooks containing it literally when there are `wanted` of them, else fuse.js
	 * (words of five letters or more only).
	 */
	function* termSearch(term: string, wanted: number): Generator<void, Scored[], void> {
		const literal = literalSearch(term);
		if (literal.length >= wanted || term.length < MIN_FUZZY_LENGTH) return literal;
		return yield* fuseSearch(term);
	}

	/**
	 * Ranked runbooks beyond the alert tiers. One word: `termSearch`. Several words: each word on
	 * its own (literally only, when enough runbooks contain all of them; otherwise `termSearch`
	 * per word), runbooks matching the most words first (all of them; with three or more words,
	 * all but one will do), then by mean score, halved where the words occur together as typed.
	 */
	function* ranked(text: string, wanted: number): Generator<void, Scored[], void> {
		const words = [
			...new Set(
				text
					.toLowerCase()
					.split(/\s+/)
					.filter((word) => word.length > 1 && !STOP_WORDS.has(word)),
			),
		];
		if (words.length < 2) {
			const term = words[0] ?? text.toLowerCase();
			return term.length > 1 ? yield* termSearch(term, wanted) : [];
		}

		let perWord = words.map((word) => literalSearch(word));
		const sets = perWord.map((results) => new Set(results.map((result) => result.refIndex)));
		const literalInAll =
			perWord[0]?.filter((result) => sets.every((set) => set.has(result.refIndex))).length ?? 0;
		if (literalInAll < wanted) {
			// Typos, perhaps: fuzzy matching for each word too rare to fill the list on its own.
			perWord = [];
			for (const word of words) perWord.push(yield* termSearch(word, wanted));
		}

		const combined = new Map<number, Scored>();
		for (const results of perWord)
			for (const result of results) {
				const entry = combined.get(result.refIndex);
				if (!entry) combined.set(result.refIndex, { ...result, matches: [...result.matches] });
				else {
					entry.score += result.score;
					entry.words += 1;
					entry.matches.push(...result.matches);
				}
			}
		const phrase = text.toLowerCase().replace(/\s+/g, ' ');
		const together = (refIndex: number) => haystacks[refIndex]?.includes(phrase) ?? false;
		const results = [...combined.values()]
			.map((entry) => {
				// A missed word counts as the worst score.
				const mean = (entry.score + (words.length - entry.words)) / words.length;
				return { ...entry, score: together(entry.refIndex) ? mean / 2 : mean };
			})
			.sort((a, b) => b.words - a.words || byScore(a, b));
		const best = results[0]?.words ?? 0;
		const enough = words.length > 2 ? Math.min(best, words.length - 1) : best;
		return results
			.filter((entry) => entry.words >= enough)
			.slice(0, wanted)
			.map((entry) => ({
				...entry,
				// Highlight the phrase as a whole, stop words included.
				matches: mergeMatches(
					together(entry.refIndex)
						? [...entry.matches, ...literalMatches(entry.refIndex, phrase).matches]
						: entry.matches,
				),
			}));
	}

	function* steps(query: string, options: SearchOptions = {}): Generator<void, FinderHit[], void> {
		const limit = options.limit ?? DEFAULT_LIMIT;
		const text = query.trim();
		if (text === '' || limit <= 0) return [];
		const lower = text.toLowerCase();
		const loose = looseKey(text);
		const hits: FinderHit[] = [];
		const byDoc = new Map<number, FinderHit>();

		const addAlert = (key: AlertKey, tier: 'exact' | 'prefix', ranges: MatchRange[]) => {
			const existing = byDoc.get(key.doc);
			if (existing) {
				if (!existing.details.some((detail) => detail.text === key.alert))
					existing.details.push({ kind: 'alert', text: key.alert, ranges });
				return;
			}
			if (hits.length >= limit) return;
			const doc = docs[key.doc];
			if (!doc) return;
			const hit: FinderHit = {
				slug: doc.slug,
				title: doc.title,
				severity: doc.severity,
				tier,
				titleRanges: [],
				details: [{ kind: 'alert', text: key.alert, ranges }],
			};
			byDoc.set(key.doc, hit);
			hits.push(hit);
		};

		for (const key of byLower.get(lower) ?? []) addAlert(key, 'exact', [[0, key.alert.length - 1]]);
		if (loose !== '')
			for (const key of byLoose.get(loose) ?? [])
				addAlert(key, 'exact', looseRange(key.alert, loose.length));
		for (const key of alertKeys)
			if (key.lower.startsWith(lower)) addAlert(key, 'prefix', [[0, text.length - 1]]);
		if (loose !== '')
			for (const key of alertKeys)
				if (key.loose.startsWith(loose))
					addAlert(key, 'prefix', looseRange(key.alert, loose.length));

		if (options.alertsOnly || hits.length >= limit) return hits;
		for (const result of yield* ranked(text, limit + byDoc.size)) {
			if (hits.length >= limit) break;
			if (byDoc.has(result.refIndex)) continue;
			const doc = docs[result.refIndex];
			if (!doc) continue;
			const titleMatch = result.matches.find((match) => match.key === 'title');
			const hit: FinderHit = {
				slug: doc.slug,
				title: doc.title,
				severity: doc.severity,
				tier: 'fuzzy',
				titleRanges: titleMatch ? normalizeRanges(titleMatch.indices) : [],
				details: fuzzyDetails(doc, result.matches),
			};
			byDoc.set(result.refIndex, hit);
			hits.push(hit);
		}
		return hits;
	}

	return {
		size: docs.length,
		steps,
		search: (query, options) => finish(steps(query, options)),
	};
}
