import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import type { Processor } from 'unified';

/**
 * The parts of GFM the rules read: tables, task lists, strikethrough and footnotes (so `[^1]` is
 * not mistaken for a placeholder). remark-gfm would also turn bare URLs into links, a tree walk
 * that cost about 15% of validation time at 5,000 documents and that no rule needs: bare URLs
 * are always external.
 */
export function remarkGfmForValidation(this: Processor): void {
	const data = this.data();
	(data.micromarkExtensions ??= []).push(
		gfmTable(),
		gfmTaskListItem(),
		gfmStrikethrough(),
		gfmFootnote(),
	);
	(data.fromMarkdownExtensions ??= []).push(
		gfmTableFromMarkdown(),
		gfmTaskListItemFromMarkdown(),
		gfmStrikethroughFromMarkdown(),
		gfmFootnoteFromMarkdown(),
	);
}
