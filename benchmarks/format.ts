/** Number formats for benchmark output. Units are decimal: 1 KB = 1,000 bytes, 1 MB = 10^6 bytes. */

/** A duration: "412 ms" below a second, else "34.2 s". */
export function duration(ms: number): string {
	if (!Number.isFinite(ms)) return '–';
	return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** A size: "812 B", "38.2 KB", "97.4 MB", "217 MB", "1.24 GB". */
export function size(bytes: number): string {
	if (!Number.isFinite(bytes)) return '–';
	if (bytes < 1e3) return `${Math.round(bytes)} B`;
	if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} KB`;
	if (bytes < 1e9) return `${(bytes / 1e6).toFixed(bytes < 1e8 ? 1 : 0)} MB`;
	return `${(bytes / 1e9).toFixed(2)} GB`;
}

/** A count with thousands separators: "5,000". */
export function count(value: number): string {
	return value.toLocaleString('en-US');
}

/** A ratio: "0.62×". */
export function ratio(value: number): string {
	return Number.isFinite(value) ? `${value.toFixed(2)}×` : '–';
}

/** A signed percentage change: "+0.4%", "−3.1%". */
export function change(value: number): string {
	const percent = (value - 1) * 100;
	return `${percent < 0 ? '−' : '+'}${Math.abs(percent).toFixed(1)}%`;
}
