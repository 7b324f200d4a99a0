import { z } from 'astro/zod';
import { duration, slugLike } from './common.ts';

/** Response targets for one incident severity level. */
export const targets = z.strictObject({
	/** How soon someone must acknowledge the page, such as `5m`. */
	acknowledge: duration.optional(),
	/** How soon user impact must be stopped or contained, such as `30m`. */
	mitigate: duration.optional(),
	/** How soon the incident must be fully resolved, such as `4h`. */
	resolve: duration.optional(),
	/** How often the incident channel and status page get an update, such as `30m`. */
	update_every: duration.optional(),
});

/** The post-mortem rule for a level. */
export const postmortemRule = z.strictObject({
	/** Whether an incident at this level needs a written post-mortem. */
	required: z.boolean(),
	/**
	 * How long after `resolved_at` the post-mortem may stay a draft, such as `48h`.
	 * Only meaningful when `required` is true.
	 */
	due: duration.optional(),
});

/** One level of a scale: SEV1, P0, Critical, and so on. */
export const severityLevel = z.strictObject({
	/** The id that documents reference, such as `SEV1` or `P0`. Unique within the scale. */
	id: z
		.string()
		.regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'Use letters, digits, hyphens or underscores.'),
	/** A short human name, such as `Critical`. */
	name: z.string().min(1),
	/** One sentence that tells this level apart from its neighbours. */
	summary: z.string().min(1),
	/** Concrete situations at this level. @default [] */
	examples: z.array(z.string()).default([]),
	/** Plain-language criteria shown in the severity matrix. @default [] */
	criteria: z.array(z.string()).default([]),
	/** Response targets (incident scales). */
	targets: targets.optional(),
	/**
	 * Due window for work at this level, such as `24h` for a P0 action item or `7d` for a
	 * high-severity patch (priority and patch scales).
	 */
	due: duration.optional(),
	/** Who gets paged when an incident at this level is declared. @default [] */
	page: z.array(z.string()).default([]),
	/** Who to escalate to when targets slip. @default [] */
	escalate: z.array(z.string()).default([]),
	/** Whether customers must be told. `if-prolonged` means once it lasts past the mitigate target. @default false */
	customer_comms: z.union([z.boolean(), z.literal('if-prolonged')]).default(false),
	/** The post-mortem rule for incidents at this level. */
	postmortem: postmortemRule.optional(),
	/** The first things a responder does at this level, as a checklist. @default [] */
	first_actions: z.array(z.string()).default([]),
	/** A CSS colour for the level's badge. @default a neutral grey */
	color: z.string().optional(),
});

/** One answer to a severity-picker question, and the level it implies at the least. */
export const pickerAnswer = z.strictObject({
	/** Stable id used in URLs. */
	id: slugLike,
	/** What the responder reads on the button. */
	label: z.string().min(1),
	/** The level this answer implies; omit when the answer does not raise the severity. */
	level: z.string().optional(),
});

/** A question the severity picker asks. */
export const pickerQuestion = z.strictObject({
	/** Stable id used in URLs. */
	id: slugLike,
	/** The question as the responder reads it. */
	text: z.string().min(1),
	/** The possible answers, most severe first. */
	answers: z.array(pickerAnswer).min(2),
});

/**
 * A severity scale (`src/content/severity/<id>.yaml`). The file name is the scale's role:
 * `incident` for incidents and runbooks, `action-priority` for post-mortem action items,
 * `security-patch` for patch response windows.
 */
export const severityScale = z.strictObject({
	/** Title shown above the matrix. */
	title: z.string().min(1),
	/** What the scale is for. */
	description: z.string().optional(),
	/** Levels from most to least severe. */
	levels: z.array(severityLevel).min(1),
	/** Questions the severity picker asks (incident scale). @default [] */
	questions: z.array(pickerQuestion).default([]),
});

export type SeverityScale = z.output<typeof severityScale>;
export type SeverityLevel = z.output<typeof severityLevel>;

/** The roles a scale file can play, by file name. */
export const SCALE_ROLES = {
	incident: 'incident',
	actionPriority: 'action-priority',
	securityPatch: 'security-patch',
} as const;
