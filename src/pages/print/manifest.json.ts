/**
 * `/print/manifest.json`: the PDFs `npm run pdf` makes, with the pages they are printed from,
 * the base path and public address the site was built for, and the titles each collection holds.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { handbookToday } from '../../data/today.ts';
import {
	checklistPdf,
	collectionPdf,
	PRINT_ROUTES,
	type CollectionName,
} from '../../print/paths.ts';
import { MANIFEST_VERSION, type PrintManifest } from '../../print/pdf/manifest.ts';
import { COLLECTION_TEXT, printEntries } from './_entries.ts';

export const GET: APIRoute = async ({ site }) => {
	const base = import.meta.env.BASE_URL.replace(/\/*$/, '/');
	const collections = await Promise.all(
		(Object.keys(PRINT_ROUTES) as CollectionName[]).map(async (name) => ({
			route: PRINT_ROUTES[name],
			pdf: collectionPdf(name),
			title: COLLECTION_TEXT[name].title,
			contains: (await printEntries(name)).map((entry) => entry.title),
		})),
	);
	const checklists = (await getCollection('maintenance'))
		.sort((a, b) => a.id.localeCompare(b.id))
		.map((entry) => ({
			route: `/maintenance/${entry.id}/`,
			pdf: checklistPdf(entry.id),
			title: entry.data.title,
		}));
	const manifest: PrintManifest = {
		version: MANIFEST_VERSION,
		base,
		site: new URL(base, site ?? 'http://localhost/').href,
		built: handbookToday(),
		documents: [...collections, ...checklists],
	};
	return new Response(JSON.stringify(manifest, null, '\t'), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};
