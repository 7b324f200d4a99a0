/**
 * Builds the quick finder's data from runbooks at build time: titles, alerts, services and the
 * Symptom column of each Common Causes table, read with the validator's own parsers so the
 * finder sees the table exactly as the rules do. Server-side only (it pulls in the Markdown
 * parser); the browser gets the JSON.
 */
import { parseMarkdown } from '../../engine/parse/markdown.ts';
import { sameHeading, splitSections } from '../../engine/parse/sections.ts';
import { columnIndex, findTable, readTable } from '../../engine/parse/tables.ts';
import type { RUNBOOK_SECTIONS } from '../../engine/schemas/runbook.ts';
import { FINDER_DATA_VERSION, type FinderData, type FinderRow } from './types.ts';

/** The section and column the symptoms come from (names from the runbook contract). */
const COMMON_CAUSES: (typeof RUNBOOK_SECTIONS)[number] = 'Common Causes';
const SYMPTOM_COLUMN = 'Symptom';

/** What the finder needs from one runbook. */
export interface FinderSource {
	slug: string;
	title: string;
	severity: string;
	alerts: readonly string[];
	services: readonly string[];
	/** The Markdown/MDX body (without frontmatter), for the Common Causes symptoms. */
	body?: string | undefined;
	/** Whether the body is MDX (`.mdx`) rather than plain Markdown. @default true */
	mdx?: boolean;
}

/** Collapses whitespace so a table cell reads as one line. */
function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/**
 * The Symptom cells of the body's Common Causes table, in order, without blanks or repeats.
 * A body that does not parse, or has no such section, table or column, gives none: the
 * validator reports those problems; the finder just has less to match on.
 */
export function symptomsOf(body: string, mdx = true): string[] {
	const parsed = parseMarkdown(body, mdx);
	if ('error' in parsed) return [];
	const section = splitSections(parsed.tree).find((candidate) =>
		sameHeading(candidate.title, COMMON_CAUSES),
	);
	const node = section && findTable(section.content);
	if (!node) return [];
	const table = readTable(node);
	const column = columnIndex(table, SYMPTOM_COLUMN);
	if (column === -1) return [];
	const symptoms = table.rows.map((row) => oneLine(row.cells[column]?.text ?? ''));
	return [...new Set(symptoms.filter((symptom) => symptom.length > 0))];
}

/** The finder data for a set of runbooks, ordered by title so the output is stable. */
export function buildFinderData(sources: readonly FinderSource[]): FinderData {
	const services: string[] = [];
	const serviceIndex = new Map<string, number>();
	const indexOfService = (name: string) => {
		let index = serviceIndex.get(name);
		if (index === undefined) {
			index = services.push(name) - 1;
			serviceIndex.set(name, index);
		}
		return index;
	};

	const sorted = [...sources].sort(
		(a, b) =>
			a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) || a.slug.localeCompare(b.slug),
	);
	const rows = sorted.map((source): FinderRow => {
		const row: FinderRow = { s: source.slug, t: oneLine(source.title), l: source.severity };
		if (source.alerts.length > 0) row.a = [...source.alerts];
		const used = [...new Set(source.services)].map(indexOfService);
		if (used.length > 0) row.v = used;
		const symptoms = source.body ? symptomsOf(source.body, source.mdx ?? true) : [];
		if (symptoms.length > 0) row.y = symptoms;
		return row;
	});
	return { v: FINDER_DATA_VERSION, sv: services, r: rows };
}
