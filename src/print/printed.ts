/**
 * The "printed" time on a printout, in UTC to the minute: `2026-05-01 14:03 UTC`. Kept free of
 * imports, because every page's print footer script bundles it.
 */
export function printedAt(date: Date): string {
	const text = date.toISOString();
	return `${text.slice(0, 10)} ${text.slice(11, 16)} UTC`;
}
