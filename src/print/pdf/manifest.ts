/**
 * `dist/print/manifest.json`: what `npm run pdf` prints. The build writes it from the content, so
 * the PDF step never has to guess the documents, the order, the base path or the public address.
 */

/** The manifest's path inside `dist/`. */
export const MANIFEST_FILE = 'print/manifest.json';

/** Bumped when the format changes, so a `dist/` built by an older version is recognised. */
export const MANIFEST_VERSION = 1;

/** One PDF to make. */
export interface PrintDocument {
	/** The page to print, as a site path without the base (`/print/checklists/`). */
	route: string;
	/** Where the PDF goes, as a site path without the base (`/print/checklists.pdf`). */
	pdf: string;
	/** The document's title. */
	title: string;
	/** For a collection: the title of each document in it, in order, each starting a page. */
	contains?: string[];
}

export interface PrintManifest {
	version: typeof MANIFEST_VERSION;
	/** The path the site was built to be served under (`/` or `/handbook/`). */
	base: string;
	/** The public address of the site's root, base included (`https://example.com/handbook/`). */
	site: string;
	/** The build date (`YYYY-MM-DD`, UTC). */
	built: string;
	documents: PrintDocument[];
}

const isString = (value: unknown): value is string => typeof value === 'string';

function isDocument(value: unknown): value is PrintDocument {
	if (value === null || typeof value !== 'object') return false;
	const document = value as Record<string, unknown>;
	return (
		isString(document['route']) &&
		document['route'].startsWith('/') &&
		isString(document['pdf']) &&
		document['pdf'].startsWith('/') &&
		document['pdf'].endsWith('.pdf') &&
		!document['pdf'].split('/').includes('..') &&
		isString(document['title']) &&
		(document['contains'] === undefined ||
			(Array.isArray(document['contains']) && document['contains'].every(isString)))
	);
}

/** The manifest, or `undefined` when the text is not a manifest this version can read. */
export function parseManifest(text: string): PrintManifest | undefined {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return undefined;
	}
	if (value === null || typeof value !== 'object') return undefined;
	const manifest = value as Record<string, unknown>;
	if (
		manifest['version'] !== MANIFEST_VERSION ||
		!isString(manifest['base']) ||
		!isString(manifest['site']) ||
		!isString(manifest['built']) ||
		!Array.isArray(manifest['documents']) ||
		!manifest['documents'].every(isDocument)
	)
		return undefined;
	return value as PrintManifest;
}

/** The public address of a route: what a printout names as its source. */
export function publicUrl(manifest: Pick<PrintManifest, 'site'>, route: string): string {
	return new URL(route.replace(/^\/+/, ''), manifest.site.replace(/\/*$/, '/')).href;
}

/** A route's address on the local server that serves `dist/` under the manifest's base. */
export function localUrl(
	origin: string,
	manifest: Pick<PrintManifest, 'base'>,
	route: string,
): string {
	const base = manifest.base.replace(/\/*$/, '/');
	return `${origin}${base}${route.replace(/^\/+/, '')}`;
}

/** The documents whose PDF file name (`checklists.pdf`, `checklists/weekly.pdf`) is in `only`. */
export function selectDocuments(
	documents: ReadonlyArray<PrintDocument>,
	only: ReadonlyArray<string> | undefined,
	fileOf: (document: PrintDocument) => string,
): { selected: PrintDocument[]; unknown: string[] } {
	if (!only || only.length === 0) return { selected: [...documents], unknown: [] };
	const names = new Set(only.map((name) => (name.endsWith('.pdf') ? name : `${name}.pdf`)));
	const selected = documents.filter((document) => names.has(fileOf(document)));
	const known = new Set(selected.map(fileOf));
	return { selected, unknown: [...names].filter((name) => !known.has(name)) };
}
