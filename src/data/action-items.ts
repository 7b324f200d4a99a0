/**
 * Every post-mortem's action items, read at build time for the home page, /action-items/ and
 * the incident API. This file only loads content; ordering, lateness and counts live in
 * src/tools/action-items/, where they are tested.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { extractActionItems } from '../engine/extract/action-items.ts';
import { SCALE_ROLES } from '../engine/schemas/severity.ts';
import type { PostMortemItems } from '../tools/action-items/items.ts';
import { incidentPath } from './links.ts';
import { getScale } from './severity.ts';

/** The action items of one post-mortem entry. */
function postMortemItems(entry: CollectionEntry<'incidents'>): PostMortemItems {
	return {
		id: entry.id,
		title: entry.data.title,
		url: incidentPath(entry.id),
		items: extractActionItems(entry.body ?? '', { mdx: entry.filePath?.endsWith('.mdx') ?? true }),
	};
}

let cached: Promise<PostMortemItems[]> | undefined;

async function load(): Promise<PostMortemItems[]> {
	return (await getCollection('incidents')).map(postMortemItems);
}

/**
 * Every post-mortem with its action items, in collection order. Read once per build: the home
 * page, /action-items/ and the API all need them, and parsing thousands of post-mortems takes
 * seconds. Reloaded on each request in dev, so edits show.
 */
export function loadPostMortemItems(): Promise<PostMortemItems[]> {
	if (import.meta.env.DEV) return load();
	cached ??= load();
	return cached;
}

/** Level ids of the action-priority scale, most urgent first; empty when the scale is missing. */
export async function actionPriorities(): Promise<string[]> {
	const scale = await getScale(SCALE_ROLES.actionPriority);
	return scale?.levels.map((level) => level.id) ?? [];
}
