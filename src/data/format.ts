import { durationMinutes, formatMinutes } from '../engine/utils/duration.ts';
import { CADENCES } from '../engine/schemas/maintenance.ts';

/** `2026-03-14T09:12:00.000Z` → `2026-03-14 09:12 UTC`. */
export function formatUtc(iso: string): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	const text = date.toISOString();
	return `${text.slice(0, 10)} ${text.slice(11, 16)} UTC`;
}

/** A duration such as `90m` as a short phrase (`1 h 30 min`); the raw text if unparseable. */
export function formatDuration(text: string): string {
	const minutes = durationMinutes(text);
	return minutes === undefined ? text : formatMinutes(minutes);
}

/** Minutes between two instants, or `undefined` when either is invalid or the order is wrong. */
export function minutesBetween(fromIso: string, toIso: string): number | undefined {
	const from = Date.parse(fromIso);
	const to = Date.parse(toIso);
	if (Number.isNaN(from) || Number.isNaN(to) || to < from) return undefined;
	return Math.round((to - from) / 60_000);
}

/** The elapsed time between two instants as a short phrase, or an em dash. */
export function formatElapsed(fromIso: string, toIso: string): string {
	const minutes = minutesBetween(fromIso, toIso);
	return minutes === undefined ? '—' : formatMinutes(minutes);
}

/**
 * The date of an incident: the `YYYY-MM-DD` its file name starts with, or else the UTC date
 * user impact began.
 */
export function incidentDate(id: string, startedAt: string): string {
	const match = /^(\d{4}-\d{2}-\d{2})/.exec(id);
	return match?.[1] ?? startedAt.slice(0, 10);
}

/** Sort key for a maintenance cadence: daily first, on-demand last, unknown after that. */
export function cadenceRank(cadence: string): number {
	const index = (CADENCES as readonly string[]).indexOf(cadence);
	return index === -1 ? CADENCES.length : index;
}

/** `on-demand` → `On demand`, `weekly` → `Weekly`. */
export function cadenceLabel(cadence: string): string {
	const text = cadence.replace(/-/g, ' ');
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `in-review` → `In review`. */
export function statusLabel(status: string): string {
	return cadenceLabel(status);
}
