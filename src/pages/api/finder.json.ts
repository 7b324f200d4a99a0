/**
 * `/api/finder.json`: the quick finder's data (titles, alerts, services and Common Causes
 * symptoms of every runbook), fetched by `<quick-finder>` the first time someone uses it. The
 * format is `FinderData` in src/tools/finder/types.ts: compact, not a public API.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildFinderData } from '../../tools/finder/data.ts';

export const GET: APIRoute = async () => {
	const runbooks = await getCollection('runbooks');
	const data = buildFinderData(
		runbooks.map((entry) => ({
			slug: entry.id,
			title: entry.data.title,
			severity: entry.data.severity,
			alerts: entry.data.alerts,
			services: entry.data.services,
			body: entry.body,
			mdx: !entry.filePath?.endsWith('.md'),
		})),
	);
	return new Response(JSON.stringify(data), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
