/**
 * The id of each row of a post-mortem's Action Items table, such as
 * `action-rotate-the-dns-token`. One definition for both sides of the link: the Markdown plugin
 * that writes the ids on post-mortem pages (src/markdown/action-item-anchors.ts) and the
 * /action-items/ page that links to them. Pure.
 */

/** What every row id starts with, so ids never clash with the page's heading ids. */
export const ACTION_ANCHOR_PREFIX = 'action-';

/**
 * Ids a post-mortem page already uses that a row must not take: the Action Items heading itself
 * (an action named “Items” would otherwise become `action-items`).
 */
const RESERVED = ['action-items'];

/**
 * The slug of an action's text: lower case, words joined by `-`. Like GitHub's heading slugs,
 * but every run of punctuation and spaces becomes one `-` and apostrophes vanish, because the
 * page sees the text after typographic replacement (`'` → `’`, `--` → `–`, `"` → `“”`) while the
 * action-item reader sees it as typed; both must give the same slug.
 */
export function actionSlug(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\u0027\u2018\u2019\u02bc`]/g, '')
		.replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * The row ids of one Action Items table, in row order, from the Action cell texts of the rows
 * that have one (rows with an empty Action cell get no id and take no part in the numbering).
 * An action whose text repeats gets `-1`, `-2`… like repeated GitHub headings; text without a
 * letter or digit becomes `action-item`.
 */
export function actionItemAnchors(actions: readonly string[]): string[] {
	const taken = new Set(RESERVED);
	return actions.map((action) => {
		const base = `${ACTION_ANCHOR_PREFIX}${actionSlug(action) || 'item'}`;
		let id = base;
		for (let suffix = 1; taken.has(id); suffix += 1) id = `${base}-${suffix}`;
		taken.add(id);
		return id;
	});
}
