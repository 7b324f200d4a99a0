/**
 * `/api/runbooks.json`: the runbook index for machines (alerting tools, chat bots, scripts),
 * described by `/api/runbooks.schema.json`.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { sitePath } from '../../data/links.ts';
import { reviewState } from '../../data/runbooks.ts';
import { buildRunbookIndex } from '../../tools/alerts/runbook-index.ts';

export const GET: APIRoute = async () => {
	const runbooks = await getCollection('runbooks');
	const index = buildRunbookIndex(
		runbooks.map((entry) => ({ slug: entry.id, data: entry.data })),
		{ path: sitePath, review: (data) => reviewState(data) },
	);
	return new Response(`${JSON.stringify(index, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
