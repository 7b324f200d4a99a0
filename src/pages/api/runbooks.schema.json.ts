/** `/api/runbooks.schema.json`: the JSON Schema (draft 2020-12) of `/api/runbooks.json`. */
import type { APIRoute } from 'astro';
import { sitePath } from '../../data/links.ts';
import { getScale } from '../../data/severity.ts';
import { SCALE_ROLES } from '../../engine/schemas/severity.ts';
import { runbookIndexSchema } from '../../tools/alerts/schema.ts';

export const GET: APIRoute = async ({ site }) => {
	const scale = await getScale(SCALE_ROLES.incident);
	const path = sitePath('/api/runbooks.schema.json');
	const schema = runbookIndexSchema({
		id: site ? new URL(path, site).href : undefined,
		severities: scale?.levels.map((level) => level.id) ?? [],
	});
	return new Response(`${JSON.stringify(schema, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
};
