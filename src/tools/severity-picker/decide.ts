/**
 * The severity picker's decision, as pure functions: no DOM, no clock. The scale comes from
 * `src/content/severity/incident.yaml` (or any other scale with `questions`); nothing here names
 * a level, so a scale renamed to P1–P4 works the same.
 *
 * Rule: the result is the most severe level any answer implies. It is final as soon as an answer
 * implies the scale's most severe level (nothing can raise it further) or when every question is
 * answered; until then it is provisional, a floor ("at least SEV2 so far"). When every question
 * is answered and no answer implies a level, the least severe level applies.
 */

/** A level as the picker needs it: its id and short name, most severe first in the scale. */
export interface PickerLevel {
	id: string;
	name: string;
}

/** One answer; `level` is the least severe level it implies, if any. */
export interface PickerAnswer {
	id: string;
	label: string;
	level?: string | undefined;
}

export interface PickerQuestion {
	id: string;
	text: string;
	answers: readonly PickerAnswer[];
}

/** The part of a severity scale the picker reads. Levels run from most to least severe. */
export interface PickerScale {
	levels: readonly PickerLevel[];
	questions: readonly PickerQuestion[];
}

/** Answers given so far: question id → answer id. */
export type Answers = ReadonlyMap<string, string>;

/** An answer that implies the resulting level, for "Decided by: …". */
export interface DecidingAnswer {
	question: PickerQuestion;
	answer: PickerAnswer;
	level: PickerLevel;
}

/**
 * - `empty`: nothing answered yet, no level to show.
 * - `provisional`: a floor; unanswered questions could still raise it.
 * - `final`: no remaining answer can change it.
 */
export type DecisionState = 'empty' | 'provisional' | 'final';

export interface Decision {
	state: DecisionState;
	/** The resulting level; undefined only when `state` is `empty`. */
	level: PickerLevel | undefined;
	/** Why it is final: the most severe level was reached, or every question was answered. */
	finalBecause: 'most-severe' | 'all-answered' | undefined;
	/** The answers that imply the resulting level, in question order. Empty when none did. */
	deciding: DecidingAnswer[];
	/** Every distinct level the answers imply, most severe first. */
	implied: PickerLevel[];
	/** True when the answers point to more than one level. */
	split: boolean;
	/** Valid answers given, and the number of questions. */
	answered: number;
	total: number;
}

/**
 * Keeps only answers to questions the scale asks, with answer ids that question offers; anything
 * else is dropped silently.
 */
export function validAnswers(scale: PickerScale, answers: Answers): Map<string, string> {
	const valid = new Map<string, string>();
	for (const question of scale.questions) {
		const answerId = answers.get(question.id);
		if (answerId !== undefined && question.answers.some((answer) => answer.id === answerId))
			valid.set(question.id, answerId);
	}
	return valid;
}

/** The decision for the answers given so far. */
export function decide(scale: PickerScale, answers: Answers): Decision {
	const rank = (levelId: string | undefined) =>
		levelId === undefined ? -1 : scale.levels.findIndex((level) => level.id === levelId);
	const given: Array<{ question: PickerQuestion; answer: PickerAnswer; rank: number }> = [];
	for (const question of scale.questions) {
		const answerId = answers.get(question.id);
		const answer = question.answers.find((candidate) => candidate.id === answerId);
		// An answer naming a level the scale does not have counts as answered but implies nothing.
		if (answer) given.push({ question, answer, rank: rank(answer.level) });
	}
	const total = scale.questions.length;
	const answered = given.length;
	const ranks = [...new Set(given.map((item) => item.rank).filter((r) => r >= 0))].sort(
		(a, b) => a - b,
	);
	const implied = ranks.flatMap((r) => scale.levels[r] ?? []);
	const base = { implied, split: implied.length > 1, answered, total };

	const least = scale.levels.length - 1;
	if (answered === 0 || least < 0)
		return { ...base, state: 'empty', level: undefined, finalBecause: undefined, deciding: [] };

	const resultRank = ranks[0] ?? least;
	const level = scale.levels[resultRank];
	const deciding = given.flatMap(({ question, answer, rank: r }) =>
		r === resultRank && level ? [{ question, answer, level }] : [],
	);
	// Reaching the most severe level ends it: no other answer can raise it further.
	const finalBecause =
		resultRank === 0 ? 'most-severe' : answered === total ? 'all-answered' : undefined;
	return {
		...base,
		state: finalBecause ? 'final' : 'provisional',
		level,
		finalBecause,
		deciding,
	};
}
