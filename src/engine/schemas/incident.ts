import { z } from 'astro/zod';
import { isoTimestamp, slugLike, waiver } from './common.ts';

/** Post-mortem workflow states. */
export const POSTMORTEM_STATUSES = ['draft', 'in-review', 'final'] as const;

/** Frontmatter of a post-mortem (`src/content/incidents/YYYY-MM-DD-short-title.mdx`). */
export const incident = z.strictObject({
	/** What happened, in a few words (“Checkout errors after cache deploy”). */
	title: z.string().min(1),
	/** One sentence for the incident list. */
	description: z.string().optional(),
	/** The incident's final severity; an id from the incident scale. */
	severity: z.string().min(1),
	/** `draft` while being written, `in-review` for the review meeting, `final` once agreed. */
	status: z.enum(POSTMORTEM_STATUSES),
	/** When user impact began (timestamp with zone). */
	started_at: isoTimestamp,
	/** When the team first knew. */
	detected_at: isoTimestamp,
	/** When a responder acknowledged the page. */
	acknowledged_at: isoTimestamp,
	/** When user impact stopped. */
	mitigated_at: isoTimestamp,
	/** When the incident was closed. */
	resolved_at: isoTimestamp,
	/** Who led the response. */
	incident_commander: z.string().min(1),
	/** Services affected. */
	services: z.array(z.string().min(1)).min(1, 'Name at least one affected service.'),
	/** Runbooks used or needed, by slug (file name without extension). @default [] */
	runbooks: z.array(slugLike).default([]),
	/** Exceptions to rules for this post-mortem or one of its action items. @default [] */
	waivers: z.array(waiver).default([]),
});

export type IncidentFrontmatter = z.output<typeof incident>;

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
