/**
 * The checklist part of a handbook page, for the printable checklists: only the sections (an
 * `h2` and everything up to the next one) that hold a task list. The first-response checklist
 * prints without the eight pages of process around it; the page's address, printed with it,
 * leads to the rest.
 */
import { hasTaskList } from '../tools/checklist/detect.ts';

/**
 * Where a section of rendered Markdown begins: a level-2 heading, or the wrapper Starlight puts
 * around a heading to hold its anchor link. The wrapper is matched first and takes its heading
 * with it, so a section never starts between the two.
 */
const SECTION_START =
	/<div\b[^>]*\bclass="[^"]*\bsl-heading-wrapper\b[^"]*\blevel-h2\b[^"]*"[^>]*>\s*<h2[\s>]|<h2[\s>]/gi;

/**
 * The sections of rendered Markdown that hold a task list, in order. Text before the first
 * heading counts as a section of its own. When no section holds one, the whole HTML.
 */
export function taskListSections(html: string): string {
	const starts = [0, ...[...html.matchAll(SECTION_START)].map((match) => match.index)];
	const sections = starts.map((start, index) => html.slice(start, starts[index + 1]));
	const kept = sections.filter((section) => hasTaskList(section));
	return kept.length > 0 ? kept.join('') : html;
}
