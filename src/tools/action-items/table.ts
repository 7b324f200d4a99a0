/**
 * The filters of the /action-items/ table: owner, priority and status. Pure; the page passes in
 * the priority scale's levels.
 */
import { ACTION_ITEM_STATUSES } from '../../engine/schemas/incident.ts';
import type { TableConfig } from '../catalog/filter.ts';

/**
 * The status filter's extra choice: Open and In progress items past their due date. An overdue
 * item matches both its status and this.
 */
export const OVERDUE = 'Overdue';

/**
 * The table's filters. Each reads the cells of the column whose header has that `data-col`:
 * the owner's name, the priority badge (`.sev`), and the status word with its overdue marker.
 * Statuses come in the list's order: overdue, open, then closed.
 */
export function actionItemTable(priorities: readonly string[]): TableConfig {
	return {
		filters: [
			{ name: 'owner', label: 'Owner', any: 'All owners', source: { col: 'owner' } },
			{
				name: 'priority',
				label: 'Priority',
				any: 'All priorities',
				source: { col: 'priority', pick: '.sev' },
				order: priorities,
			},
			{
				name: 'status',
				label: 'Status',
				any: 'Any status',
				// The status word and, on overdue rows, the marker whose `data-value` is `Overdue`.
				source: { col: 'status', pick: ':scope > :is(span, strong)' },
				order: [OVERDUE, ...ACTION_ITEM_STATUSES],
			},
		],
		sorts: [{ value: 'list', label: 'Overdue first, then by due date' }],
		noun: ['action item', 'action items'],
	};
}
