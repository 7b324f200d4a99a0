import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { remarkGfmForValidation } from './gfm.ts';
import remarkMdx from 'remark-mdx';
import type { Root } from 'mdast';
import type { Position } from '../problem.ts';

// One processor per flavour, built once: constructing unified pipelines per file is measurable
// at thousands of documents.
const markdownProcessor = unified()
	.use(remarkParse)
	.use(remarkFrontmatter, ['yaml'])
	.use(remarkGfmForValidation);
const mdxProcessor = unified()
	.use(remarkParse)
	.use(remarkFrontmatter, ['yaml'])
	.use(remarkGfmForValidation)
	.use(remarkMdx);

export type ParseResult = { tree: Root } | { error: Position & { message: string } };

/** Parses Markdown or MDX into an mdast tree; a syntax error comes back positioned. */
export function parseMarkdown(text: string, mdx: boolean): ParseResult {
	const processor: Processor<Root> = (mdx
		? mdxProcessor
		: markdownProcessor) as unknown as Processor<Root>;
	try {
		return { tree: processor.parse(text) };
	} catch (error) {
		const cause = error as { line?: number; column?: number; reason?: string; message?: string };
		return {
			error: {
				line: cause.line ?? 1,
				column: cause.column ?? 1,
				message: cause.reason ?? cause.message ?? String(error),
			},
		};
	}
}
