/** `/api/incidents.schema.json`: the JSON Schema (draft 2020-12) of `/api/incidents.json`. */
import type { APIRoute } from 'astro';
import { sitePath } from '../../data/links.ts';
import { getScale } from '../../data/severity.ts';
import { POSTMORTEM_STATUSES } from '../../engine/schemas/incident.ts';
import { SCALE_ROLES } from '../../engine/schemas/severity.ts';
import { incidentIndexSchema } from '../../tools/incident-index/schema.ts';

export const GET: APIRoute = async ({ site }) => {
	const scale = await getScale(SCALE_ROLES.incident);
	const path = sitePath('/api/incidents.schema.json');
	const schema = incidentIndexSchema({
		id: site ? new URL(path, site).href : undefined,
		severities: scale?.levels.map((level) => level.id) ?? [],
		statuses: POSTMORTEM_STATUSES,
	});
	return new Response(`${JSON.stringify(schema, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
};
