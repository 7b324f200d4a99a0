/**
 * Every rule the engine knows. Ids are stable: they appear in reports, in waivers, in
 * `handbook.config.json` overrides and in the URL of each rule's documentation page.
 */
export interface RuleDefinition {
	id: string;
	/** How the rule reports unless configured otherwise. */
	level: 'error' | 'warn';
	/** Rules that depend on today's date. `timeRules: "warn"` softens all of them at once. */
	timeBased?: true;
	/** One line for the rule reference. */
	summary: string;
}

const rules = [
	{
		id: 'config/invalid',
		level: 'error',
		summary:
			'handbook.config.json or HANDBOOK_TIME_RULES holds a value the handbook does not understand.',
	},
	{ id: 'file/empty', level: 'error', summary: 'A content file is empty.' },
	{ id: 'file/binary', level: 'error', summary: 'A content file is not UTF-8 text.' },
	{
		id: 'file/name',
		level: 'error',
		summary: 'A file name does not follow the naming pattern of its folder.',
	},
	{ id: 'syntax/markdown', level: 'error', summary: 'The Markdown or MDX body cannot be parsed.' },
	{
		id: 'syntax/mdx-expression',
		level: 'error',
		summary: 'An MDX file uses {name} braces that would fail when the page renders.',
	},
	{ id: 'frontmatter/missing', level: 'error', summary: 'A document has no frontmatter block.' },
	{
		id: 'frontmatter/yaml',
		level: 'error',
		summary: 'The frontmatter (or a severity scale file) is not valid YAML.',
	},
	{
		id: 'frontmatter/schema',
		level: 'error',
		summary: 'A frontmatter field is missing, has the wrong type or an invalid value.',
	},
	{
		id: 'frontmatter/unknown-key',
		level: 'error',
		summary: 'The frontmatter has a key the schema does not define.',
	},
	{ id: 'structure/missing-section', level: 'error', summary: 'A required H2 section is missing.' },
	{
		id: 'structure/section-order',
		level: 'error',
		summary: 'Required sections are not in the expected order.',
	},
	{ id: 'structure/empty-section', level: 'error', summary: 'A required section has no content.' },
	{
		id: 'structure/heading-level',
		level: 'error',
		summary: 'A required section heading is written at the wrong level.',
	},
	{
		id: 'table/missing-cell',
		level: 'error',
		summary: 'A row of a required table has missing or empty cells.',
	},
	{
		id: 'runbook/quick-diagnosis-code',
		level: 'error',
		summary: 'Quick Diagnosis has no code block to copy.',
	},
	{
		id: 'runbook/common-causes-table',
		level: 'error',
		summary: 'Common Causes has no table with Symptom and Fix columns.',
	},
	{
		id: 'runbook/duplicate-alert',
		level: 'error',
		summary: 'An alert name is claimed by more than one runbook.',
	},
	{
		id: 'runbook/review-overdue',
		level: 'warn',
		timeBased: true,
		summary: 'A runbook is past its review date.',
	},
	{
		id: 'postmortem/file-date',
		level: 'error',
		summary: 'The date in a post-mortem file name differs from its started_at date.',
	},
	{ id: 'postmortem/timestamps', level: 'error', summary: 'Incident timestamps are out of order.' },
	{
		id: 'postmortem/timeline-table',
		level: 'error',
		summary: 'Timeline has no table with Time (UTC) and Event columns.',
	},
	{ id: 'postmortem/timeline-time', level: 'error', summary: 'A timeline time cannot be read.' },
	{
		id: 'postmortem/timeline-order',
		level: 'error',
		summary: 'Timeline rows are not in chronological order.',
	},
	{
		id: 'postmortem/action-items-table',
		level: 'error',
		summary: 'Action Items has no table with the required columns.',
	},
	{
		id: 'postmortem/action-item',
		level: 'error',
		summary: 'An action item has no owner, an invalid due date or an unknown status.',
	},
	{
		id: 'postmortem/action-item-overdue',
		level: 'error',
		timeBased: true,
		summary: 'An open action item is past its due date.',
	},
	{
		id: 'postmortem/draft-overdue',
		level: 'error',
		timeBased: true,
		summary: 'A draft post-mortem is past its severity’s deadline.',
	},
	{
		id: 'postmortem/placeholder',
		level: 'error',
		summary: 'A final post-mortem still contains placeholders.',
	},
	{
		id: 'checklist/no-tasks',
		level: 'error',
		summary: 'A maintenance checklist has no task list.',
	},
	{
		id: 'scale/missing',
		level: 'error',
		summary: 'A severity scale the handbook needs does not exist.',
	},
	{
		id: 'scale/schema',
		level: 'error',
		summary: 'A severity scale file does not match the scale schema.',
	},
	{ id: 'scale/duplicate-level', level: 'error', summary: 'Two levels in one scale share an id.' },
	{
		id: 'reference/severity',
		level: 'error',
		summary: 'A severity id is not a level of the incident scale.',
	},
	{
		id: 'reference/priority',
		level: 'error',
		summary: 'An action-item priority is not a level of the action-priority scale.',
	},
	{
		id: 'reference/runbook',
		level: 'error',
		summary: 'A post-mortem references a runbook that does not exist.',
	},
	{
		id: 'reference/link',
		level: 'error',
		summary: 'An internal link points to a page or heading that does not exist.',
	},
	{
		id: 'security/credential',
		level: 'error',
		summary: 'Content contains a credential-shaped string.',
	},
	{
		id: 'waiver/expired',
		level: 'error',
		timeBased: true,
		summary: 'A waiver is past its expiry date.',
	},
	{
		id: 'waiver/unknown-rule',
		level: 'error',
		summary: 'A waiver names a rule that does not exist.',
	},
	{
		id: 'waiver/unknown-item',
		level: 'warn',
		summary: 'A waiver names an action item that does not exist.',
	},
] as const satisfies ReadonlyArray<RuleDefinition>;

export type RuleId = (typeof rules)[number]['id'];

export const RULES: ReadonlyArray<RuleDefinition> = rules;

const byId = new Map<string, RuleDefinition>(rules.map((rule) => [rule.id, rule]));

export function getRule(id: string): RuleDefinition | undefined {
	return byId.get(id);
}
