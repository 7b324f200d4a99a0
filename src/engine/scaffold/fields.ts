import { CADENCES } from '../schemas/maintenance.ts';
import type { ScaleLevel } from './project.ts';
import {
	checkAlerts,
	checkChoice,
	checkOrder,
	checkServices,
	checkTimestamp,
	checkTitle,
	formatTimestamp,
	parseTimestamp,
} from './values.ts';

/** The document types `npm run new` can create. */
export const DOCUMENT_TYPES = ['postmortem', 'runbook', 'checklist'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export type Answers = Record<string, string>;

export interface Choice {
	value: string;
	label: string;
	hint?: string;
}

/** One answer: its flag, its prompt, and how to check it. */
export interface Field {
	/** The flag name without dashes, also the key in `Answers`. */
	flag: string;
	/** The prompt's question. */
	message: string;
	/** May be left empty. */
	optional?: boolean;
	/** Used when the flag is absent and nobody is asked; also the prompt's initial value. */
	initial?: string;
	placeholder?: string;
	/** Offered as a select prompt; the answer must be one of them. */
	choices?: Choice[];
	/** An error sentence, or `undefined`. `answers` holds the fields before this one. */
	check?: (value: string, answers: Answers) => string | undefined;
}

/** What the fields need to know about the project and the clock. */
export interface FieldContext {
	severities: ScaleLevel[];
	claimedAlerts: ReadonlyMap<string, string>;
	now: Date;
}

const levelChoices = (levels: ScaleLevel[]): Choice[] =>
	levels.map((level) => ({
		value: level.id,
		label: level.id,
		...(level.name ? { hint: level.name } : {}),
	}));

function severityField(context: FieldContext, message: string): Field {
	const ids = context.severities.map((level) => level.id);
	return {
		flag: 'severity',
		message,
		choices: levelChoices(context.severities),
		check: (value) => checkChoice(value, ids, 'severity'),
	};
}

const titleField = (message: string, placeholder: string): Field => ({
	flag: 'title',
	message,
	placeholder,
	check: (value) => checkTitle(value),
});

const servicesField = (message: string): Field => ({
	flag: 'services',
	message,
	placeholder: 'checkout-api, payments',
	check: checkServices,
});

/** The fields of each document type, in the order they are asked. */
export function fieldsFor(type: DocumentType, context: FieldContext): Field[] {
	switch (type) {
		case 'postmortem':
			return [
				titleField('What happened, in a few words?', 'Checkout errors after cache deploy'),
				severityField(context, 'Final severity?'),
				{
					flag: 'started',
					message: 'When did user impact start? (ISO 8601 with a zone)',
					placeholder: '2026-11-23T09:12:00Z',
					check: (value) => checkTimestamp(value, 'The start time'),
				},
				{
					flag: 'resolved',
					message: 'When was it resolved? (ISO 8601 with a zone)',
					initial: formatTimestamp(context.now),
					check: (value, answers) => {
						const problem = checkTimestamp(value, 'The resolve time');
						const started = answers['started'] && parseTimestamp(answers['started']);
						return problem ?? (started ? checkOrder(started, parseTimestamp(value)!) : undefined);
					},
				},
				{
					flag: 'commander',
					message: 'Who was the incident commander?',
					placeholder: 'Priya Raman',
					check: (value) => checkTitle(value, 'The incident commander'),
				},
				servicesField('Which services were affected? (comma-separated)'),
			];
		case 'runbook':
			return [
				titleField(
					'Which failure does it handle? Name the failure, not the system.',
					'Payments failing',
				),
				{
					flag: 'description',
					message: 'One sentence for the catalog and search:',
					placeholder: 'Card payments fail or time out at checkout.',
					check: (value) => checkTitle(value, 'The description'),
				},
				{
					flag: 'alerts',
					message: 'Which alert names open it? (comma-separated, may be empty)',
					placeholder: 'PaymentErrorRateHigh, PaymentLatencyHigh',
					optional: true,
					check: (value) => checkAlerts(value, context.claimedAlerts),
				},
				servicesField('Which services does it cover? (comma-separated)'),
				severityField(context, 'Severity to assume when the alert fires?'),
				{
					flag: 'owner',
					message: 'Which team or person keeps it current?',
					placeholder: 'platform-team',
					check: (value) => checkTitle(value, 'The owner'),
				},
			];
		case 'checklist':
			return [
				titleField('What is the checklist called?', 'Weekly maintenance'),
				{
					flag: 'cadence',
					message: 'How often does it run?',
					choices: CADENCES.map((cadence) => ({ value: cadence, label: cadence })),
					check: (value) => checkChoice(value, CADENCES, 'cadence'),
				},
				{
					flag: 'owner',
					message: 'Which team or person is on the hook for it?',
					placeholder: 'platform-team',
					check: (value) => checkTitle(value, 'The owner'),
				},
				{
					flag: 'description',
					message: 'One sentence for the schedule page (may be empty):',
					optional: true,
				},
			];
	}
}
