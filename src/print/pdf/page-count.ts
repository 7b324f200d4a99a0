/**
 * The number of pages in a PDF that Chromium wrote: one `/Type /Page` object per page (the page
 * tree's nodes are `/Type /Pages`). Chromium writes these dictionaries uncompressed, so counting
 * them is enough to report progress without parsing the whole file.
 */
export function countPdfPages(pdf: Uint8Array): number {
	const text = new TextDecoder('latin1').decode(pdf);
	return [...text.matchAll(/\/Type\s*\/Page(?![A-Za-z])/g)].length;
}
