/**
 * `/api/incidents.json`: the post-mortem index for machines (dashboards, chat bots, scripts),
 * described by `/api/incidents.schema.json`.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { loadPostMortemItems } from '../../data/action-items.ts';
import { incidentDate } from '../../data/format.ts';
import { sitePath } from '../../data/links.ts';
import { getScale } from '../../data/severity.ts';
import { handbookToday } from '../../data/today.ts';
import { SCALE_ROLES } from '../../engine/schemas/severity.ts';
import { buildIncidentIndex } from '../../tools/incident-index/build.ts';

export const GET: APIRoute = async () => {
	const [incidents, postMortems, scale] = await Promise.all([
		getCollection('incidents'),
		loadPostMortemItems(),
		getScale(SCALE_ROLES.incident),
	]);
	const items = new Map(postMortems.map((postMortem) => [postMortem.id, postMortem.items]));
	const index = buildIncidentIndex(
		incidents.map((entry) => ({
			id: entry.id,
			date: incidentDate(entry.id, entry.data.started_at),
			data: entry.data,
			items: items.get(entry.id) ?? [],
		})),
		{
			path: sitePath,
			targets: (severity) => scale?.levels.find((level) => level.id === severity)?.targets,
			today: handbookToday(),
		},
	);
	return new Response(`${JSON.stringify(index, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
