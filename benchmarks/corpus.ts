/**
 * The benchmark corpus: `count` documents, 40% runbooks, 50% post-mortems and 10% checklists,
 * of which about 5% are broken in known ways (one problem each). Pure and deterministic: the same
 * count and levels always give the same documents; `corpus-files.ts` writes them to disk.
 */
import { BROKEN_KINDS, type BrokenKind, type DocumentType } from './broken.ts';
import {
	checklistDocument,
	incidentDocument,
	runbookDocument,
	runbookSlug,
	type CorpusLevels,
} from './documents.ts';

export type { CorpusLevels } from './documents.ts';
export type { DocumentType } from './broken.ts';

/** The share of documents that are deliberately broken. */
export const BROKEN_SHARE = 0.05;

/** The folder of each document type inside a content folder. */
export const TYPE_FOLDERS: Record<DocumentType, string> = {
	runbook: 'runbooks',
	incident: 'incidents',
	checklist: 'maintenance',
};

export interface CorpusDocument {
	/** Path inside the content folder, such as `runbooks/checkout-api-error-rate.mdx`. */
	path: string;
	type: DocumentType;
	text: string;
	/** Set on the deliberately broken documents: the one problem each must produce. */
	broken?: Pick<BrokenKind, 'id' | 'ruleId' | 'description'>;
}

export interface TypeCounts {
	runbooks: number;
	incidents: number;
	checklists: number;
}

export interface Corpus {
	count: number;
	/** Every document, broken ones included. */
	documents: CorpusDocument[];
	/** Documents of each type, broken ones included. */
	all: TypeCounts;
	/** Documents of each type that the site builds. */
	valid: TypeCounts;
	/** How many documents are broken; the validator must report exactly this many errors. */
	brokenCount: number;
}

/** How many documents of each type make up `count`, and how many of them are broken. */
export function corpusMix(count: number): { all: TypeCounts; broken: number } {
	const runbooks = Math.max(1, Math.round(count * 0.4));
	const checklists = Math.round(count * 0.1);
	const incidents = Math.max(0, count - runbooks - checklists);
	return {
		all: { runbooks, incidents, checklists },
		broken: Math.round(count * BROKEN_SHARE),
	};
}

const COUNT_KEY: Record<DocumentType, keyof TypeCounts> = {
	runbook: 'runbooks',
	incident: 'incidents',
	checklist: 'checklists',
};

/**
 * Picks the kind of each broken document, rotating through `BROKEN_KINDS`. A kind whose document
 * type has no document to spare (one runbook always stays valid, for post-mortems to reference)
 * is skipped, so small corpora still get the right number when they can.
 */
function brokenKinds(all: TypeCounts, wanted: number): BrokenKind[] {
	const spare: TypeCounts = { ...all, runbooks: all.runbooks - 1 };
	const kinds: BrokenKind[] = [];
	for (let slot = 0; kinds.length < wanted && slot < wanted * BROKEN_KINDS.length; slot++) {
		const kind = BROKEN_KINDS[slot % BROKEN_KINDS.length]!;
		const key = COUNT_KEY[kind.type];
		if (spare[key] <= 0) continue;
		spare[key]--;
		kinds.push(kind);
	}
	return kinds;
}

/** Builds the corpus for `count` documents using the given scale levels. */
export function buildCorpus(count: number, levels: CorpusLevels): Corpus {
	if (!Number.isInteger(count) || count < 1)
		throw new RangeError(`A corpus needs a whole number of documents, not ${count}.`);
	const { all, broken } = corpusMix(count);
	const kinds = brokenKinds(all, broken);
	const brokenOf = (type: DocumentType) => kinds.filter((kind) => kind.type === type).length;
	const valid: TypeCounts = {
		runbooks: all.runbooks - brokenOf('runbook'),
		incidents: all.incidents - brokenOf('incident'),
		checklists: all.checklists - brokenOf('checklist'),
	};

	const documents: CorpusDocument[] = [];
	for (let index = 0; index < valid.runbooks; index++) {
		documents.push({
			path: `runbooks/${runbookSlug(index)}.mdx`,
			type: 'runbook',
			text: runbookDocument(index, levels),
		});
	}
	for (let index = 0; index < valid.incidents; index++) {
		const { name, text } = incidentDocument(index, levels, valid.runbooks);
		documents.push({ path: `incidents/${name}`, type: 'incident', text });
	}
	for (let index = 0; index < valid.checklists; index++) {
		documents.push({
			path: `maintenance/checklist-${index}.mdx`,
			type: 'checklist',
			text: checklistDocument(index),
		});
	}

	kinds.forEach((kind, number) => {
		const slug = `broken-${number}-${kind.id}`;
		// Indexes past the valid ones, so a broken copy never shares a name with a valid document.
		const index = 100_000 + number;
		const base =
			kind.type === 'runbook'
				? {
						name: `${slug}.mdx`,
						text: runbookDocument(index, levels, {
							slug,
							alerts: [`BrokenDoc${number}Primary`, `BrokenDoc${number}Secondary`],
						}),
					}
				: kind.type === 'incident'
					? incidentDocument(index, levels, valid.runbooks, { slug, daytime: true })
					: { name: `${slug}.mdx`, text: checklistDocument(index, { slug }) };
		documents.push({
			path: `${TYPE_FOLDERS[kind.type]}/${base.name}`,
			type: kind.type,
			text: kind.apply(base.text),
			broken: { id: kind.id, ruleId: kind.ruleId, description: kind.description },
		});
	});

	return { count, documents, all, valid, brokenCount: kinds.length };
}
