import { isRealDate } from '../utils/dates.ts';

/**
 * Checks and normalisers for every answer, shared by flags and prompts. Each `check…` returns
 * an error sentence, or `undefined` when the answer is fine.
 */

const TIMESTAMP =
	/^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;
const ALERT_NAME = /^[A-Za-z0-9_.:-]+$/;

export function checkTitle(title: string, label = 'The title'): string | undefined {
	if (title.trim() === '') return `${label} is empty; write a few words.`;
	if (/[\r\n]/.test(title)) return `${label} must fit on one line.`;
	return undefined;
}

/** Parses an ISO 8601 timestamp that names its zone; `undefined` when it cannot. */
export function parseTimestamp(text: string): Date | undefined {
	const match = TIMESTAMP.exec(text.trim());
	if (!match || !isRealDate(match[1]!)) return undefined;
	if (Number(match[2]) > 23 || Number(match[3]) > 59 || Number(match[4] ?? 0) > 59)
		return undefined;
	const date = new Date(text.trim().replace(' ', 'T'));
	return Number.isNaN(date.getTime()) ? undefined : date;
}

export function checkTimestamp(text: string, label: string): string | undefined {
	return parseTimestamp(text)
		? undefined
		: `${label} "${text}" is not an ISO 8601 time with a zone; write it like 2026-11-23T09:12:00Z.`;
}

/** `2026-11-23T09:12:00Z`: UTC, whole seconds, the form the starter post-mortems use. */
export function formatTimestamp(date: Date): string {
	return `${date.toISOString().slice(0, 19)}Z`;
}

export function checkOrder(started: Date, resolved: Date): string | undefined {
	return resolved.getTime() < started.getTime()
		? `The resolve time (${formatTimestamp(resolved)}) is before the start time (${formatTimestamp(started)}).`
		: undefined;
}

export function checkChoice(
	value: string,
	choices: ReadonlyArray<string>,
	what: string,
): string | undefined {
	return choices.includes(value)
		? undefined
		: `"${value}" is not a known ${what}; use one of ${choices.join(', ')}.`;
}

/** Splits a comma-separated answer, dropping blanks and repeats. */
export function parseList(text: string): string[] {
	return [
		...new Set(
			text
				.split(',')
				.map((item) => item.trim())
				.filter(Boolean),
		),
	];
}

export function checkServices(text: string): string | undefined {
	return parseList(text).length === 0
		? 'Name at least one service, separated by commas.'
		: undefined;
}

/**
 * Alert names must match the schema's pattern and must not already open another runbook.
 * `claimed` maps an alert name to the path of the runbook that lists it.
 */
export function checkAlerts(
	text: string,
	claimed: ReadonlyMap<string, string>,
): string | undefined {
	for (const alert of parseList(text)) {
		if (!ALERT_NAME.test(alert))
			return `The alert name "${alert}" may use only letters, digits, _ . : and -.`;
		const owner = claimed.get(alert);
		if (owner)
			return `The alert "${alert}" already belongs to ${owner}; each alert opens one runbook.`;
	}
	return undefined;
}

export function checkDate(text: string, label: string): string | undefined {
	return /^\d{4}-\d{2}-\d{2}$/.test(text) && isRealDate(text)
		? undefined
		: `${label} "${text}" is not a real date in the form YYYY-MM-DD.`;
}

/**
 * The priority of a template's example action item: the middle level of the action-priority
 * scale (P1 of P0–P3), so the example neither alarms nor looks optional. `undefined` without
 * levels.
 */
export function examplePriority(ids: ReadonlyArray<string>): string | undefined {
	return ids[Math.floor((ids.length - 1) / 2)];
}
