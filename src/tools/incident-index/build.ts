/**
 * The post-mortem index for machines (`/api/incidents.json`): every post-mortem with its
 * severity, status, response timestamps, durations against the severity's targets, services,
 * commander, runbooks and action-item counts. Pure: the page passes the collection, the site's
 * path function, the targets and “today”, so the list, the post-mortem pages and the API agree.
 */
import type { ActionItem } from '../../engine/extract/action-items.ts';
import type { IncidentFrontmatter } from '../../engine/schemas/incident.ts';
import { isOverdue } from '../action-items/items.ts';
import {
	incidentDurations,
	type DurationKey,
	type DurationTargets,
} from '../incident-metrics/durations.ts';
import { byCodePoint } from '../../engine/utils/compare.ts';

/** The format version of `/api/incidents.json`; raised only for a change that breaks readers. */
export const INCIDENT_INDEX_VERSION = 1;

/** The frontmatter fields the index reads. */
export type IncidentFields = Pick<
	IncidentFrontmatter,
	| 'title'
	| 'description'
	| 'severity'
	| 'status'
	| 'started_at'
	| 'detected_at'
	| 'acknowledged_at'
	| 'mitigated_at'
	| 'resolved_at'
	| 'incident_commander'
	| 'services'
	| 'runbooks'
>;

/** One post-mortem of the collection. */
export interface IncidentSource {
	/** The file name without extension. */
	id: string;
	/** The incident's date, `YYYY-MM-DD` (the file name's date). */
	date: string;
	data: IncidentFields;
	/** Its action items, as `extractActionItems` reads them. */
	items: ActionItem[];
}

export interface IncidentIndexOptions {
	/** Turns a site path (`/incidents/x/`) into the deployed one (adds the base). */
	path: (sitePath: string) => string;
	/** The response targets of a severity level id; `undefined` when the scale lacks the level. */
	targets: (severity: string) => DurationTargets | undefined;
	/** The build's date, `YYYY-MM-DD` (UTC): action items due before it and still open are overdue. */
	today: string;
}

/** One measured duration; fields are left out when unknown. */
export interface IndexedDuration {
	/** Whole minutes from `startedAt`; absent when a timestamp is out of order. */
	minutes?: number;
	/** The severity level's target in minutes; absent when the level sets none. */
	targetMinutes?: number;
	/** Whether `minutes` is within the target; absent without both. */
	met?: boolean;
}

export interface ActionItemCounts {
	total: number;
	open: number;
	inProgress: number;
	done: number;
	wontDo: number;
	/** Items whose status is missing or not one the handbook knows. */
	other: number;
	/** Open or In progress and due before `asOf`. */
	overdue: number;
}

export interface IndexedIncident {
	id: string;
	url: string;
	title: string;
	description?: string;
	date: string;
	severity: string;
	status: IncidentFields['status'];
	startedAt: string;
	detectedAt: string;
	acknowledgedAt: string;
	mitigatedAt: string;
	resolvedAt: string;
	durations: Record<DurationKey, IndexedDuration>;
	services: string[];
	incidentCommander: string;
	runbooks: Array<{ slug: string; url: string }>;
	actionItems: ActionItemCounts;
}

export interface IncidentIndex {
	version: typeof INCIDENT_INDEX_VERSION;
	/** The date overdue counts are computed for. */
	asOf: string;
	incidents: IndexedIncident[];
}

/** A post-mortem's action items per status, and how many are overdue on `today`. */
export function countActionItems(
	items: ReadonlyArray<ActionItem>,
	today: string,
): ActionItemCounts {
	const counts: ActionItemCounts = {
		total: 0,
		open: 0,
		inProgress: 0,
		done: 0,
		wontDo: 0,
		other: 0,
		overdue: 0,
	};
	for (const item of items) {
		counts.total += 1;
		if (isOverdue(item, today)) counts.overdue += 1;
		if (item.status === 'Open') counts.open += 1;
		else if (item.status === 'In progress') counts.inProgress += 1;
		else if (item.status === 'Done') counts.done += 1;
		else if (item.status === "Won't do") counts.wontDo += 1;
		else counts.other += 1;
	}
	return counts;
}

/** The `/api/incidents.json` document: every post-mortem by id (so by date, oldest first). */
export function buildIncidentIndex(
	incidents: ReadonlyArray<IncidentSource>,
	{ path, targets, today }: IncidentIndexOptions,
): IncidentIndex {
	return {
		version: INCIDENT_INDEX_VERSION,
		asOf: today,
		incidents: [...incidents]
			.sort((a, b) => byCodePoint(a.id, b.id))
			.map(({ id, date, data, items }) => {
				const durations = {} as Record<DurationKey, IndexedDuration>;
				for (const row of incidentDurations(data, targets(data.severity))) {
					const entry: IndexedDuration = {};
					if (row.minutes !== undefined) entry.minutes = row.minutes;
					if (row.target !== undefined) entry.targetMinutes = row.target;
					if (row.met !== undefined) entry.met = row.met;
					durations[row.key] = entry;
				}
				return {
					id,
					url: path(`/incidents/${id}/`),
					title: data.title,
					...(data.description ? { description: data.description } : {}),
					date,
					severity: data.severity,
					status: data.status,
					startedAt: data.started_at,
					detectedAt: data.detected_at,
					acknowledgedAt: data.acknowledged_at,
					mitigatedAt: data.mitigated_at,
					resolvedAt: data.resolved_at,
					durations,
					services: [...data.services],
					incidentCommander: data.incident_commander,
					runbooks: data.runbooks.map((slug) => ({ slug, url: path(`/runbooks/${slug}/`) })),
					actionItems: countActionItems(items, today),
				};
			}),
	};
}
