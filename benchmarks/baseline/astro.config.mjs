// @ts-check
// Plain Starlight, the baseline `npm run bench` compares the handbook with: Starlight's default
// docs collection and its default sidebar, which Starlight generates from every page when no
// `sidebar` is configured. No handbook integration, no custom pages, no Markdown plugins.
// The benchmark copies this folder to bench-work/baseline/ and puts the generated documents in
// its src/content/docs/, so nothing Astro writes (.astro/, caches) lands in the repository.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	site: 'https://example.com',
	integrations: [starlight({ title: 'Plain Starlight' })],
});
