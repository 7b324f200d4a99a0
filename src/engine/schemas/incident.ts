import { z } from 'astro/zod';
import { isoTimestamp, slugLike, waiver } from './common.ts';
import { POSTMORTEM_STATUSES } from './incident-structure.ts';

// The constants live in a zod-free module so browser code can use them; re-exported here so
// every existing import keeps working.
export {
	ACTION_ITEM_CLOSED_COLUMN,
	ACTION_ITEM_COLUMNS,
	ACTION_ITEM_STATUSES,
	INCIDENT_SECTIONS,
	OPEN_ACTION_ITEM_STATUSES,
	POSTMORTEM_STATUSES,
	TIMELINE_COLUMNS,
} from './incident-structure.ts';

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
