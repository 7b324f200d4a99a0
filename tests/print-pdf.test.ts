import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checklistPdf, collectionPdf, pdfFile, PRINT_ROUTES } from '../src/print/paths.ts';
import { escapeHtml, footerTemplate } from '../src/print/pdf/footer-template.ts';
import {
	localUrl,
	MANIFEST_VERSION,
	parseManifest,
	publicUrl,
	selectDocuments,
	type PrintManifest,
} from '../src/print/pdf/manifest.ts';
import { countPdfPages } from '../src/print/pdf/page-count.ts';
import { PAPER_DIMENSIONS, PAPER_POINTS, paperOf } from '../src/print/pdf/paper.ts';
import { formatBytes, progressLine, summaryLine } from '../src/print/pdf/progress.ts';
import { filePathFor, serveStatic, type StaticServer } from '../src/serve/static-server.ts';

describe('paper', () => {
	it('knows A4 and US Letter in points, and recognises each within a point', () => {
		expect(PAPER_POINTS.A4).toEqual({ width: 595.28, height: 841.89 });
		expect(PAPER_POINTS.Letter).toEqual({ width: 612, height: 792 });
		// What Chromium writes for 210 × 297 mm.
		expect(paperOf(595.92, 841.92)).toBe('A4');
		expect(paperOf(612, 792)).toBe('Letter');
		expect(paperOf(842, 595)).toBeUndefined();
		expect(paperOf(595, 844)).toBeUndefined();
	});
	it('asks Chromium for exact dimensions rather than its rounded formats', () => {
		expect(PAPER_DIMENSIONS.A4).toEqual({ width: '210mm', height: '297mm' });
		expect(PAPER_DIMENSIONS.Letter).toEqual({ width: '8.5in', height: '11in' });
	});
});

describe('where PDFs go', () => {
	it('collections sit beside their pages, checklists inside the checklists folder', () => {
		expect(collectionPdf('checklists')).toBe('/print/checklists.pdf');
		expect(collectionPdf('runbooks')).toBe('/print/runbooks.pdf');
		expect(checklistPdf('weekly')).toBe('/print/checklists/weekly.pdf');
		expect(PRINT_ROUTES).toEqual({
			checklists: '/print/checklists/',
			runbooks: '/print/runbooks/',
		});
	});
	it('names files as progress shows them', () => {
		expect(pdfFile('/print/checklists.pdf')).toBe('checklists.pdf');
		expect(pdfFile(checklistPdf('weekly'))).toBe('checklists/weekly.pdf');
	});
});

describe('the PDF footer', () => {
	it('shows the public address, the printed time and the page numbers Chromium fills in', () => {
		const html = footerTemplate({
			url: 'https://example.com/maintenance/weekly/',
			printed: '2026-05-01 14:03 UTC',
		});
		expect(html).toContain('https://example.com/maintenance/weekly/');
		expect(html).toContain('Printed 2026-05-01 14:03 UTC');
		expect(html).toMatch(
			/Page <span class="pageNumber"><\/span> of <span class="totalPages"><\/span>/,
		);
		// Chromium does not apply the page's styles to the template: it sizes its own text.
		expect(html).toMatch(/font:8px/);
	});
	it('escapes what it is given', () => {
		expect(escapeHtml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
		expect(footerTemplate({ url: 'https://x/?a=1&b=<2>', printed: 'now' })).toContain(
			'https://x/?a=1&amp;b=&lt;2&gt;',
		);
	});
});

describe('progress', () => {
	it('says which PDF of how many, with its pages and size', () => {
		expect(progressLine(3, 11, 'checklists/weekly.pdf', 2, 84 * 1024)).toBe(
			'[ 3/11] checklists/weekly.pdf (2 pages, 84 KB)',
		);
		expect(progressLine(1, 1, 'runbooks.pdf', 1, 900)).toBe('[1/1] runbooks.pdf (1 page, 900 B)');
	});
	it('sizes read as people read them', () => {
		expect(formatBytes(1023)).toBe('1023 B');
		expect(formatBytes(1536)).toBe('2 KB');
		expect(formatBytes(2.5 * 1024 * 1024)).toBe('2.5 MB');
	});
	it('ends with one line on what was written', () => {
		expect(summaryLine(10, 'dist/print', 7340)).toBe('Wrote 10 PDFs to dist/print in 7.3 s.');
		expect(summaryLine(1, 'out', 500)).toBe('Wrote 1 PDF to out in 0.5 s.');
	});
});

describe('counting pages', () => {
	it('counts page objects, not the page tree', () => {
		const pdf = new TextEncoder().encode(
			'%PDF-1.4\n1 0 obj <</Type /Pages /Kids [2 0 R 3 0 R] /Count 2>> endobj\n' +
				'2 0 obj <</Type /Page /Parent 1 0 R>> endobj\n3 0 obj <</Type/Page/Parent 1 0 R>> endobj\n' +
				'4 0 obj <</Type /PageLabel>> endobj\n%%EOF',
		);
		expect(countPdfPages(pdf)).toBe(2);
	});
});

describe('the print manifest', () => {
	const manifest: PrintManifest = {
		version: MANIFEST_VERSION,
		base: '/handbook/',
		site: 'https://example.github.io/handbook/',
		built: '2026-11-23',
		documents: [
			{
				route: '/print/checklists/',
				pdf: '/print/checklists.pdf',
				title: 'Printable checklists',
				contains: ['Daily checks', 'Weekly maintenance'],
			},
			{ route: '/maintenance/weekly/', pdf: '/print/checklists/weekly.pdf', title: 'Weekly' },
		],
	};

	it('reads what the build wrote and rejects anything else', () => {
		expect(parseManifest(JSON.stringify(manifest))).toEqual(manifest);
		expect(parseManifest('not json')).toBeUndefined();
		expect(parseManifest(JSON.stringify({ ...manifest, version: 99 }))).toBeUndefined();
		const escaping = { route: '/x/', pdf: '/print/../../etc/x.pdf', title: 'x' };
		expect(parseManifest(JSON.stringify({ ...manifest, documents: [escaping] }))).toBeUndefined();
	});
	it('names each page by its public address and by its address on the local server', () => {
		expect(publicUrl(manifest, '/maintenance/weekly/')).toBe(
			'https://example.github.io/handbook/maintenance/weekly/',
		);
		expect(localUrl('http://127.0.0.1:5000', manifest, '/maintenance/weekly/')).toBe(
			'http://127.0.0.1:5000/handbook/maintenance/weekly/',
		);
		expect(localUrl('http://127.0.0.1:5000', { base: '/' }, '/print/runbooks/')).toBe(
			'http://127.0.0.1:5000/print/runbooks/',
		);
	});
	it('selects PDFs by name, with or without ".pdf", and lists the names it does not know', () => {
		const fileOf = (document: { pdf: string }) => pdfFile(document.pdf);
		expect(selectDocuments(manifest.documents, undefined, fileOf).selected).toHaveLength(2);
		const some = selectDocuments(manifest.documents, ['checklists/weekly', 'nope.pdf'], fileOf);
		expect(some.selected.map((document) => document.title)).toEqual(['Weekly']);
		expect(some.unknown).toEqual(['nope.pdf']);
	});
});

describe('the static server', () => {
	let root: string;
	let server: StaticServer;
	beforeAll(async () => {
		root = mkdtempSync(join(tmpdir(), 'handbook-serve-'));
		mkdirSync(join(root, 'runbooks', 'x'), { recursive: true });
		writeFileSync(join(root, 'index.html'), '<p>home</p>');
		writeFileSync(join(root, 'runbooks', 'x', 'index.html'), '<p>runbook</p>');
		writeFileSync(join(root, 'style.css'), 'p{}');
		server = await serveStatic(root, '/handbook/');
	});
	afterAll(async () => {
		await server.close();
		rmSync(root, { recursive: true, force: true });
	});

	it('maps paths under the base to files, folders to their index.html', () => {
		expect(filePathFor('/site', '/', '/runbooks/x/')).toBe('/site/runbooks/x/index.html');
		expect(filePathFor('/site', '/handbook/', '/handbook/')).toBe('/site/index.html');
		expect(filePathFor('/site', '/handbook', '/handbook')).toBe('/site/index.html');
		expect(filePathFor('/site', '/handbook/', '/other/')).toBeUndefined();
		expect(filePathFor('/site', '/', '/../etc/passwd')).toBeUndefined();
		expect(filePathFor('/site', '/', '/%2e%2e/etc/passwd')).toBeUndefined();
	});
	it('serves the built site on a local port with content types, and 404 for the rest', async () => {
		const page = await fetch(`${server.origin}/handbook/runbooks/x/`);
		expect(page.status).toBe(200);
		expect(page.headers.get('content-type')).toContain('text/html');
		expect(await page.text()).toBe('<p>runbook</p>');
		expect((await fetch(`${server.origin}/handbook/runbooks/x`)).status).toBe(200);
		const css = await fetch(`${server.origin}/handbook/style.css`);
		expect(css.headers.get('content-type')).toContain('text/css');
		expect((await fetch(`${server.origin}/handbook/missing/`)).status).toBe(404);
		expect((await fetch(`${server.origin}/index.html`)).status).toBe(404);
		expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
	});
});
