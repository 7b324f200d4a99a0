/**
 * The fixed parts of a post-mortem: its workflow states, required sections and table columns.
 * Kept apart from the zod schema in incident.ts (which re-exports all of them) so that browser
 * code, such as the post-mortem draft download, can use them without shipping zod.
 */

/** Post-mortem workflow states. */
export const POSTMORTEM_STATUSES = ['draft', 'in-review', 'final'] as const;

/** Required H2 sections of a post-mortem, in order. */
export const INCIDENT_SECTIONS = [
	'Summary',
	'Timeline',
	'Root Cause',
	'Contributing Factors',
	'Resolution',
	'Impact',
	'Lessons Learned',
	'Action Items',
] as const;

/** Columns the Action Items table must have. More columns (such as Issue) are allowed. */
export const ACTION_ITEM_COLUMNS = ['Action', 'Owner', 'Due Date', 'Priority', 'Status'] as const;

/**
 * An optional Action Items column: the date (`YYYY-MM-DD`) a Done or Won't do item was closed, so
 * /metrics/ can chart items closed over time.
 */
export const ACTION_ITEM_CLOSED_COLUMN = 'Closed';

/** Allowed values of the Action Items Status column. */
export const ACTION_ITEM_STATUSES = ['Open', 'In progress', 'Done', "Won't do"] as const;

/** Statuses that still count as work to do. */
export const OPEN_ACTION_ITEM_STATUSES = ['Open', 'In progress'] as const;

/** Columns the Timeline table must have. */
export const TIMELINE_COLUMNS = ['Time (UTC)', 'Event'] as const;
