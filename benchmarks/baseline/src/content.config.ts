// Starlight's documented default: the docs collection from src/content/docs/. Its schema keeps the
// keys Starlight knows and drops the rest, so the handbook's own frontmatter (severity, alerts,
// timestamps…) passes through harmlessly.
import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
