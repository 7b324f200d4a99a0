/**
 * The footer Chromium prints at the bottom of every PDF page: the document's address on the
 * published site, when the PDF was made, and the page number. Chromium fills in the elements
 * classed `pageNumber` and `totalPages`; the template carries its own styles, since the page's
 * do not apply to it.
 */

const ESCAPES: Readonly<Record<string, string>> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
};

/** Text made safe to put in HTML. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

export interface FooterFacts {
	/** The public address of the page that was printed. */
	url: string;
	/** When the PDF was made, as the footer should show it (`2026-05-01 14:03 UTC`). */
	printed: string;
}

/** The `footerTemplate` for Playwright's `page.pdf()`. */
export function footerTemplate({ url, printed }: FooterFacts): string {
	return [
		'<div style="box-sizing:border-box;width:100%;padding:0 12mm;display:flex;gap:4mm;',
		'justify-content:space-between;font:8px/1.3 system-ui,sans-serif;color:#333">',
		`<span style="overflow-wrap:anywhere">${escapeHtml(url)}</span>`,
		`<span style="white-space:nowrap">Printed ${escapeHtml(printed)}</span>`,
		'<span style="white-space:nowrap">Page <span class="pageNumber"></span> of ',
		'<span class="totalPages"></span></span>',
		'</div>',
	].join('');
}

/**
 * The `headerTemplate`: empty. Without one Chromium prints the date and title at the top of every
 * page, which the footer already covers.
 */
export const HEADER_TEMPLATE = '<span></span>';
