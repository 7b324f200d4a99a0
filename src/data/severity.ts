/**
 * Severity scales for the site pages, loaded once per build from the `severity` collection.
 * Every page, badge and matrix reads levels from here, so replacing a scale file changes the
 * whole site; nothing in the pages names a level id.
 */
import { getCollection } from 'astro:content';
import type { SeverityLevel, SeverityScale } from '../engine/schemas/severity.ts';
import { SCALE_ROLES } from '../engine/schemas/severity.ts';

/** A scale with the id it is referenced by (its file name: `incident`, `action-priority`, …). */
export interface Scale extends SeverityScale {
	id: string;
}

/** The order scales appear in on the severity page; scales not named here follow, by id. */
const SCALE_ORDER: readonly string[] = [
	SCALE_ROLES.incident,
	SCALE_ROLES.actionPriority,
	SCALE_ROLES.securityPatch,
];

let cached: Promise<Scale[]> | undefined;

async function load(): Promise<Scale[]> {
	const entries = await getCollection('severity');
	const scales = entries.map((entry) => ({ id: entry.id, ...entry.data }));
	const rank = (id: string) => {
		const index = SCALE_ORDER.indexOf(id);
		return index === -1 ? SCALE_ORDER.length : index;
	};
	return scales.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

/** Every scale, in display order. Cached for the build; reloaded on each request in dev. */
export function getScales(): Promise<Scale[]> {
	if (import.meta.env.DEV) return load();
	cached ??= load();
	return cached;
}

/** One scale by id, such as `getScale('incident')`. */
export async function getScale(scaleId: string): Promise<Scale | undefined> {
	return (await getScales()).find((scale) => scale.id === scaleId);
}

/** One level of one scale, such as `findLevel('incident', 'SEV2')`. */
export async function findLevel(
	scaleId: string,
	levelId: string,
): Promise<SeverityLevel | undefined> {
	return (await getScale(scaleId))?.levels.find((level) => level.id === levelId);
}

/** The rank of a level within its scale (0 = most severe); unknown levels sort last. */
export async function levelRank(scaleId: string, levelId: string): Promise<number> {
	const levels = (await getScale(scaleId))?.levels ?? [];
	const index = levels.findIndex((level) => level.id === levelId);
	return index === -1 ? levels.length : index;
}

/** The fragment id of a level's row in the severity matrix, such as `incident-sev1`. */
export function levelAnchor(scaleId: string, levelId: string): string {
	return `${scaleId}-${levelId}`.toLowerCase().replace(/[^a-z0-9_-]+/g, '-');
}

export type { SeverityLevel };
