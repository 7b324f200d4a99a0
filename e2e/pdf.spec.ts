import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PAPER_POINTS, type PaperSize } from '../src/print/pdf/paper.ts';
import { parseManifest, type PrintManifest } from '../src/print/pdf/manifest.ts';

/*
 * `npm run pdf` against the built site, as a user runs it: a real Chromium prints the pages, and
 * the PDFs are read back with pdfjs. Each run works in a scratch folder whose dist/ points at the
 * real one, so the paper setting can come from a handbook.config.json of its own.
 */

const SCRIPT = resolve('scripts/pdf.ts');
const DIST = resolve('dist');
const manifest = parseManifest(
	readFileSync(join(DIST, 'print/manifest.json'), 'utf8'),
) as PrintManifest;
const checklists = manifest.documents.find((document) => document.route === '/print/checklists/')!;

interface Run {
	code: number | null;
	stdout: string;
	stderr: string;
}

/** Runs `npm run pdf` with `args` in a scratch folder; `config` becomes its handbook.config.json. */
function runPdf(
	args: string[],
	{ config, env = {}, dist = true }: { config?: object; env?: NodeJS.ProcessEnv; dist?: boolean },
): Run & { folder: string } {
	const folder = mkdtempSync(join(tmpdir(), 'handbook-pdf-'));
	if (dist) symlinkSync(DIST, join(folder, 'dist'));
	if (config) writeFileSync(join(folder, 'handbook.config.json'), JSON.stringify(config));
	const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
	if (!('HANDBOOK_PAPER' in env)) delete childEnv['HANDBOOK_PAPER'];
	const result = spawnSync(process.execPath, [SCRIPT, ...args], {
		cwd: folder,
		env: childEnv,
		encoding: 'utf8',
		timeout: 180_000,
	});
	return { folder, code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface PdfPage {
	width: number;
	height: number;
	/** The page's text lines, top to bottom. */
	lines: string[];
}

async function readPdf(path: string): Promise<PdfPage[]> {
	const pdf = await getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0 }).promise;
	const pages: PdfPage[] = [];
	for (let number = 1; number <= pdf.numPages; number++) {
		const page = await pdf.getPage(number);
		const { width, height } = page.getViewport({ scale: 1 });
		const rows = new Map<number, Array<{ x: number; text: string }>>();
		for (const item of (await page.getTextContent()).items) {
			if (!('str' in item) || !item.str.trim()) continue;
			const y = Math.round(item.transform[5] as number);
			rows.set(y, [...(rows.get(y) ?? []), { x: item.transform[4] as number, text: item.str }]);
		}
		const lines = [...rows.entries()]
			.sort(([a], [b]) => b - a)
			.map(([, items]) =>
				items
					.sort((a, b) => a.x - b.x)
					.map((item) => item.text)
					.join(' ')
					.replace(/\s+/g, ' ')
					.trim(),
			);
		pages.push({ width, height, lines });
	}
	await pdf.destroy();
	return pages;
}

function expectPaper(pages: PdfPage[], paper: PaperSize) {
	for (const page of pages) {
		expect(Math.abs(page.width - PAPER_POINTS[paper].width)).toBeLessThanOrEqual(1);
		expect(Math.abs(page.height - PAPER_POINTS[paper].height)).toBeLessThanOrEqual(1);
	}
}

/** The page each title starts: the first page whose first lines (after the header) hold it. */
function startPages(pages: PdfPage[], titles: string[]): number[] {
	return titles.map((title) =>
		pages.findIndex((page) =>
			// The time blanks of a task list sit a little above the first line of their item.
			page.lines
				.filter((line) => !/^_+:_+ UTC$/.test(line))
				.slice(0, 2)
				.includes(title),
		),
	);
}

test.describe('npm run pdf', () => {
	test.describe.configure({ mode: 'serial', timeout: 240_000 });

	test('prints the checklists on A4 by default: a cover, then each checklist from the top of a new page, in order', async () => {
		const run = runPdf(['--out', 'out', '--only', 'checklists.pdf,checklists/weekly.pdf'], {});
		try {
			expect(run.stderr).toBe('');
			expect(run.code).toBe(0);
			expect(run.stdout).toContain('Printing to PDF on A4 paper.');
			const progress = /^\[1\/2\] checklists\.pdf \((\d+) pages, \d+(?:\.\d)? [KM]?B\)$/m.exec(
				run.stdout,
			);
			expect(progress).not.toBeNull();
			expect(run.stdout).toMatch(/^\[2\/2\] checklists\/weekly\.pdf \(\d+ pages?, /m);
			expect(run.stdout).toMatch(/^Wrote 2 PDFs to out in \d+\.\d s\.$/m);

			const pages = await readPdf(join(run.folder, 'out', 'checklists.pdf'));
			expect(pages.length).toBe(Number(progress![1]));
			const titles = checklists.contains!;
			expect(titles.length).toBeGreaterThan(8);
			// The cover and contents, then at least one page per checklist.
			expect(pages.length).toBeGreaterThanOrEqual(titles.length + 1);
			expect(pages[0]!.lines.join('\n')).toContain('Printable checklists');
			const starts = startPages(pages, titles);
			expect(
				titles.filter((_, index) => starts[index] === -1),
				'checklists that do not start a page',
			).toEqual([]);
			expect(starts[0]).toBeGreaterThan(0);
			for (let index = 1; index < starts.length; index++)
				expect(starts[index]).toBeGreaterThan(starts[index - 1]!);
			expectPaper(pages, 'A4');

			// Chromium's footer on every sheet: the public address, the printed time, the page number.
			const address = new URL('print/checklists/', manifest.site).href;
			for (const [index, page] of pages.entries()) {
				const footer = page.lines.slice(-3).join(' ');
				expect(footer).toContain(address);
				expect(footer).toMatch(/Printed \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
				expect(footer).toContain(`Page ${index + 1} of ${pages.length}`);
			}

			const weekly = await readPdf(join(run.folder, 'out', 'checklists', 'weekly.pdf'));
			const title = manifest.documents.find(
				(document) => document.route === '/maintenance/weekly/',
			)!.title;
			expect(weekly[0]!.lines.slice(0, 3)).toContain(title);
			expect(weekly.flatMap((page) => page.lines).join('\n')).toMatch(/Runs weekly/);
			expectPaper(weekly, 'A4');
		} finally {
			rmSync(run.folder, { recursive: true, force: true });
		}
	});

	test('prints on US Letter when handbook.config.json says so', async () => {
		const run = runPdf(['--out', 'out', '--only', 'checklists/weekly.pdf'], {
			config: { paper: 'Letter' },
		});
		try {
			expect(run.code).toBe(0);
			expect(run.stdout).toContain('Printing to PDF on Letter paper.');
			expectPaper(await readPdf(join(run.folder, 'out', 'checklists', 'weekly.pdf')), 'Letter');
		} finally {
			rmSync(run.folder, { recursive: true, force: true });
		}
	});

	test('says in one sentence what is wrong, without a stack trace', () => {
		const noSite = runPdf([], { dist: false });
		const noBrowser = runPdf(['--out', 'out'], { env: { CHROMIUM_PATH: '/nowhere/chromium' } });
		const badPaper = runPdf([], { env: { HANDBOOK_PAPER: 'A3' } });
		const badName = runPdf(['--out', 'out', '--only', 'nothing.pdf'], {});
		try {
			expect(noSite.code).toBe(1);
			expect(noSite.stderr.trim()).toBe(
				'There is no built site in dist/. Run npm run build first.',
			);
			expect(noBrowser.code).toBe(1);
			expect(noBrowser.stderr.trim()).toBe(
				'Chromium was not found at /nowhere/chromium. Set CHROMIUM_PATH to a Chromium or Chrome executable, or run npx playwright install chromium.',
			);
			expect(badPaper.code).toBe(1);
			expect(badPaper.stderr).toContain('HANDBOOK_PAPER is "A3"');
			expect(badName.code).toBe(2);
			expect(badName.stderr).toMatch(
				/^There is no PDF called nothing\.pdf\. The site has: checklists\.pdf, /,
			);
			for (const run of [noSite, noBrowser, badPaper, badName])
				expect(run.stderr).not.toMatch(/^\s+at /m);
		} finally {
			for (const run of [noSite, noBrowser, badPaper, badName])
				rmSync(run.folder, { recursive: true, force: true });
		}
	});
});
