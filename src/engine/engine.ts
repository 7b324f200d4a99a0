import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import type { z } from 'astro/zod';
import { parseFrontmatter } from './parse/frontmatter.ts';
import { parseMarkdown } from './parse/markdown.ts';
import { splitSections } from './parse/sections.ts';
import { decodeText } from './parse/text.ts';
import { KIND_FOLDERS, baseName, kindOf, stem, type SourceFile } from './parse/source.ts';
import { alertRoute, documentRoute, STATIC_ROUTES } from './routes.ts';
import { incident, maintenance, runbook, handbookPage } from './schemas/index.ts';
import type { HandbookConfig } from './schemas/config.ts';
import type { Problem } from './problem.ts';
import { getRule } from './rules/registry.ts';
import type { DocumentRule, Finding, ParsedDocument, RuleContext } from './rules/context.ts';
import { checkSchema } from './rules/schema.ts';
import { loadScales } from './rules/scales.ts';
import { checkRunbook } from './rules/runbook.ts';
import { checkIncident } from './rules/incident.ts';
import { checkMaintenance } from './rules/maintenance.ts';
import { checkLinks, collectLinks, type InternalLink } from './rules/links.ts';
import { checkCredentials } from './rules/credentials.ts';
import { checkExpressions } from './rules/expressions.ts';
import { applyWaivers } from './rules/waivers.ts';
import type { RunbookFrontmatter } from './schemas/runbook.ts';
import { isRealDate } from './utils/dates.ts';

export interface ValidateOptions {
	/** Today's date in UTC (`YYYY-MM-DD`). Injected so results never depend on the clock. */
	today: string;
	config: HandbookConfig;
	/** Treat every warning as an error. @default false */
	strict?: boolean;
	/** Content folder relative to the project root. @default "src/content" */
	contentDir?: string;
	/** Files in `public/` as site paths (`/favicon.svg`), so links to them resolve. @default [] */
	publicFiles?: Iterable<string>;
	/** Problems found before the engine ran, such as configuration errors. @default [] */
	initialProblems?: Problem[];
}

export interface Report {
	today: string;
	/** Content files checked. */
	files: number;
	problems: Problem[];
	errorCount: number;
	warningCount: number;
}

type Kind = ParsedDocument['kind'];

const SCHEMAS: Record<Kind, z.ZodType> = { runbook, incident, maintenance, page: handbookPage };
const KIND_RULES: Record<Kind, DocumentRule | undefined> = {
	runbook: checkRunbook,
	incident: checkIncident,
	maintenance: checkMaintenance,
	page: undefined,
};
const FILE_NAMES: Record<Exclude<Kind, 'page'>, { pattern: RegExp; example: string }> = {
	runbook: { pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx?$/, example: 'database-failover.mdx' },
	maintenance: { pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx?$/, example: 'weekly.mdx' },
	incident: {
		pattern: /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.mdx?$/,
		example: '2026-03-14-checkout-errors.mdx',
	},
};

/**
 * Validates a whole handbook from its source files. Pure: no file system, no clock, no
 * `astro:*` modules, so the command, the build integration and the tests all call this.
 */
export function validateSources(
	sources: ReadonlyArray<SourceFile>,
	options: ValidateOptions,
): Report {
	const contentDir = options.contentDir ?? 'src/content';
	const findings: Finding[] = [];
	const report = (finding: Finding) => findings.push(finding);

	const texts: Array<{ path: string; text: string; kind: NonNullable<ReturnType<typeof kindOf>> }> =
		[];
	for (const source of sources) {
		const kind = kindOf(source.path, contentDir);
		if (!kind) continue;
		const text = decodeText(source.contents);
		if (text === undefined) {
			report({
				file: source.path,
				line: 1,
				column: 1,
				ruleId: 'file/binary',
				message: 'This file is not UTF-8 text, so it cannot be a handbook document.',
				hint: 'Save it as UTF-8 text, or move binary files such as images to public/ or src/assets/.',
			});
		} else if (text.trim() === '') {
			report({
				file: source.path,
				line: 1,
				column: 1,
				ruleId: 'file/empty',
				message: 'This file is empty.',
				hint: 'Write the document (the authoring guide has a template for each type) or delete the file.',
			});
		} else {
			texts.push({ path: source.path, text, kind });
		}
	}

	const scaleFolder = `${contentDir}/${KIND_FOLDERS.severity}`;
	const scaleFiles = texts.filter((file) => file.kind === 'severity' && /\.ya?ml$/.test(file.path));
	const scales = loadScales(scaleFiles, scaleFolder, report);
	for (const file of scaleFiles) checkCredentials(file.path, file.text, { report });

	// Routes and runbook ids come from file names, so each document can be fully checked, and its
	// syntax tree dropped, before the next is parsed; only links wait for every page's headings.
	// That keeps memory flat as the handbook grows.
	const routes = new Map<string, Set<string>>(
		STATIC_ROUTES.map((route) => [route, new Set<string>()]),
	);
	const markdown = texts.filter((file) => file.kind !== 'severity' && /\.mdx?$/.test(file.path));
	for (const file of markdown)
		routes.set(routeOf(file.path, file.kind as Kind, contentDir), new Set());
	const context: RuleContext = {
		today: options.today,
		config: options.config,
		scales,
		routes,
		publicFiles: new Set(options.publicFiles ?? []),
		runbookIds: new Set(
			markdown.filter((file) => file.kind === 'runbook').map((file) => stem(file.path)),
		),
		report,
	};

	const checked: Array<{ document: CheckedDocument; own: Finding[] }> = [];
	for (const file of texts) {
		if (file.kind === 'severity') {
			if (!/\.ya?ml$/.test(file.path)) {
				report({
					file: file.path,
					line: 1,
					column: 1,
					ruleId: 'file/name',
					message: `Severity scales are YAML files, but "${baseName(file.path)}" is not.`,
					hint: 'Rename it to <scale>.yaml, or move it out of the severity folder.',
				});
			}
			continue;
		}
		const document = parseDocument(file.path, file.text, file.kind, contentDir, report);
		if (!document) continue;
		const own: Finding[] = [];
		const documentContext = { ...context, report: (finding: Finding) => own.push(finding) };
		KIND_RULES[document.kind]?.(document, documentContext);
		checkCredentials(document.path, document.text, documentContext);
		checkExpressions(document, documentContext);
		routes.set(document.route, document.anchors);
		if (document.kind === 'runbook' && document.data) {
			for (const alert of (document.data as RunbookFrontmatter).alerts)
				routes.set(alertRoute(alert), new Set());
		}
		const { tree, sections: _sections, text: _text, ...rest } = document;
		checked.push({ document: { ...rest, links: tree ? collectLinks(tree) : [] }, own });
	}

	for (const { document, own } of checked) {
		checkLinks(document, document.links, {
			...context,
			report: (finding: Finding) => own.push(finding),
		});
	}
	const findingsByPath = new Map(checked.map((entry) => [entry.document.path, entry.own]));
	checkDuplicateAlerts(
		checked.map((entry) => entry.document),
		(finding) => findingsByPath.get(finding.file)?.push(finding),
	);
	for (const { document, own } of checked)
		findings.push(...applyWaivers(document, own, options.today));

	return finish(
		findings,
		options,
		sources.filter((source) => kindOf(source.path, contentDir)).length,
	);
}

/** A document after its own checks, without the heavy parts that are no longer needed. */
type CheckedDocument = Omit<ParsedDocument, 'tree' | 'sections' | 'text'> & {
	links: InternalLink[];
};

function routeOf(path: string, kind: Kind, contentDir: string): string {
	return documentRoute(kind, path.slice(`${contentDir}/${KIND_FOLDERS[kind]}/`.length));
}

function parseDocument(
	path: string,
	text: string,
	kind: Kind,
	contentDir: string,
	report: (finding: Finding) => void,
): ParsedDocument | undefined {
	const name = baseName(path);
	if (!/\.mdx?$/.test(name)) {
		report({
			file: path,
			line: 1,
			column: 1,
			ruleId: 'file/name',
			message: `"${name}" is not a Markdown or MDX file, so the site ignores it.`,
			hint: 'Use the .md or .mdx extension, or move the file out of src/content.',
		});
		return undefined;
	}
	if (kind !== 'page') {
		const { pattern, example } = FILE_NAMES[kind];
		const dated = /^(\d{4}-\d{2}-\d{2})-/.exec(name);
		if (!pattern.test(name)) {
			report({
				file: path,
				line: 1,
				column: 1,
				ruleId: 'file/name',
				message: `The file name "${name}" does not follow the pattern for this folder.`,
				hint: `Use lowercase words joined by hyphens${kind === 'incident' ? ', starting with the incident date' : ''}, such as ${example}.`,
			});
		} else if (dated && !isRealDate(dated[1]!)) {
			report({
				file: path,
				line: 1,
				column: 1,
				ruleId: 'file/name',
				message: `The file name starts with ${dated[1]}, which is not a real date.`,
				hint: 'Start the name with the incident date as YYYY-MM-DD.',
			});
		}
	}

	const frontmatter = parseFrontmatter(text);
	if (!frontmatter) {
		report({
			file: path,
			line: 1,
			column: 1,
			ruleId: 'frontmatter/missing',
			message: 'This document has no frontmatter, so it has no title or metadata.',
			hint: 'Start the file with a block between two "---" lines holding at least "title:"; the authoring guide has a template.',
		});
		return undefined;
	}
	for (const error of frontmatter.errors) {
		report({
			file: path,
			line: error.line,
			column: error.column,
			ruleId: 'frontmatter/yaml',
			message: `The frontmatter is not valid YAML: ${error.message}.`,
			hint: 'Fix the YAML syntax; check indentation, quoting and that every key is followed by a colon and a space.',
		});
	}
	const what =
		kind === 'page'
			? 'page frontmatter'
			: `${kind === 'incident' ? 'post-mortem' : kind} frontmatter`;
	const data = frontmatter.errors.length
		? undefined
		: (checkSchema({
				file: path,
				frontmatter,
				schema: SCHEMAS[kind],
				what,
				ruleId: 'frontmatter/schema',
				report,
			}) as Record<string, unknown> | undefined);

	const parsed = parseMarkdown(text, name.endsWith('.mdx'));
	if ('error' in parsed) {
		report({
			file: path,
			line: parsed.error.line,
			column: parsed.error.column,
			ruleId: 'syntax/markdown',
			message: `The ${name.endsWith('.mdx') ? 'MDX' : 'Markdown'} cannot be parsed: ${parsed.error.message.replace(/\.?$/, '.')}`,
			hint: 'In MDX, write < and { as &lt; and &#123; (or inside `code`), close every tag, and use {/* */} instead of <!-- --> for comments.',
		});
	}
	const tree = 'tree' in parsed ? parsed.tree : undefined;
	const slugger = new GithubSlugger();
	const anchors = new Set<string>();
	if (tree) {
		for (const node of tree.children)
			if (node.type === 'heading') anchors.add(slugger.slug(toString(node)));
	}
	return {
		path,
		kind,
		id: stem(path),
		route: routeOf(path, kind, contentDir),
		text,
		frontmatter,
		data,
		tree,
		sections: tree ? splitSections(tree) : [],
		actionItems: [],
		anchors,
	};
}

/** Each alert name may open one runbook only: an alert link must not have to guess. */
function checkDuplicateAlerts(
	documents: ReadonlyArray<CheckedDocument>,
	report: (finding: Finding) => void,
): void {
	const owners = new Map<string, CheckedDocument>();
	for (const document of documents) {
		if (document.kind !== 'runbook' || !document.data) continue;
		const { alerts } = document.data as RunbookFrontmatter;
		alerts.forEach((alert, index) => {
			const owner = owners.get(alert);
			if (!owner) {
				owners.set(alert, document);
				return;
			}
			report({
				file: document.path,
				...document.frontmatter.locate(['alerts', index]),
				ruleId: 'runbook/duplicate-alert',
				message:
					owner === document
						? `The alert "${alert}" is listed twice in this runbook.`
						: `The alert "${alert}" already belongs to ${owner.path}.`,
				hint: 'Each alert opens exactly one runbook. Remove it here, or merge the two runbooks.',
			});
		});
	}
}

/** Decides each finding's severity from the rule, the configuration and `strict`, then sorts. */
function finish(findings: ReadonlyArray<Finding>, options: ValidateOptions, files: number): Report {
	const problems: Problem[] = [...(options.initialProblems ?? [])];
	for (const { item: _item, ...finding } of findings) {
		const rule = getRule(finding.ruleId);
		let level = options.config.rules[finding.ruleId] ?? rule?.level ?? 'error';
		if (level === 'off') continue;
		if (rule?.timeBased && options.config.timeRules === 'warn') level = 'warn';
		if (options.strict) level = 'error';
		problems.push({ ...finding, severity: level === 'warn' ? 'warning' : 'error' });
	}
	if (options.strict) for (const problem of problems) problem.severity = 'error';
	problems.sort(
		(a, b) =>
			a.file.localeCompare(b.file) ||
			a.line - b.line ||
			a.column - b.column ||
			a.ruleId.localeCompare(b.ruleId),
	);
	const errorCount = problems.filter((problem) => problem.severity === 'error').length;
	return {
		today: options.today,
		files,
		problems,
		errorCount,
		warningCount: problems.length - errorCount,
	};
}
