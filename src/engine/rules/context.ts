import type { Root } from 'mdast';
import type { Frontmatter } from '../parse/frontmatter.ts';
import type { Section } from '../parse/sections.ts';
import type { DocumentKind } from '../parse/source.ts';
import type { Position } from '../problem.ts';
import type { HandbookConfig } from '../schemas/config.ts';
import type { SeverityScale } from '../schemas/severity.ts';
import type { RuleId } from './registry.ts';

/** A problem as a rule reports it, before configuration decides its severity. */
export interface Finding extends Position {
	file: string;
	ruleId: RuleId;
	message: string;
	hint: string;
	/** The action item a finding is about, so a waiver can target that item alone. */
	item?: string;
}

/** A content document after parsing, shared by every rule. */
export interface ParsedDocument {
	path: string;
	kind: Exclude<DocumentKind, 'severity'>;
	/** The document's id in its collection: the file name without extension. */
	id: string;
	/** The site route the page is served at, such as `/runbooks/disk-full/`. */
	route: string;
	text: string;
	frontmatter: Frontmatter;
	/** Frontmatter after schema validation; `undefined` when it did not pass. */
	data: Record<string, unknown> | undefined;
	tree: Root | undefined;
	sections: Section[];
	/** Texts of the Action cells in a post-mortem's Action Items table, for waivers. */
	actionItems: string[];
	/** Ids of every heading on the page, as the site generates them. */
	anchors: Set<string>;
}

/** The severity scales by file name (`incident`, `action-priority`, ...). */
export type Scales = Map<string, SeverityScale>;

/** What every rule can see besides the document it checks. */
export interface RuleContext {
	today: string;
	config: HandbookConfig;
	scales: Scales;
	/** Every page the site will have, by route, with its heading ids (empty for generated pages). */
	routes: Map<string, Set<string>>;
	/** Files under `public/`, as URL paths such as `/favicon.svg`. */
	publicFiles: Set<string>;
	runbookIds: Set<string>;
	report(finding: Finding): void;
}

export type DocumentRule = (document: ParsedDocument, context: RuleContext) => void;
