import { editDistance } from '../../engine/utils/closest.ts';
import { byCodePoint } from '../../engine/utils/compare.ts';

export { editDistance };

/**
 * The alert names closest to one that matched no runbook, for the 404 page. Pure and small: it
 * ships in that page's script, with no dependency.
 *
 * A name is compared three ways and keeps its best score (0–1): edit distance over the whole
 * name (typos: `SiteDwn` → `SiteDown`), trigram overlap (reordered or partly remembered names),
 * and the words of the name (`DiskFull` → `…AlmostFull`). Case and separators never count:
 * `site-down` matches `SiteDown` exactly.
 */

export interface Suggestion {
	name: string;
	/** 1 for the same name up to case and separators, down to 0 for nothing in common. */
	score: number;
}

/** Below this score a name is not shown: it would be noise, not a suggestion. */
export const MIN_SCORE = 0.38;
/** How many suggestions the 404 page lists. */
export const MAX_SUGGESTIONS = 5;

/** Lower case, letters and digits only: `Site-Down` → `sitedown`. */
export function normaliseName(name: string): string {
	return name.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** The words of an alert name: camel case, digits and separators split it (`HTTPProbeFailed` → http, probe, failed). */
export function nameWords(name: string): string[] {
	return name
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter((word) => word.length > 0);
}

function trigrams(text: string): Map<string, number> {
	const padded = `  ${text} `;
	const counts = new Map<string, number>();
	for (let i = 0; i + 3 <= padded.length; i++) {
		const gram = padded.slice(i, i + 3);
		counts.set(gram, (counts.get(gram) ?? 0) + 1);
	}
	return counts;
}

/** Dice coefficient of the two texts' trigrams (0–1). */
export function trigramSimilarity(a: string, b: string): number {
	const left = trigrams(a);
	const right = trigrams(b);
	let shared = 0;
	let total = 0;
	for (const [gram, count] of left) {
		shared += Math.min(count, right.get(gram) ?? 0);
		total += count;
	}
	for (const count of right.values()) total += count;
	return total === 0 ? 0 : (2 * shared) / total;
}

/** Whether two words are the same word, give or take a typo or a truncation. */
function sameWord(a: string, b: string): boolean {
	if (a === b) return true;
	if (Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a))) return true;
	return Math.min(a.length, b.length) >= 5 && editDistance(a, b) <= 1;
}

/**
 * How many of the asked-for words the name has (0–1). Mostly recall: a responder remembers
 * part of a name (`DiskFull` for `NodeFilesystemAlmostFull`), so extra words in the name cost
 * little.
 */
function wordSimilarity(query: readonly string[], name: readonly string[]): number {
	if (query.length === 0 || name.length === 0) return 0;
	const matched = query.filter((word) => name.some((other) => sameWord(word, other))).length;
	return 0.8 * (matched / query.length) + 0.15 * (matched / name.length);
}

/** How close `name` is to what was asked for (0–1). */
export function nameSimilarity(query: string, name: string): number {
	const a = normaliseName(query);
	const b = normaliseName(name);
	if (a.length === 0 || b.length === 0) return 0;
	if (a === b) return 1;
	const edit = 1 - editDistance(a, b) / Math.max(a.length, b.length);
	// One name inside the other (`SiteDown` in `SiteDownEU`), scaled by how much is missing.
	const contained =
		Math.min(a.length, b.length) >= 4 && (a.includes(b) || b.includes(a))
			? 0.6 + 0.35 * (Math.min(a.length, b.length) / Math.max(a.length, b.length))
			: 0;
	const words = wordSimilarity(nameWords(query), nameWords(name));
	const trigram = trigramSimilarity(a, b);
	// The best of the views decides; how much of the spelling matches breaks ties between names
	// that share as many words. Stays below 1, which only the same name reaches.
	const best = Math.max(edit, trigram, contained, words);
	return 0.9 * best + 0.09 * ((edit + trigram) / 2);
}

/**
 * The known alert names closest to `query`, best first (ties by name), at most `limit`, none
 * below `MIN_SCORE`.
 */
export function suggestAlerts(
	query: string,
	names: readonly string[],
	limit: number = MAX_SUGGESTIONS,
): Suggestion[] {
	return [...new Set(names)]
		.map((name) => ({ name, score: nameSimilarity(query, name) }))
		.filter((suggestion) => suggestion.score >= MIN_SCORE)
		.sort((a, b) => b.score - a.score || byCodePoint(a.name, b.name))
		.slice(0, Math.max(0, limit));
}

/**
 * The alert name in a 404 page's path, if the path is an alert deep link (`<base>/alerts/<name>/`),
 * decoded; undefined for any other path or a name that cannot be decoded.
 */
export function alertNameFromPath(pathname: string, base: string = ''): string | undefined {
	const prefix = base.replace(/\/+$/, '');
	if (prefix && !pathname.startsWith(`${prefix}/`)) return undefined;
	const match = /^\/alerts\/([^/]+)\/?$/.exec(pathname.slice(prefix.length));
	if (!match) return undefined;
	try {
		const name = decodeURIComponent(match[1]!).trim();
		return name.length > 0 ? name : undefined;
	} catch {
		return undefined;
	}
}
