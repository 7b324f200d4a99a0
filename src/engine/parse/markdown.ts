import { markdownToMdast, mdxToMdast, type Features } from 'satteri';
import type { Root } from 'mdast';
import type { Position } from '../problem.ts';

/**
 * The syntax the site is built with: Sätteri, Astro's Markdown processor, with GFM and
 * frontmatter (its defaults). Parsing with the build's own parser means the validator accepts
 * exactly the documents the build accepts and reports the same syntax errors, before a build.
 * Directives stay off: Starlight turns them on only for its `:::note` asides and puts every other
 * `:name` back as text, so with them on the rules would read `09:12` as "09" and a directive.
 */
const SITE_FEATURES: Features = { gfm: true, frontmatter: true };

export type ParseResult = { tree: Root } | { error: Position & { message: string } };

/** Sätteri's syntax errors read `7:1: Expected a closing tag for <Foo> (7:1) (mdx-jsx:…)`. */
const SYNTAX_ERROR = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w-]+:[\w-]+\))?$/;

/** Parses Markdown or MDX into an mdast tree; a syntax error comes back positioned. */
export function parseMarkdown(text: string, mdx: boolean): ParseResult {
	try {
		const parse = mdx ? mdxToMdast : markdownToMdast;
		return { tree: parse(text, { features: SITE_FEATURES }) as unknown as Root };
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const positioned = SYNTAX_ERROR.exec(message);
		if (!positioned) return { error: { line: 1, column: 1, message } };
		return {
			error: {
				line: Number(positioned[1]),
				column: Number(positioned[2]),
				// The parser repeats the place in brackets; the report shows it already.
				message: positioned[3]!.replace(/ \(\d+:\d+(?:-\d+:\d+)?\)$/, ''),
			},
		};
	}
}
