/**
 * The filters of the runbook catalog and the post-mortem list: which columns they read and how
 * their choices are ordered. Pure; the pages pass in the scale's levels and the labels they show.
 * The action items' filters live with the rest of the action-item logic
 * (src/tools/action-items/table.ts).
 */
import type { TableConfig } from './filter.ts';

/**
 * `/runbooks/`: service, severity (in the scale's order), owner and review status, sorted by
 * title (the server's order) or by review date.
 */
export function runbookTable(levels: readonly string[]): TableConfig {
	return {
		filters: [
			{
				name: 'service',
				label: 'Service',
				any: 'All services',
				source: { col: 'services', pick: 'span' },
			},
			{
				name: 'severity',
				label: 'Severity',
				any: 'All severities',
				source: { col: 'severity', pick: '.sev' },
				order: levels,
			},
			{ name: 'owner', label: 'Owner', any: 'All owners', source: { col: 'owner' } },
			{
				name: 'review',
				label: 'Review status',
				any: 'Any status',
				source: {
					col: 'review',
					pick: '.overdue',
					read: { present: 'overdue', absent: 'current' },
				},
				options: [
					{ value: 'current', label: 'Current' },
					{ value: 'overdue', label: 'Overdue' },
				],
			},
		],
		sorts: [
			{ value: 'title', label: 'Title, A to Z' },
			{ value: 'due', label: 'Review date, soonest first', by: { col: 'review', pick: 'time' } },
		],
		noun: ['runbook', 'runbooks'],
	};
}

/**
 * `/incidents/`: severity (in the scale's order), service, status (in workflow order, as the
 * page labels them) and year (newest first), newest post-mortem first.
 */
export function incidentTable(
	levels: readonly string[],
	statusLabels: readonly string[],
): TableConfig {
	return {
		filters: [
			{
				name: 'severity',
				label: 'Severity',
				any: 'All severities',
				source: { col: 'severity', pick: '.id' },
				order: levels,
			},
			{
				name: 'service',
				label: 'Service',
				any: 'All services',
				source: { col: 'services', pick: '.service' },
			},
			{
				name: 'status',
				label: 'Status',
				any: 'Any status',
				source: { col: 'status' },
				order: statusLabels,
			},
			{
				name: 'year',
				label: 'Year',
				any: 'All years',
				source: { col: 'date', read: 'year' },
				descending: true,
			},
		],
		sorts: [{ value: 'newest', label: 'Newest first' }],
		noun: ['post-mortem', 'post-mortems'],
	};
}
