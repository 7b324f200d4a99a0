/**
 * The words the picker shows, built from a decision and the scale data. Pure, so the phrasing is
 * unit-tested and the same on the server (no-JavaScript fallback) and in the browser.
 */
import type { Decision, PickerLevel } from './decide.ts';

/** Shown beside the questions at all times. */
export const GUIDANCE = 'Unsure between two levels? Pick the higher one — you can lower it later.';

/** `SEV1`, `SEV1 and SEV3`, `SEV1, SEV2 and SEV3`. */
export function listLevels(levels: readonly PickerLevel[]): string {
	const ids = levels.map((level) => level.id);
	return ids.length < 2 ? (ids[0] ?? '') : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}`;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The words for one decision: a headline, what it means, why, and any split. */
export interface DecisionText {
	headline: string;
	detail: string;
	/** "Decided by: “All or most users” → SEV1", or why no answer decided it. */
	why: string;
	/** Set when the answers point to different levels. */
	split: string | undefined;
}

export function describeDecision(decision: Decision): DecisionText {
	const { level, answered, total } = decision;
	if (decision.state === 'empty' || !level)
		return {
			headline: 'No level yet',
			detail: 'Answer the questions. The level shows here as soon as your answers decide it.',
			why: '',
			split: undefined,
		};
	const named = `${level.id} · ${level.name}`;
	const remaining = total - answered;
	let headline: string;
	let detail: string;
	if (decision.state === 'provisional') {
		headline = `At least ${named} so far`;
		detail = `${answered} of ${plural(total, 'question')} answered. The remaining ${
			remaining === 1 ? 'answer' : 'answers'
		} can only raise the level.`;
	} else {
		headline = named;
		detail =
			decision.finalBecause === 'most-severe' && remaining > 0
				? `Final: ${level.id} is the most severe level, so the remaining ${
						remaining === 1 ? 'question cannot' : 'questions cannot'
					} change it.`
				: `Final: all ${plural(total, 'question')} answered.`;
	}
	const why =
		decision.deciding.length > 0
			? `Decided by: ${decision.deciding
					.map((item) => `“${item.answer.label}” → ${item.level.id}`)
					.join('; ')}`
			: decision.state === 'final'
				? `No answer points to a level, so the least severe level, ${level.id}, applies.`
				: `No answer so far points to a level; ${level.id}, the least severe, is the floor.`;
	const [higher] = decision.implied;
	const split =
		decision.split && higher
			? `Your answers are split between ${listLevels(decision.implied)}. Pick the higher one, ${higher.id}.`
			: undefined;
	return { headline, detail, why, split };
}

/** Whether customers must be told, in words. `mitigate` is the level's mitigate target, formatted. */
export function customerCommsText(value: boolean | 'if-prolonged', mitigate?: string): string {
	if (value === 'if-prolonged')
		return mitigate
			? `Only if it lasts longer than the mitigate target (${mitigate}).`
			: 'Only if the incident is prolonged.';
	return value ? 'Yes, customers must be told.' : 'No, customers do not need to be told.';
}
