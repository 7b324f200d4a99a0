import { z } from 'astro/zod';
import { duration, isoDate, waiver } from './common.ts';

/** Frontmatter of a runbook (`src/content/runbooks/<slug>.mdx`). */
export const runbook = z.strictObject({
	/** The page title: name the failure, not the system (“Payments failing”). */
	title: z.string().min(1),
	/** One sentence shown in the catalog and search results. */
	description: z.string().min(1),
	/**
	 * Alert rule names that open this runbook, exactly as the alerting system sends them.
	 * Each name may belong to one runbook only; each gets a `/alerts/<name>/` link.
	 * @default []
	 */
	alerts: z
		.array(
			z.string().regex(/^[A-Za-z0-9_.:-]+$/, 'Alert names may use letters, digits, _ . : and -.'),
		)
		.default([]),
	/** Services this runbook covers. */
	services: z.array(z.string().min(1)).min(1, 'Name at least one service.'),
	/** The incident severity to assume when the alert fires; an id from the incident scale. */
	severity: z.string().min(1),
	/** Team or person who keeps the runbook current. */
	owner: z.string().min(1),
	/** When someone last checked every step still works (YYYY-MM-DD). */
	last_reviewed: isoDate,
	/** How often to review, such as `90d`. @default the `reviewEvery` setting (90d) */
	review_every: duration.optional(),
	/** Exceptions to rules for this runbook. @default [] */
	waivers: z.array(waiver).default([]),
});

export type RunbookFrontmatter = z.output<typeof runbook>;

/** Required H2 sections of a runbook, in order. */
export const RUNBOOK_SECTIONS = [
	'Trigger',
	'Impact',
	'Quick Diagnosis',
	'Common Causes',
	'Escalation',
] as const;

/** Optional H2 sections a runbook may add. */
export const RUNBOOK_OPTIONAL_SECTIONS = ['Mitigation', 'Verification', 'Related'] as const;
