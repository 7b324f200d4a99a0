/**
 * Where the print collections and their PDFs live, as site paths without the base. The pages
 * link to these and `npm run pdf` writes to them, so the links and the files always agree.
 */

/** The folder, under the site root and under `dist/`, that holds every print page and PDF. */
export const PRINT_FOLDER = '/print/';

export const PRINT_ROUTES = {
	/** Every maintenance checklist, then every handbook page holding a checklist. */
	checklists: '/print/checklists/',
	/** Every runbook. */
	runbooks: '/print/runbooks/',
} as const;

export type CollectionName = keyof typeof PRINT_ROUTES;

/** The PDF of a whole collection, such as `/print/checklists.pdf`. */
export const collectionPdf = (name: CollectionName): string => `${PRINT_FOLDER}${name}.pdf`;

/** The PDF of one maintenance checklist, such as `/print/checklists/weekly.pdf`. */
export const checklistPdf = (slug: string): string =>
	`${PRINT_ROUTES.checklists}${encodeURIComponent(slug)}.pdf`;

/** A PDF's path inside the print folder (`checklists/weekly.pdf`), as `npm run pdf` names it. */
export const pdfFile = (path: string): string =>
	decodeURIComponent(path.startsWith(PRINT_FOLDER) ? path.slice(PRINT_FOLDER.length) : path);
