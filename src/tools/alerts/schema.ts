/**
 * The JSON Schema (draft 2020-12) of `/api/runbooks.json`, published at
 * `/api/runbooks.schema.json`. Built per site: the severity ids come from the incident scale.
 */
import { QUICK_DIAGNOSIS_ANCHOR, RUNBOOK_INDEX_VERSION } from './runbook-index.ts';
import { dateSchema as date, sitePathSchema as sitePath } from './json-schema.ts';

export type JsonSchema = { [keyword: string]: unknown };

export interface SchemaOptions {
	/** The schema's own absolute URL (`$id`), when the site's address is known. */
	id?: string | undefined;
	/** The level ids of the incident severity scale, most severe first. */
	severities: readonly string[];
}

export function runbookIndexSchema({ id, severities }: SchemaOptions): JsonSchema {
	const anchor = QUICK_DIAGNOSIS_ANCHOR.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return {
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		...(id ? { $id: id } : {}),
		title: 'Runbook index',
		description:
			'Every runbook of the incident handbook with the alerts that open it, the services it covers, its default severity, owner and review status. Generated at build time from src/content/runbooks/; review status is as of the build date.',
		type: 'object',
		required: ['version', 'runbooks'],
		additionalProperties: false,
		properties: {
			version: {
				const: RUNBOOK_INDEX_VERSION,
				description:
					'Format version. It changes only when a change would break existing readers; new optional fields do not change it.',
			},
			runbooks: {
				type: 'array',
				description: 'Every runbook, sorted by slug.',
				items: { $ref: '#/$defs/runbook' },
			},
		},
		$defs: {
			runbook: {
				type: 'object',
				description: 'One runbook.',
				required: [
					'slug',
					'title',
					'description',
					'url',
					'quickDiagnosisUrl',
					'alerts',
					'services',
					'severity',
					'owner',
					'lastReviewed',
					'reviewDue',
					'reviewStatus',
				],
				additionalProperties: false,
				properties: {
					slug: {
						type: 'string',
						minLength: 1,
						description:
							'The runbook file name without extension; stable while the file keeps its name.',
					},
					title: {
						type: 'string',
						minLength: 1,
						description: 'The runbook title: the failure it handles.',
					},
					description: {
						type: 'string',
						minLength: 1,
						description: 'One sentence on when to use the runbook.',
					},
					url: sitePath('The runbook page.', '^/.*/$'),
					quickDiagnosisUrl: sitePath(
						'The runbook page at its Quick Diagnosis section, where a responder starts.',
						`^/.*/#${anchor}$`,
					),
					alerts: {
						type: 'array',
						description:
							'Alert rule names that open this runbook, exactly as the alerting system sends them (case-sensitive). Each name belongs to one runbook only. May be empty.',
						items: { $ref: '#/$defs/alert' },
					},
					services: {
						type: 'array',
						minItems: 1,
						description: 'Services the runbook covers.',
						items: { type: 'string', minLength: 1 },
					},
					severity: {
						type: 'string',
						...(severities.length > 0 ? { enum: [...severities] } : { minLength: 1 }),
						description:
							'The incident severity to assume when one of the alerts fires: a level id of the incident scale (see /severity/).',
					},
					owner: {
						type: 'string',
						minLength: 1,
						description: 'The team or person who keeps the runbook current.',
					},
					lastReviewed: date('When someone last checked that every step still works.'),
					reviewDue: date('When the next review is due: lastReviewed plus the review interval.'),
					reviewStatus: {
						enum: ['current', 'overdue'],
						description: '"overdue" when reviewDue was before the build date, otherwise "current".',
					},
				},
			},
			alert: {
				type: 'object',
				description: 'An alert name and its deep link.',
				required: ['name', 'url'],
				additionalProperties: false,
				properties: {
					name: {
						type: 'string',
						pattern: '^[A-Za-z0-9_.:-]+$',
						description: 'The alert rule name.',
					},
					url: sitePath(
						'The alert deep link, /alerts/<name>/ with the name URL-encoded: it opens the runbook at Quick Diagnosis. Point the alerting tool at it.',
						'^/(.*/)?alerts/[^/]+/$',
					),
				},
			},
		},
	};
}
