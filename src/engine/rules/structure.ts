import { toString } from 'mdast-util-to-string';
import { allHeadings, hasContent, sameHeading, type Section } from '../parse/sections.ts';
import { startOf } from '../parse/tables.ts';
import type { ParsedDocument, RuleContext } from './context.ts';

/**
 * Required H2 sections: present, written as H2, in order and not empty. Returns the sections by
 * their required name so content rules can look inside them.
 */
export function checkSections(
	document: ParsedDocument,
	required: ReadonlyArray<string>,
	{ report }: RuleContext,
): Map<string, Section> {
	const found = new Map<string, Section>();
	if (!document.tree) return found;
	const { path: file } = document;
	for (const name of required) {
		const section = document.sections.find((candidate) => sameHeading(candidate.title, name));
		if (section) {
			found.set(name, section);
			continue;
		}
		const misplaced = allHeadings(document.tree).find(
			(heading) => heading.depth !== 2 && sameHeading(toString(heading), name),
		);
		if (misplaced) {
			report({
				file,
				...startOf(misplaced),
				ruleId: 'structure/heading-level',
				message: `"${name}" is written as an H${misplaced.depth} heading, but it is a required section and must be an H2.`,
				hint: `Write it as "## ${name}".`,
			});
		} else {
			report({
				file,
				...(document.sections[0]
					? startOf(document.sections[0].heading)
					: document.frontmatter.start),
				ruleId: 'structure/missing-section',
				message: `The required section "${name}" is missing.`,
				hint: `Add "## ${name}" in this order: ${required.join(', ')}.`,
			});
		}
	}

	let previousIndex = -1;
	let previousName = '';
	for (const name of required) {
		const section = found.get(name);
		if (!section) continue;
		const index = document.sections.indexOf(section);
		if (index < previousIndex) {
			report({
				file,
				...startOf(section.heading),
				ruleId: 'structure/section-order',
				message: `"${name}" is written before "${previousName}", but it belongs after it.`,
				hint: `Order the sections as ${required.join(', ')}.`,
			});
		} else {
			previousIndex = index;
			previousName = name;
		}
		if (!hasContent(section)) {
			report({
				file,
				...startOf(section.heading),
				ruleId: 'structure/empty-section',
				message: `The section "${name}" is empty.`,
				hint: 'Write at least a sentence. If it truly does not apply, say so and why.',
			});
		}
	}
	return found;
}
