import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BROKEN_KINDS } from '../benchmarks/broken.ts';
import { buildCorpus, corpusMix, type Corpus } from '../benchmarks/corpus.ts';
import { readLevels, writeCorpus } from '../benchmarks/corpus-files.ts';
import { compareWithExpected } from '../benchmarks/expectations.ts';
import { validateSources } from '../src/engine/engine.ts';
import { handbookConfig } from '../src/engine/schemas/config.ts';
import { REPO_ROOT } from './helpers/project.ts';

const SCALES = join(REPO_ROOT, 'src', 'content', 'severity');
const levels = readLevels(SCALES);
const CONTENT = 'bench/content';
const TODAY = '2026-11-23';

/** Validates a corpus through the engine, as `npm run validate` would, with the starter scales. */
function validate(corpus: Corpus, { includeBroken = true } = {}) {
	const scales = readdirSync(SCALES).map((name) => ({
		path: `${CONTENT}/severity/${name}`,
		contents: readFileSync(join(SCALES, name)),
	}));
	const documents = corpus.documents
		.filter((document) => includeBroken || !document.broken)
		.map((document) => ({ path: `${CONTENT}/${document.path}`, contents: document.text }));
	return validateSources([...scales, ...documents], {
		today: TODAY,
		config: handbookConfig.parse({}),
		contentDir: CONTENT,
	});
}

describe('benchmark corpus', () => {
	test('is deterministic: the same size gives byte-identical documents', () => {
		expect(buildCorpus(120, levels)).toEqual(buildCorpus(120, levels));
	});

	test('keeps each runbook the same at every size, so page sizes compare across sizes', () => {
		const small = buildCorpus(100, levels).documents.filter((document) => !document.broken);
		const large = buildCorpus(1000, levels).documents.filter((document) => !document.broken);
		const runbook = (documents: typeof small, index: number) =>
			documents.filter((document) => document.type === 'runbook')[index];
		expect(runbook(large, 0)).toEqual(runbook(small, 0));
		expect(runbook(large, 20)).toEqual(runbook(small, 20));
	});

	test.each([100, 1000, 5000])(
		'mixes 40%% runbooks, 50%% post-mortems, 10%% checklists at %i',
		(size) => {
			const corpus = buildCorpus(size, levels);
			const of = (type: string) => corpus.documents.filter((document) => document.type === type);
			expect(corpus.documents).toHaveLength(size);
			expect(of('runbook')).toHaveLength(Math.round(size * 0.4));
			expect(of('incident')).toHaveLength(Math.round(size * 0.5));
			expect(of('checklist')).toHaveLength(Math.round(size * 0.1));
			expect(new Set(corpus.documents.map((document) => document.path)).size).toBe(size);
		},
	);

	test.each([
		[100, 5],
		[1000, 50],
		[5000, 250],
		[60, 3],
	])('breaks exactly 5%% of %i documents (%i), rotating through every kind', (size, broken) => {
		const corpus = buildCorpus(size, levels);
		const brokenDocuments = corpus.documents.filter((document) => document.broken);
		expect(corpus.brokenCount).toBe(broken);
		expect(brokenDocuments).toHaveLength(broken);
		expect(corpusMix(size).broken).toBe(broken);
		expect(brokenDocuments.map((document) => document.broken!.id)).toEqual(
			Array.from({ length: broken }, (_, index) => BROKEN_KINDS[index % BROKEN_KINDS.length]!.id),
		);
		const valid = corpus.valid.runbooks + corpus.valid.incidents + corpus.valid.checklists;
		expect(valid).toBe(size - broken);
	});

	test('varies document length', () => {
		const lengths = buildCorpus(200, levels)
			.documents.filter((document) => document.type === 'runbook' && !document.broken)
			.map((document) => document.text.length);
		expect(Math.max(...lengths)).toBeGreaterThan(1.8 * Math.min(...lengths));
	});

	test('has post-mortems whose timeline crosses midnight, and action items with Closed dates', () => {
		const incidents = buildCorpus(200, levels).documents.filter(
			(document) => document.type === 'incident' && !document.broken,
		);
		expect(
			incidents.some((document) => /^\| \d{4}-\d{2}-\d{2} \d{2}:\d{2} \|/m.test(document.text)),
		).toBe(true);
		expect(incidents.some((document) => /\| Status \| Closed \|/.test(document.text))).toBe(true);
		expect(
			incidents.some((document) => /\| Done \| \d{4}-\d{2}-\d{2} \|/.test(document.text)),
		).toBe(true);
	});

	test('uses the severity and priority levels of the scales it is given', () => {
		const custom = buildCorpus(60, {
			severities: ['Critical', 'Minor'],
			priorities: ['Now', 'Later'],
		});
		const text = custom.documents.map((document) => document.text).join('\n');
		expect(text).toMatch(/^severity: (Critical|Minor)$/m);
		expect(text).not.toMatch(/^severity: SEV\d$/m);
		expect(text).toMatch(/\| (Now|Later) \| (Open|In progress|Done|Won't do) \|/);
	});

	test('its valid documents pass every rule of the handbook', () => {
		const report = validate(buildCorpus(60, levels), { includeBroken: false });
		expect(report.problems).toEqual([]);
		expect(report.files).toBe(57 + 3);
	});

	test('each broken document yields exactly one problem, of the expected rule', () => {
		// 160 documents: 8 broken, one of each kind.
		const corpus = buildCorpus(160, levels);
		const report = validate(corpus);
		const broken = corpus.documents.filter((document) => document.broken);
		expect(new Set(broken.map((document) => document.broken!.id)).size).toBe(BROKEN_KINDS.length);
		expect(report.errorCount).toBe(broken.length);
		expect(report.warningCount).toBe(0);
		const found = report.problems.map((problem) => [problem.file, problem.ruleId]).sort();
		const expected = broken
			.map((document) => [`${CONTENT}/${document.path}`, document.broken!.ruleId])
			.sort();
		expect(found).toEqual(expected);
	});

	test('at 60 documents the validator finds exactly the planted problems', () => {
		const corpus = buildCorpus(60, levels);
		const report = validate(corpus);
		expect(report.errorCount).toBe(corpus.brokenCount);
		const expected = corpus.documents
			.filter((document) => document.broken)
			.map((document) => ({
				path: document.path,
				ruleId: document.broken!.ruleId,
				description: document.broken!.description,
			}));
		expect(compareWithExpected(report.problems, expected, CONTENT)).toEqual([]);
	});

	test('writes a valid folder, an all folder with the broken documents, and a manifest', () => {
		const out = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
		try {
			const written = writeCorpus({ count: 60, outDir: out, scalesFrom: SCALES });
			const files = (folder: string) =>
				readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((path) =>
					path.endsWith('.mdx'),
				);
			expect(files(written.allDir)).toHaveLength(60);
			expect(files(written.validDir)).toHaveLength(57);
			expect(readdirSync(join(written.validDir, 'severity')).sort()).toEqual(
				readdirSync(SCALES).sort(),
			);
			const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
				expected: Array<{ path: string; ruleId: string }>;
			};
			expect(manifest.expected.map((entry) => entry.ruleId)).toEqual([
				'structure/missing-section',
				'reference/severity',
				'postmortem/timeline-order',
			]);
			for (const entry of manifest.expected) expect(files(written.allDir)).toContain(entry.path);
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	});

	test('refuses a size that is not a whole number of documents', () => {
		expect(() => buildCorpus(0, levels)).toThrow(/whole number of documents/);
		expect(() => buildCorpus(2.5, levels)).toThrow(/whole number of documents/);
	});
});
