import { slug } from 'github-slugger';
import type { DocumentKind } from './parse/source.ts';

/**
 * Pages the site builds besides the documents themselves. Internal links may point at these;
 * the site's `src/pages` must provide each one.
 */
export const STATIC_ROUTES: ReadonlyArray<string> = [
	'/',
	'/runbooks/',
	'/incidents/',
	'/action-items/',
	'/metrics/',
	'/maintenance/',
	'/print/checklists/',
	'/print/runbooks/',
	'/severity/',
	'/tools/severity/',
	'/tools/sla-clock/',
	'/alerts/',
	'/api/runbooks.json',
	'/api/runbooks.schema.json',
	'/api/incidents.json',
	'/api/incidents.schema.json',
];

/** The deep link an alerting tool uses for one alert name: it redirects to the alert's runbook. */
export function alertRoute(alert: string): string {
	return `/alerts/${encodeURIComponent(alert)}/`;
}

const COLLECTION_PREFIX: Record<Exclude<DocumentKind, 'severity' | 'page'>, string> = {
	runbook: '/runbooks/',
	incident: '/incidents/',
	maintenance: '/maintenance/',
};

/**
 * The route of a document. Handbook pages follow Starlight: each folder and file name is
 * slugified, and `index` stands for its folder.
 */
export function documentRoute(
	kind: Exclude<DocumentKind, 'severity'>,
	relativePath: string,
): string {
	const withoutExtension = relativePath.replace(/\.(md|mdx)$/, '');
	if (kind !== 'page') return `${COLLECTION_PREFIX[kind]}${withoutExtension}/`;
	const segments = withoutExtension.split('/').map((segment) => slug(segment));
	if (segments.at(-1) === 'index') segments.pop();
	return segments.length ? `/${segments.join('/')}/` : '/';
}
