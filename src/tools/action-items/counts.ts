/**
 * Counts of action items per status and per owner, for the /action-items/ page and the incident
 * API. Pure.
 */
import { ACTION_ITEM_STATUSES } from '../../engine/schemas/incident.ts';
import { compareTitles } from '../catalog/filter.ts';
import { actionStatusLabel, type TrackedActionItem } from './items.ts';

/** What the owner column and the owner filter call an item with an empty Owner cell. */
export const NO_OWNER = 'No owner';

/** The owner as the page shows it. */
export const ownerLabel = (owner: string): string => owner.trim() || NO_OWNER;

export interface StatusCount {
	/** The status as the page shows it (see `actionStatusLabel`). */
	status: string;
	count: number;
	/** Whether the status is one the handbook knows; the validator reports the others. */
	known: boolean;
}

export interface StatusCounts {
	total: number;
	/** Open or In progress, past their due date. */
	overdue: number;
	/**
	 * Every known status in the schema's order, even at zero, then each unknown status text (as
	 * written, A–Z) that occurs.
	 */
	statuses: StatusCount[];
}

/** How many items have each status, and how many are overdue. */
export function countByStatus(items: ReadonlyArray<TrackedActionItem>): StatusCounts {
	const counts = new Map<string, number>(ACTION_ITEM_STATUSES.map((status) => [status, 0]));
	const unknown = new Set<string>();
	let overdue = 0;
	for (const item of items) {
		const label = actionStatusLabel(item);
		if (item.status === undefined) unknown.add(label);
		counts.set(label, (counts.get(label) ?? 0) + 1);
		if (item.overdue) overdue += 1;
	}
	return {
		total: items.length,
		overdue,
		statuses: [
			...ACTION_ITEM_STATUSES.map((status) => ({
				status,
				count: counts.get(status) ?? 0,
				known: true,
			})),
			...[...unknown]
				.sort(compareTitles)
				.map((status) => ({ status, count: counts.get(status) ?? 0, known: false })),
		],
	};
}

export interface OwnerCount {
	/** The owner as the page shows it (`No owner` for an empty cell). */
	owner: string;
	/** Open or In progress. */
	open: number;
	/** Open or In progress and past due; included in `open`. */
	overdue: number;
	/** Done or Won't do. */
	closed: number;
	/** Unknown or missing status. */
	other: number;
	total: number;
}

/**
 * Items per owner, the owners with most overdue work first, then most open work, then A–Z: the
 * order a team lead goes through them in.
 */
export function countByOwner(items: ReadonlyArray<TrackedActionItem>): OwnerCount[] {
	const owners = new Map<string, OwnerCount>();
	for (const item of items) {
		const owner = ownerLabel(item.owner);
		let entry = owners.get(owner);
		if (!entry) {
			entry = { owner, open: 0, overdue: 0, closed: 0, other: 0, total: 0 };
			owners.set(owner, entry);
		}
		entry.total += 1;
		if (item.open) entry.open += 1;
		else if (item.status === undefined) entry.other += 1;
		else entry.closed += 1;
		if (item.overdue) entry.overdue += 1;
	}
	return [...owners.values()].sort(
		(a, b) => b.overdue - a.overdue || b.open - a.open || compareTitles(a.owner, b.owner),
	);
}
