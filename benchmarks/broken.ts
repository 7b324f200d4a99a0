/**
 * The ways the benchmark breaks documents on purpose. Each kind turns a valid document into one
 * that has exactly one problem with a known rule id, so the number of problems the validator must
 * find is known before it runs: a validator that stops finding them fails the benchmark.
 */

/** The document types of the corpus. */
export type DocumentType = 'runbook' | 'incident' | 'checklist';

export interface BrokenKind {
	/** A short name, used in file names: `broken-3-unknown-severity`. */
	id: string;
	type: DocumentType;
	/** The rule the validator must report, once. */
	ruleId: string;
	/** What is wrong, for the results. */
	description: string;
	/** Breaks a valid document of `type`. */
	apply: (text: string) => string;
}

/**
 * Replaces the first match of `pattern`, and insists there is one, so a change to the templates
 * cannot silently leave a "broken" document valid. With `once`, it must be the only match.
 */
function replace(text: string, pattern: RegExp, replacement: string, once = true): string {
	const count = text.match(
		new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`),
	)?.length;
	if (!count || (once && count > 1))
		throw new Error(
			`The corpus templates changed: ${pattern} matches ${count ?? 0} times, not once.`,
		);
	return text.replace(pattern, replacement);
}

/** In the order the generator uses them: the k-th broken document is of kind k mod 8. */
export const BROKEN_KINDS: ReadonlyArray<BrokenKind> = [
	{
		id: 'missing-section',
		type: 'runbook',
		ruleId: 'structure/missing-section',
		description: 'a runbook without its Escalation section',
		apply: (text) => replace(text, /## Escalation\n[\s\S]*?(?=\n## |$)/, ''),
	},
	{
		id: 'unknown-severity',
		type: 'incident',
		ruleId: 'reference/severity',
		description: 'a post-mortem whose severity is not a level of the incident scale',
		apply: (text) => replace(text, /^severity: .*$/m, 'severity: SEV-UNKNOWN'),
	},
	{
		id: 'timeline-order',
		type: 'incident',
		ruleId: 'postmortem/timeline-order',
		description: 'a post-mortem whose timeline has two rows swapped',
		// Rows 2 and 3 (detected, acknowledged) are always at distinct minutes on the same day.
		apply: (text) =>
			replace(text, /^(\| --- \| --- \|\n\|[^\n]*\n)(\|[^\n]*\n)(\|[^\n]*\n)/m, '$1$3$2'),
	},
	{
		id: 'action-item-owner',
		type: 'incident',
		ruleId: 'postmortem/action-item',
		description: 'a post-mortem with an action item that has no owner',
		// The first action item; the table has two or more.
		apply: (text) => replace(text, /^(\| [^|\n]+ \| )team-[a-z]+( \| \d{4}-)/m, '$1 $2', false),
	},
	{
		id: 'broken-link',
		type: 'runbook',
		ruleId: 'reference/link',
		description: 'a runbook that links to a page that does not exist',
		apply: (text) =>
			replace(
				text,
				/^(## Impact\n\n)/m,
				'$1See also [the retired overview](/runbooks/retired-overview/).\n\n',
			),
	},
	{
		id: 'bad-date',
		type: 'runbook',
		ruleId: 'frontmatter/schema',
		description: 'a runbook whose last_reviewed date does not exist (30 February)',
		apply: (text) => replace(text, /^last_reviewed: .*$/m, 'last_reviewed: 2026-02-30'),
	},
	{
		id: 'no-tasks',
		type: 'checklist',
		ruleId: 'checklist/no-tasks',
		description: 'a checklist whose steps are plain bullets, not tasks',
		apply: (text) => text.replaceAll('- [ ] ', '- '),
	},
	{
		id: 'unknown-runbook',
		type: 'incident',
		ruleId: 'reference/runbook',
		description: 'a post-mortem that references a runbook that does not exist',
		apply: (text) => replace(text, /^runbooks: .*$/m, 'runbooks: [retired-runbook]'),
	},
];
