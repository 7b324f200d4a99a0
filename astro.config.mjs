// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { handbookValidation } from './src/engine/integration.ts';
import { handbookOffline } from './src/offline/integration.ts';
import { accessibleContent } from './src/markdown/accessible-content.ts';
import { actionItemAnchorsPlugin } from './src/markdown/action-item-anchors.ts';
import { baseLinks } from './src/markdown/base-links.ts';
import { withoutKnownWarnings } from './src/build/known-warnings.ts';

const base = process.env.HANDBOOK_BASE ?? '/';

export default defineConfig({
	site: process.env.HANDBOOK_SITE ?? 'https://example.com',
	base,
	trailingSlash: 'always',
	// One harmless bundler warning per MDX file would bury the warnings that matter.
	vite: { build: { rolldownOptions: { onLog: withoutKnownWarnings } } },
	markdown: {
		processor: satteri({
			hastPlugins: [actionItemAnchorsPlugin(), accessibleContent(), baseLinks(base)],
		}),
	},
	integrations: [
		starlight({
			title: 'Incident Handbook',
			description:
				'Runbooks, severity levels, post-mortems and maintenance checklists for on-call teams.',
			// print.css: the print stylesheet for every page (chrome hidden, blank checklists, links
			// with their URLs); after content.css so it wins in print.
			customCss: ['./src/styles/content.css', './src/styles/print.css'],
			components: {
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				// The print footer: page address, printed date and review date (src/print/).
				Footer: './src/components/overrides/Footer.astro',
				// The offline banner: top of every page's content, in the flow (src/offline/).
				Banner: './src/components/overrides/Banner.astro',
			},
			// Long commands wrap instead of scrolling: a responder on a phone reads the whole line,
			// and a scrolling code block would be unreachable by keyboard. Copying still copies
			// the original single line.
			expressiveCode: { defaultProps: { wrap: true } },
			lastUpdated: false,
			disable404Route: true,
			pagination: false,
			// The sidebar lists sections and catalog pages, never one entry per document:
			// every page carries the sidebar, so per-document entries would make the build O(N²).
			sidebar: [
				{
					label: 'Respond',
					items: [
						{ label: 'Runbooks', link: '/runbooks/' },
						{ label: 'Alerts', link: '/alerts/' },
						{ label: 'Severity levels', link: '/severity/' },
						{ label: 'Severity picker', link: '/tools/severity/' },
						{ label: 'SLA clock', link: '/tools/sla-clock/' },
						{ label: 'Printable runbooks', link: '/print/runbooks/' },
					],
				},
				{
					label: 'Learn',
					items: [
						{ label: 'Post-mortems', link: '/incidents/' },
						{ label: 'Action items', link: '/action-items/' },
						{ label: 'Incident metrics', link: '/metrics/' },
					],
				},
				{
					label: 'Maintain',
					items: [
						{ label: 'Maintenance checklists', link: '/maintenance/' },
						{ label: 'Printable checklists', link: '/print/checklists/' },
					],
				},
				{
					label: 'Handbook',
					items: [
						'handbook/incident-process',
						'handbook/roles',
						'handbook/communication',
						'handbook/mitigation',
						'handbook/post-incident-review',
						'handbook/training',
						'handbook/tools-and-access',
						'handbook/adopting',
					],
				},
				{
					label: 'Operations',
					collapsed: true,
					items: [{ autogenerate: { directory: 'handbook/operations' } }],
				},
				{ label: 'Guides', collapsed: true, items: [{ autogenerate: { directory: 'guides' } }] },
				{
					label: 'Reference',
					collapsed: true,
					items: [{ autogenerate: { directory: 'reference' } }],
				},
			],
		}),
		handbookValidation(),
		// After Starlight, whose search index the service worker must see and save.
		handbookOffline(),
	],
});
