import { z } from 'astro/zod';

/**
 * The part of a handbook page's frontmatter the engine checks. Starlight's own schema validates
 * the rest during the build, so other Starlight keys pass through here.
 */
export const handbookPage = z.looseObject({
	/** The page title. */
	title: z.string().min(1),
	/** One sentence for search results and link previews. */
	description: z.string().optional(),
});
