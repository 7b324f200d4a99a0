/**
 * `npm run pdf`: prints the built site's print pages to PDF in Chromium, through Playwright.
 * Serves `dist/` itself and refuses every request that would leave this machine, so it works
 * with no network, and reports what it wrote one line at a time.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { Browser, LaunchOptions } from '@playwright/test';
import { pdfFile } from '../paths.ts';
import { printedAt } from '../printed.ts';
import { countPdfPages } from './page-count.ts';
import { footerTemplate, HEADER_TEMPLATE } from './footer-template.ts';
import {
	localUrl,
	MANIFEST_FILE,
	parseManifest,
	publicUrl,
	selectDocuments,
	type PrintManifest,
} from './manifest.ts';
import { PAPER_DIMENSIONS, type PaperSize } from './paper.ts';
import { progressLine, summaryLine } from './progress.ts';
import { serveStatic } from '../../serve/static-server.ts';

/** A problem the user can fix, said in one sentence; `code` is the exit code to end with. */
export class PdfError extends Error {
	readonly code: number;
	constructor(message: string, code = 1) {
		super(message);
		this.name = 'PdfError';
		this.code = code;
	}
}

export interface RenderOptions {
	/** The built site. */
	dist: string;
	/** Where the PDFs go; their names keep the site's layout under `/print/`. */
	out: string;
	paper: PaperSize;
	/** PDF names to make (`checklists.pdf`, `checklists/weekly`); all of them when empty. */
	only?: ReadonlyArray<string> | undefined;
	/** How to start Chromium: the same executable and arguments as the browser tests. */
	launchOptions: LaunchOptions;
	/** Each line of progress. */
	log: (line: string) => void;
	/** The clock, for the printed date. */
	now?: () => Date;
}

/** One PDF written. */
export interface WrittenPdf {
	file: string;
	path: string;
	pages: number;
	bytes: number;
}

/** Reads the manifest the build wrote, or says why there is nothing to print. */
export async function readManifest(dist: string): Promise<PrintManifest> {
	const shown = relative(process.cwd(), dist) || '.';
	if (!existsSync(join(dist, 'index.html')))
		throw new PdfError(`There is no built site in ${shown}/. Run npm run build first.`);
	const text = await readFile(join(dist, MANIFEST_FILE), 'utf8').catch(() => undefined);
	const manifest = text === undefined ? undefined : parseManifest(text);
	if (!manifest)
		throw new PdfError(
			`The site in ${shown}/ was built without the print pages or by another version. Run npm run build first.`,
		);
	return manifest;
}

async function launch(launchOptions: LaunchOptions): Promise<Browser> {
	const { chromium } = await import('@playwright/test');
	const path = launchOptions.executablePath;
	const howToFix =
		'Set CHROMIUM_PATH to a Chromium or Chrome executable, or run npx playwright install chromium.';
	if (path && !existsSync(path))
		throw new PdfError(`Chromium was not found at ${path}. ${howToFix}`);
	try {
		return await chromium.launch(launchOptions);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		if (/Executable doesn't exist|ENOENT|not found/i.test(message))
			throw new PdfError(`Chromium was not found. ${howToFix}`);
		const firstLine = message.split('\n')[0]?.trim() ?? 'unknown error';
		throw new PdfError(`Chromium did not start: ${firstLine.replace(/\.$/, '')}. ${howToFix}`);
	}
}

/** Prints every document the manifest lists (or those in `only`) and returns what it wrote. */
export async function renderPdfs(options: RenderOptions): Promise<WrittenPdf[]> {
	const started = performance.now();
	const manifest = await readManifest(options.dist);
	const fileOf = (document: { pdf: string }) => pdfFile(document.pdf);
	const { selected, unknown } = selectDocuments(manifest.documents, options.only, fileOf);
	if (unknown.length > 0) {
		const known = manifest.documents.map(fileOf).join(', ');
		throw new PdfError(`There is no PDF called ${unknown.join(', ')}. The site has: ${known}.`, 2);
	}
	const now = options.now ?? (() => new Date());
	const browser = await launch(options.launchOptions);
	const server = await serveStatic(options.dist, manifest.base);
	const written: WrittenPdf[] = [];
	try {
		// Service workers could answer from an old cache; nothing may come from the network.
		const context = await browser.newContext({ serviceWorkers: 'block', timezoneId: 'UTC' });
		await context.route('**/*', (route) =>
			route.request().url().startsWith(`${server.origin}/`) ? route.continue() : route.abort(),
		);
		const page = await context.newPage();
		for (const [index, entry] of selected.entries()) {
			const file = fileOf(entry);
			const response = await page.goto(localUrl(server.origin, manifest, entry.route), {
				waitUntil: 'load',
			});
			if (!response?.ok())
				throw new PdfError(
					`The page ${entry.route} is missing from ${relative(process.cwd(), options.dist) || '.'}/. Run npm run build first.`,
				);
			await page.evaluate(() => document.fonts.ready.then(() => undefined));
			const pdf = await page.pdf({
				...PAPER_DIMENSIONS[options.paper],
				displayHeaderFooter: true,
				headerTemplate: HEADER_TEMPLATE,
				footerTemplate: footerTemplate({
					url: publicUrl(manifest, entry.route),
					printed: printedAt(now()),
				}),
				margin: { top: '14mm', bottom: '16mm', left: '12mm', right: '12mm' },
				tagged: true,
				outline: true,
			});
			const path = join(options.out, file);
			await mkdir(dirname(path), { recursive: true });
			await writeFile(path, pdf);
			const pages = countPdfPages(pdf);
			written.push({ file, path, pages, bytes: pdf.byteLength });
			options.log(progressLine(index + 1, selected.length, file, pages, pdf.byteLength));
		}
		await context.close();
	} finally {
		await browser.close();
		await server.close();
	}
	options.log(
		summaryLine(
			written.length,
			relative(process.cwd(), options.out) || '.',
			performance.now() - started,
		),
	);
	return written;
}
