/**
 * Item identity for the checklist tracker.
 *
 * A tick belongs to an item's text, never to its position: when a checklist is edited later
 * (items added, removed or reordered), every stored tick still lands on the item it was made
 * for, and ticks for items that no longer exist match nothing.
 */

/** Separates a repeated item's text from its occurrence number. Never part of normalised text. */
const OCCURRENCE_SEPARATOR = '\t#';

/**
 * The text an item is recognised by: Unicode-normalised, typographic quotes and dashes made
 * plain, whitespace collapsed, lower case. Small edits to spacing, capitals or quote style keep
 * the tick on the item.
 */
export function normaliseItemText(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
		.replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
		.replace(/[\u2010-\u2015\u2212]/g, '-')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

/**
 * One key per item, in the order given: the normalised text, and for the second and later items
 * with the same text, an occurrence number (`text\t#2`). Nothing positional goes into a key.
 */
export function itemKeys(texts: readonly string[]): string[] {
	const seen = new Map<string, number>();
	return texts.map((text) => {
		const normalised = normaliseItemText(text);
		const occurrence = (seen.get(normalised) ?? 0) + 1;
		seen.set(normalised, occurrence);
		return occurrence === 1 ? normalised : `${normalised}${OCCURRENCE_SEPARATOR}${occurrence}`;
	});
}
