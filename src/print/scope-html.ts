/**
 * Makes one document's rendered HTML safe to place beside others on one page, as the print
 * collections do: every id is prefixed, so two runbooks' `#trigger` headings stay distinct and
 * in-page links, labels and ARIA references still point inside their own document; and headings
 * move down a level, under the heading that names the document.
 *
 * Works on the tags of trusted, well-formed HTML from the site's own Markdown renderer. Text,
 * comments, scripts and styles are left exactly as they are, so code samples that show HTML are
 * never rewritten.
 */

/** A tag, an HTML comment, or a script or style element with its raw contents. */
const TOKEN =
	/<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/?[a-zA-Z][\w:-]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;

/** Attributes that hold one id or a space-separated list of ids. */
const ID_LISTS = new Set([
	'for',
	'headers',
	'aria-labelledby',
	'aria-describedby',
	'aria-controls',
	'aria-owns',
]);

const ATTRIBUTE = /(\s)([^\s"'>/=]+)(\s*=\s*)("([^"]*)"|'([^']*)')/g;

export interface ScopeOptions {
	/** Put before every id, as `${prefix}--${id}`. */
	prefix: string;
	/** Levels to move headings down (`h2` becomes `h3` with 1); `h6` is as low as they go. */
	demote?: number;
	/**
	 * The document's own page, as a site path. An in-page link to an id this HTML does not hold
	 * (a section left out of the print) leads there instead of nowhere.
	 */
	page?: string;
}

/** `html` with its ids scoped under `prefix` and its headings demoted. */
export function scopeHtml(html: string, { prefix, demote = 0, page }: ScopeOptions): string {
	const ids = new Set<string>();
	for (const [tag] of html.matchAll(TOKEN)) {
		if (!isTag(tag)) continue;
		for (const match of tag.matchAll(ATTRIBUTE)) {
			if (match[2]!.toLowerCase() === 'id') ids.add(decodeEntities(match[5] ?? match[6] ?? ''));
		}
	}
	const scoped = (id: string) => (ids.has(decodeEntities(id)) ? `${prefix}--${id}` : id);
	const fragment = (id: string) => {
		if (ids.has(decodeEntities(id))) return `#${prefix}--${id}`;
		return page === undefined ? `#${id}` : `${page}#${id}`;
	};

	return html.replace(TOKEN, (tag) => {
		if (!isTag(tag)) return tag;
		let result = tag.replace(
			ATTRIBUTE,
			(whole, space, name: string, equals, _quoted, double, single) => {
				const key = name.toLowerCase();
				const value: string = double ?? single ?? '';
				const quote = double === undefined ? "'" : '"';
				let next = value;
				if (key === 'id') next = scoped(value);
				else if (ID_LISTS.has(key))
					next = value
						.split(/(\s+)/)
						.map((part) => (/\S/.test(part) ? scoped(part) : part))
						.join('');
				else if (key === 'href' && value.startsWith('#') && value.length > 1)
					next = fragment(value.slice(1));
				return next === value ? whole : `${space}${name}${equals}${quote}${next}${quote}`;
			},
		);
		if (demote > 0) {
			const lower = (level: string) => Math.min(6, Number(level) + demote);
			result = result
				.replace(
					/^<(\/?)h([1-6])\b/i,
					(_whole, slash: string, level: string) => `<${slash}h${lower(level)}`,
				)
				// Starlight's heading wrapper names the level in its class; it moves with its heading.
				.replace(
					/(\sclass="[^"]*\blevel-h)([1-6])\b/,
					(_whole, start: string, level: string) => `${start}${lower(level)}`,
				);
		}
		return result;
	});
}

/** Whether a token is a tag, rather than a comment or a whole script or style element. */
function isTag(token: string): boolean {
	return !token.startsWith('<!--') && !/^<(script|style)\b/i.test(token);
}

const ENTITIES: Readonly<Record<string, string>> = {
	amp: '&',
	quot: '"',
	apos: "'",
	lt: '<',
	gt: '>',
};

/** Enough entity decoding to compare ids written `a&amp;b` and `a&#x26;b` as the same. */
function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
		if (entity[0] === '#') {
			const code =
				entity[1] === 'x' || entity[1] === 'X'
					? Number.parseInt(entity.slice(2), 16)
					: Number(entity.slice(1));
			return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
		}
		return ENTITIES[entity.toLowerCase()] ?? whole;
	});
}
