import { z } from 'astro/zod';
import { isoDate } from './common.ts';

/** How often a checklist runs. `on-demand` suits pre-deploy or drill checklists. */
export const CADENCES = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'on-demand'] as const;

/** Frontmatter of a maintenance checklist (`src/content/maintenance/<slug>.mdx`). */
export const maintenance = z.strictObject({
	/** The checklist's name (“Weekly maintenance”). */
	title: z.string().min(1),
	/** One sentence for the schedule page. */
	description: z.string().optional(),
	/** How often it runs. */
	cadence: z.enum(CADENCES),
	/** Team or person on the hook for it. */
	owner: z.string().min(1),
	/** When it was last worked through (YYYY-MM-DD). */
	last_completed: isoDate.optional(),
});

export type MaintenanceFrontmatter = z.output<typeof maintenance>;
