/**
 * Writes a benchmark corpus to disk as two content folders:
 *
 * - `<out>/valid/`: the documents the site can build (what `astro build` and the baseline get);
 * - `<out>/all/`: the same plus the broken documents (what the validator gets).
 *
 * Both hold a copy of the handbook's severity scales, and `<out>/manifest.json` lists each broken
 * document with the rule it must trip.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { buildCorpus, type Corpus, type CorpusLevels, type TypeCounts } from './corpus.ts';

/** A broken document and the rule the validator must report for it. */
export interface ExpectedProblem {
	/** Path inside the content folder, such as `runbooks/broken-0-missing-section.mdx`. */
	path: string;
	ruleId: string;
	description: string;
}

export interface WrittenCorpus {
	count: number;
	validDir: string;
	allDir: string;
	all: TypeCounts;
	valid: TypeCounts;
	expected: ExpectedProblem[];
}

/** The level ids of the incident and action-priority scales in a severity folder. */
export function readLevels(scalesFrom: string): CorpusLevels {
	const ids = (scale: string): string[] => {
		const data = parse(readFileSync(join(scalesFrom, `${scale}.yaml`), 'utf8')) as {
			levels?: Array<{ id?: unknown }>;
		};
		const levels = (data.levels ?? []).map((level) => String(level.id));
		if (levels.length === 0)
			throw new Error(`${join(scalesFrom, `${scale}.yaml`)} has no levels to generate with.`);
		return levels;
	};
	return { severities: ids('incident'), priorities: ids('action-priority') };
}

/** Generates the corpus for `count` documents and writes it below `outDir`, replacing it. */
export function writeCorpus({
	count,
	outDir,
	scalesFrom,
}: {
	count: number;
	outDir: string;
	scalesFrom: string;
}): WrittenCorpus {
	const corpus: Corpus = buildCorpus(count, readLevels(scalesFrom));
	rmSync(outDir, { recursive: true, force: true });
	const validDir = join(outDir, 'valid');
	const allDir = join(outDir, 'all');
	for (const folder of [validDir, allDir]) {
		for (const scale of readdirSync(scalesFrom))
			cpSync(join(scalesFrom, scale), join(folder, 'severity', scale));
	}
	const made = new Set<string>();
	const write = (path: string, text: string) => {
		const folder = dirname(path);
		if (!made.has(folder)) mkdirSync(folder, { recursive: true });
		made.add(folder);
		writeFileSync(path, text);
	};
	for (const document of corpus.documents) {
		write(join(allDir, document.path), document.text);
		if (!document.broken) write(join(validDir, document.path), document.text);
	}
	const expected = corpus.documents.flatMap((document) =>
		document.broken
			? [
					{
						path: document.path,
						ruleId: document.broken.ruleId,
						description: document.broken.description,
					},
				]
			: [],
	);
	const written: WrittenCorpus = {
		count,
		validDir,
		allDir,
		all: corpus.all,
		valid: corpus.valid,
		expected,
	};
	writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(written, null, '\t')}\n`);
	return written;
}
