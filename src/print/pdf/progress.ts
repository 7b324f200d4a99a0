/** The lines `npm run pdf` prints while it works. */

/** `84 KB`, `1.2 MB`: sizes as people read them, in units of 1024. */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
	return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** One finished PDF: `[3/11] checklists/weekly.pdf (2 pages, 84 KB)`. */
export function progressLine(
	done: number,
	total: number,
	file: string,
	pages: number,
	bytes: number,
): string {
	const width = String(total).length;
	return `[${String(done).padStart(width)}/${total}] ${file} (${pages} ${pages === 1 ? 'page' : 'pages'}, ${formatBytes(bytes)})`;
}

/** The closing line: how many PDFs, where, and how long it took. */
export function summaryLine(count: number, folder: string, milliseconds: number): string {
	const seconds = (milliseconds / 1000).toFixed(1);
	return `Wrote ${count} ${count === 1 ? 'PDF' : 'PDFs'} to ${folder} in ${seconds} s.`;
}
