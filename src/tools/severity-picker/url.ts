/**
 * The picker's URL state (`?users-affected=all-or-most&core-function=down`) and the link that
 * starts the SLA clock. Pure: the caller passes the current query string and the time.
 */
import type { Answers, PickerScale } from './decide.ts';
import { validAnswers } from './decide.ts';

/**
 * Answers from a query string. Parsed defensively: unknown questions, unknown answers and
 * repeated parameters (the first valid value wins) never throw and are ignored.
 */
export function parseAnswers(scale: PickerScale, search: string): Map<string, string> {
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(search);
	} catch {
		return new Map();
	}
	const found = new Map<string, string>();
	for (const question of scale.questions) {
		const value = params
			.getAll(question.id)
			.find((candidate) => question.answers.some((answer) => answer.id === candidate));
		if (value !== undefined) found.set(question.id, value);
	}
	return found;
}

/**
 * The query string (`''` or `?…`) with the picker's parameters replaced by `answers`, in
 * question order. Parameters that are not the picker's are kept as they were.
 */
export function searchWithAnswers(scale: PickerScale, search: string, answers: Answers): string {
	const params = new URLSearchParams(search);
	for (const question of scale.questions) params.delete(question.id);
	for (const [questionId, answerId] of validAnswers(scale, answers))
		params.append(questionId, answerId);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** `2026-11-23T01:00:00Z`: ISO 8601 in UTC, to the second, the SLA clock's `start` format. */
export function isoUtcSeconds(epochMs: number): string {
	return `${new Date(epochMs).toISOString().slice(0, 19)}Z`;
}

/**
 * The SLA clock link for a level: `<clockPath>?severity=<id>`, plus `&start=<now>` when `now` is
 * given (the picker adds it on click; without JavaScript the clock defaults the start itself).
 */
export function clockHref(clockPath: string, levelId: string, now?: number): string {
	const start = now === undefined ? '' : `&start=${isoUtcSeconds(now)}`;
	return `${clockPath}?severity=${encodeURIComponent(levelId)}${start}`;
}
