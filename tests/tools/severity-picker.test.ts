import { describe, expect, test } from 'vitest';
import { decide, type PickerScale } from '../../src/tools/severity-picker/decide.ts';
import {
	clockHref,
	isoUtcSeconds,
	parseAnswers,
	searchWithAnswers,
} from '../../src/tools/severity-picker/url.ts';
import {
	GUIDANCE,
	customerCommsText,
	describeDecision,
	listLevels,
} from '../../src/tools/severity-picker/text.ts';

/** A small scale made up for the tests: three levels, three questions. Not the real YAML. */
const scale: PickerScale = {
	levels: [
		{ id: 'HIGH', name: 'High' },
		{ id: 'MID', name: 'Middle' },
		{ id: 'LOW', name: 'Low' },
	],
	questions: [
		{
			id: 'reach',
			text: 'Who is affected?',
			answers: [
				{ id: 'everyone', label: 'Everyone', level: 'HIGH' },
				{ id: 'some', label: 'Some people', level: 'MID' },
				{ id: 'nobody', label: 'Nobody' },
			],
		},
		{
			id: 'money',
			text: 'Is money lost?',
			answers: [
				{ id: 'yes', label: 'Yes', level: 'HIGH' },
				{ id: 'no', label: 'No' },
			],
		},
		{
			id: 'detour',
			text: 'Is there a detour?',
			answers: [
				{ id: 'none', label: 'No detour', level: 'MID' },
				{ id: 'easy', label: 'An easy one', level: 'LOW' },
				{ id: 'ghost', label: 'Points at a level the scale lacks', level: 'NOPE' },
			],
		},
	],
};

const answers = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('decide', () => {
	test('no answers: no level yet', () => {
		const decision = decide(scale, new Map());
		expect(decision).toMatchObject({ state: 'empty', level: undefined, answered: 0, total: 3 });
		expect(decision.deciding).toEqual([]);
		expect(describeDecision(decision).headline).toBe('No level yet');
	});

	test('a partial answer below the top is provisional: "at least" that level so far', () => {
		const decision = decide(scale, answers({ reach: 'some' }));
		expect(decision.state).toBe('provisional');
		expect(decision.level?.id).toBe('MID');
		expect(decision.finalBecause).toBeUndefined();
		expect(decision.deciding.map((d) => d.answer.id)).toEqual(['some']);
		const text = describeDecision(decision);
		expect(text.headline).toBe('At least MID · Middle so far');
		expect(text.detail).toMatch(/^1 of 3 questions answered/);
		expect(text.why).toBe('Decided by: “Some people” → MID');
		expect(text.split).toBeUndefined();
	});

	test('an answer implying the most severe level is final at once', () => {
		const decision = decide(scale, answers({ money: 'yes' }));
		expect(decision).toMatchObject({ state: 'final', finalBecause: 'most-severe', answered: 1 });
		expect(decision.level?.id).toBe('HIGH');
		const text = describeDecision(decision);
		expect(text.headline).toBe('HIGH · High');
		expect(text.detail).toBe(
			'Final: HIGH is the most severe level, so the remaining questions cannot change it.',
		);
		expect(text.why).toBe('Decided by: “Yes” → HIGH');
	});

	test('the result is the most severe level any answer implies, and names every deciding answer', () => {
		const decision = decide(scale, answers({ reach: 'everyone', money: 'yes', detour: 'easy' }));
		expect(decision.level?.id).toBe('HIGH');
		expect(decision.deciding.map((d) => `${d.question.id}=${d.answer.id}`)).toEqual([
			'reach=everyone',
			'money=yes',
		]);
		expect(describeDecision(decision).why).toBe('Decided by: “Everyone” → HIGH; “Yes” → HIGH');
	});

	test('split answers name the levels, most severe first, and advise the higher one', () => {
		const decision = decide(scale, answers({ reach: 'some', detour: 'easy' }));
		expect(decision.split).toBe(true);
		expect(decision.implied.map((level) => level.id)).toEqual(['MID', 'LOW']);
		expect(decision.level?.id).toBe('MID');
		expect(describeDecision(decision).split).toBe(
			'Your answers are split between MID and LOW. Pick the higher one, MID.',
		);
		const three = decide(scale, answers({ reach: 'some', money: 'yes', detour: 'easy' }));
		expect(describeDecision(three).split).toBe(
			'Your answers are split between HIGH, MID and LOW. Pick the higher one, HIGH.',
		);
		// An answer that implies no level does not split anything.
		expect(decide(scale, answers({ reach: 'everyone', money: 'no' })).split).toBe(false);
	});

	test('answers agreeing on one level are not split', () => {
		const decision = decide(scale, answers({ reach: 'some', detour: 'none' }));
		expect(decision.split).toBe(false);
		expect(describeDecision(decision).split).toBeUndefined();
	});

	test('all answered with the highest implied level below the top: final', () => {
		const decision = decide(scale, answers({ reach: 'some', money: 'no', detour: 'easy' }));
		expect(decision).toMatchObject({ state: 'final', finalBecause: 'all-answered' });
		expect(decision.level?.id).toBe('MID');
		expect(describeDecision(decision).detail).toBe('Final: all 3 questions answered.');
	});

	test('all answered and no answer implies a level: the least severe level, final', () => {
		const decision = decide(scale, answers({ reach: 'nobody', money: 'no', detour: 'ghost' }));
		expect(decision).toMatchObject({ state: 'final', deciding: [], split: false });
		expect(decision.level?.id).toBe('LOW');
		expect(describeDecision(decision).why).toBe(
			'No answer points to a level, so the least severe level, LOW, applies.',
		);
	});

	test('answered but no level implied yet: the least severe level as a floor', () => {
		const decision = decide(scale, answers({ reach: 'nobody' }));
		expect(decision.state).toBe('provisional');
		expect(decision.level?.id).toBe('LOW');
		expect(describeDecision(decision).why).toMatch(/No answer so far points to a level/);
	});

	test('unknown questions and answers are ignored', () => {
		const decision = decide(
			scale,
			answers({ reach: 'martians', bogus: 'everyone', money: 'no', constructor: 'yes' }),
		);
		expect(decision.answered).toBe(1);
		expect(decision.level?.id).toBe('LOW');
		expect(decision.state).toBe('provisional');
	});

	test('a scale with one level is decided by any answer', () => {
		const single: PickerScale = {
			levels: [{ id: 'ONLY', name: 'Only' }],
			questions: scale.questions,
		};
		expect(decide(single, answers({ money: 'no' }))).toMatchObject({
			state: 'final',
			level: { id: 'ONLY' },
		});
	});

	test('a renamed P1–P4 scale works: nothing names SEV levels', () => {
		const renamed: PickerScale = {
			levels: ['P1', 'P2', 'P3', 'P4'].map((id) => ({ id, name: `Priority ${id.slice(1)}` })),
			questions: [
				{
					id: 'impact',
					text: 'Impact?',
					answers: [
						{ id: 'total', label: 'Total', level: 'P1' },
						{ id: 'partial', label: 'Partial', level: 'P3' },
						{ id: 'none', label: 'None' },
					],
				},
				{
					id: 'data',
					text: 'Data?',
					answers: [
						{ id: 'lost', label: 'Lost', level: 'P2' },
						{ id: 'safe', label: 'Safe' },
					],
				},
			],
		};
		expect(decide(renamed, answers({ impact: 'partial' }))).toMatchObject({
			state: 'provisional',
			level: { id: 'P3' },
		});
		expect(decide(renamed, answers({ impact: 'partial', data: 'lost' }))).toMatchObject({
			state: 'final',
			finalBecause: 'all-answered',
			level: { id: 'P2' },
			split: true,
		});
		expect(decide(renamed, answers({ impact: 'total' }))).toMatchObject({
			state: 'final',
			finalBecause: 'most-severe',
			level: { id: 'P1' },
		});
		expect(decide(renamed, answers({ impact: 'none', data: 'safe' })).level?.id).toBe('P4');
		expect(describeDecision(decide(renamed, answers({ impact: 'total' }))).headline).toBe(
			'P1 · Priority 1',
		);
	});
});

describe('URL state', () => {
	test('parses known answers and ignores unknown ids, duplicates and junk', () => {
		expect([...parseAnswers(scale, '?reach=everyone&money=maybe&foo=bar&detour=easy')]).toEqual([
			['reach', 'everyone'],
			['detour', 'easy'],
		]);
		// The first valid value of a repeated parameter wins; invalid ones are skipped.
		expect(parseAnswers(scale, 'reach=%3Cscript%3E&reach=some&reach=everyone').get('reach')).toBe(
			'some',
		);
		expect(parseAnswers(scale, '').size).toBe(0);
		expect(parseAnswers(scale, '?%E0%A4%A=1&&=&reach').size).toBe(0);
	});

	test('writes answers in question order and keeps unrelated parameters', () => {
		expect(searchWithAnswers(scale, '', answers({ detour: 'easy', reach: 'some' }))).toBe(
			'?reach=some&detour=easy',
		);
		expect(
			searchWithAnswers(scale, '?utm=x&reach=everyone', answers({ money: 'no', bogus: 'y' })),
		).toBe('?utm=x&money=no');
		expect(searchWithAnswers(scale, '?reach=everyone', new Map())).toBe('');
	});

	test('round-trips', () => {
		const given = answers({ reach: 'nobody', money: 'yes' });
		expect(parseAnswers(scale, searchWithAnswers(scale, '', given))).toEqual(given);
	});
});

describe('clock link', () => {
	test('ISO 8601 in UTC without milliseconds', () => {
		expect(isoUtcSeconds(Date.UTC(2026, 10, 23, 1, 2, 3, 456))).toBe('2026-11-23T01:02:03Z');
	});

	test('links the SLA clock with the level, and the start when known', () => {
		expect(clockHref('/tools/sla-clock/', 'SEV2')).toBe('/tools/sla-clock/?severity=SEV2');
		expect(clockHref('/base/tools/sla-clock/', 'P1', Date.UTC(2026, 0, 2, 3, 4, 5))).toBe(
			'/base/tools/sla-clock/?severity=P1&start=2026-01-02T03:04:05Z',
		);
	});
});

describe('words', () => {
	test('customer communication in words', () => {
		expect(customerCommsText(true)).toBe('Yes, customers must be told.');
		expect(customerCommsText(false)).toBe('No, customers do not need to be told.');
		expect(customerCommsText('if-prolonged', '1 h')).toBe(
			'Only if it lasts longer than the mitigate target (1 h).',
		);
		expect(customerCommsText('if-prolonged')).toBe('Only if the incident is prolonged.');
	});

	test('level lists and the guidance', () => {
		expect(listLevels([])).toBe('');
		expect(listLevels([{ id: 'A', name: 'a' }])).toBe('A');
		expect(listLevels(['A', 'B', 'C'].map((id) => ({ id, name: id })))).toBe('A, B and C');
		expect(GUIDANCE).toBe(
			'Unsure between two levels? Pick the higher one — you can lower it later.',
		);
	});

	test('one question left is singular', () => {
		const decision = decide(scale, answers({ reach: 'some', money: 'no' }));
		expect(describeDecision(decision).detail).toBe(
			'2 of 3 questions answered. The remaining answer can only raise the level.',
		);
	});
});
