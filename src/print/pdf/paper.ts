/** Paper sizes `npm run pdf` prints on, in PDF points (1/72 inch). */
import type { PAPER_SIZES } from '../../engine/schemas/config.ts';

export type PaperSize = (typeof PAPER_SIZES)[number];

/** Width and height of each paper size in points, portrait. */
export const PAPER_POINTS: Readonly<Record<PaperSize, { width: number; height: number }>> = {
	// 210 × 297 mm.
	A4: { width: 595.28, height: 841.89 },
	// 8.5 × 11 in.
	Letter: { width: 612, height: 792 },
};

/** Which paper size a page of `width` × `height` points is, within a point, if any. */
export function paperOf(width: number, height: number): PaperSize | undefined {
	return (Object.keys(PAPER_POINTS) as PaperSize[]).find(
		(size) =>
			Math.abs(PAPER_POINTS[size].width - width) <= 1 &&
			Math.abs(PAPER_POINTS[size].height - height) <= 1,
	);
}

/**
 * The page size to ask Chromium for. Millimetres for A4: Chromium's own "A4" format rounds to
 * 595.9 × 842.9 points, a point taller than A4, where 210 × 297 mm gives 595.9 × 841.9.
 */
export const PAPER_DIMENSIONS: Readonly<Record<PaperSize, { width: string; height: string }>> = {
	A4: { width: '210mm', height: '297mm' },
	Letter: { width: '8.5in', height: '11in' },
};
