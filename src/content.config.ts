import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { incident, maintenance, runbook, severityScale } from './engine/schemas/index.ts';
import { contentDirectory } from './engine/config.ts';

const content = `./${contentDirectory()}`;

// The schemas live in the engine so that `npm run validate` and the build check the same thing.
export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	runbooks: defineCollection({
		loader: glob({ pattern: '**/*.{md,mdx}', base: `${content}/runbooks` }),
		schema: runbook,
	}),
	incidents: defineCollection({
		loader: glob({ pattern: '**/*.{md,mdx}', base: `${content}/incidents` }),
		schema: incident,
	}),
	maintenance: defineCollection({
		loader: glob({ pattern: '**/*.{md,mdx}', base: `${content}/maintenance` }),
		schema: maintenance,
	}),
	severity: defineCollection({
		loader: glob({ pattern: '*.{yaml,yml}', base: `${content}/severity` }),
		schema: severityScale,
	}),
};
