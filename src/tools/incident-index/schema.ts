/**
 * The JSON Schema (draft 2020-12) of `/api/incidents.json`, published at
 * `/api/incidents.schema.json`. Built per site: the severity ids come from the incident scale.
 * Uses only the keywords the handbook's own checker supports (src/tools/alerts/json-schema.ts).
 */
import type { JsonSchema } from '../alerts/schema.ts';
import { INCIDENT_INDEX_VERSION } from './build.ts';
import { dateSchema as date, sitePathSchema as sitePath } from '../alerts/json-schema.ts';

export interface IncidentSchemaOptions {
	/** The schema's own absolute URL (`$id`), when the site's address is known. */
	id?: string | undefined;
	/** The level ids of the incident severity scale, most severe first. */
	severities: readonly string[];
	/** The post-mortem workflow statuses. */
	statuses: readonly string[];
}

const timestamp = (description: string): JsonSchema => ({
	type: 'string',
	format: 'date-time',
	pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$',
	description: `${description} ISO 8601 timestamp in UTC.`,
});

const count = (description: string): JsonSchema => ({ type: 'integer', description });

const duration = (description: string): JsonSchema => ({
	type: 'object',
	description: `${description} Each field is left out when it cannot be given.`,
	additionalProperties: false,
	properties: {
		minutes: {
			type: 'integer',
			description:
				'Whole minutes from startedAt. Absent when the timestamps are out of order (the validator reports that).',
		},
		targetMinutes: {
			type: 'integer',
			description:
				"The severity level's target in minutes. Absent when the level sets none (always for detect).",
		},
		met: {
			type: 'boolean',
			description: 'Whether minutes is within targetMinutes. Absent without both.',
		},
	},
});

export function incidentIndexSchema({
	id,
	severities,
	statuses,
}: IncidentSchemaOptions): JsonSchema {
	return {
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		...(id ? { $id: id } : {}),
		title: 'Post-mortem index',
		description:
			'Every post-mortem of the incident handbook with its severity, status, response timestamps and durations, services, incident commander, runbooks and action-item counts. Generated at build time from src/content/incidents/; overdue counts are as of asOf.',
		type: 'object',
		required: ['version', 'asOf', 'incidents'],
		additionalProperties: false,
		properties: {
			version: {
				const: INCIDENT_INDEX_VERSION,
				description:
					'Format version. It changes only when a change would break existing readers; new optional fields do not change it.',
			},
			asOf: date('The build date: action items due before it and still open count as overdue.'),
			incidents: {
				type: 'array',
				description:
					'Every post-mortem, sorted by id. Ids start with the incident date, so this is oldest first.',
				items: { $ref: '#/$defs/incident' },
			},
		},
		$defs: {
			incident: {
				type: 'object',
				description: 'One post-mortem.',
				required: [
					'id',
					'url',
					'title',
					'date',
					'severity',
					'status',
					'startedAt',
					'detectedAt',
					'acknowledgedAt',
					'mitigatedAt',
					'resolvedAt',
					'durations',
					'services',
					'incidentCommander',
					'runbooks',
					'actionItems',
				],
				additionalProperties: false,
				properties: {
					id: {
						type: 'string',
						pattern: '^\\d{4}-\\d{2}-\\d{2}-',
						description:
							'The file name without extension, YYYY-MM-DD-short-title; stable while the file keeps its name.',
					},
					url: sitePath('The post-mortem page.', '^/.*/$'),
					title: { type: 'string', minLength: 1, description: 'What happened, in a few words.' },
					description: {
						type: 'string',
						description:
							'One sentence for the incident list. Absent when the post-mortem has none.',
					},
					date: date('The incident date, from the file name.'),
					severity: {
						type: 'string',
						...(severities.length > 0 ? { enum: [...severities] } : { minLength: 1 }),
						description:
							"The incident's final severity: a level id of the incident scale (see /severity/).",
					},
					status: {
						type: 'string',
						...(statuses.length > 0 ? { enum: [...statuses] } : { minLength: 1 }),
						description: 'Where the write-up is: draft, in review or final.',
					},
					startedAt: timestamp('When user impact began.'),
					detectedAt: timestamp('When the team first knew.'),
					acknowledgedAt: timestamp('When a responder acknowledged the page.'),
					mitigatedAt: timestamp('When user impact stopped.'),
					resolvedAt: timestamp('When the incident was closed.'),
					durations: {
						type: 'object',
						description:
							"Time to detect, acknowledge, mitigate and resolve, each measured from startedAt (as the severity targets are), with the level's target and whether it was met. The same figures as the post-mortem page.",
						required: ['detect', 'acknowledge', 'mitigate', 'resolve'],
						additionalProperties: false,
						properties: {
							detect: duration('startedAt to detectedAt. Detection has no target.'),
							acknowledge: duration('startedAt to acknowledgedAt.'),
							mitigate: duration('startedAt to mitigatedAt.'),
							resolve: duration('startedAt to resolvedAt.'),
						},
					},
					services: {
						type: 'array',
						minItems: 1,
						description: 'Services affected.',
						items: { type: 'string', minLength: 1 },
					},
					incidentCommander: {
						type: 'string',
						minLength: 1,
						description: 'Who led the response.',
					},
					runbooks: {
						type: 'array',
						description: 'Runbooks used or needed during the incident. May be empty.',
						items: {
							type: 'object',
							required: ['slug', 'url'],
							additionalProperties: false,
							properties: {
								slug: { type: 'string', minLength: 1, description: 'The runbook file name.' },
								url: sitePath('The runbook page.', '^/.*/$'),
							},
						},
					},
					actionItems: {
						type: 'object',
						description:
							"Counts of the rows of the post-mortem's Action Items table, per status. /action-items/ lists them.",
						required: ['total', 'open', 'inProgress', 'done', 'wontDo', 'other', 'overdue'],
						additionalProperties: false,
						properties: {
							total: count('Every action item.'),
							open: count('Status Open.'),
							inProgress: count('Status In progress.'),
							done: count('Status Done.'),
							wontDo: count("Status Won't do."),
							other: count('A missing or unknown status (the validator reports these).'),
							overdue: count(
								'Open or In progress with a due date before asOf; also counted above.',
							),
						},
					},
				},
			},
		},
	};
}
