import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadHandbookConfig } from '../src/engine/config.ts';
import { found, validateWith } from './helpers/handbook.ts';

let folder: string | undefined;
afterEach(() => folder && rmSync(folder, { recursive: true, force: true }));
const withConfig = (text: string | undefined) => {
	folder = mkdtempSync(join(tmpdir(), 'handbook-config-'));
	if (text !== undefined) writeFileSync(join(folder, 'handbook.config.json'), text);
	return folder;
};

describe('handbook.config.json', () => {
	it('defaults when the file is absent', () => {
		const { config, problems } = loadHandbookConfig(withConfig(undefined));
		expect(problems).toEqual([]);
		expect(config).toEqual({ timeRules: 'error', reviewEvery: '90d', rules: {}, paper: 'A4' });
	});
	it('reads every key', () => {
		const { config } = loadHandbookConfig(
			withConfig(
				'{ "timeRules": "warn", "reviewEvery": "30d", "rules": { "runbook/review-overdue": "error" }, "paper": "Letter" }',
			),
		);
		expect(config).toEqual({
			timeRules: 'warn',
			reviewEvery: '30d',
			rules: { 'runbook/review-overdue': 'error' },
			paper: 'Letter',
		});
	});
	it('reports invalid JSON with the parser’s reason and keeps defaults', () => {
		const { config, problems } = loadHandbookConfig(withConfig('{ "timeRules": '));
		expect(problems.map((problem) => problem.ruleId)).toEqual(['config/invalid']);
		expect(problems[0]!.message).toMatch(/^handbook\.config\.json is not valid JSON/);
		expect(config.timeRules).toBe('error');
	});
	it('reports unknown keys and bad values', () => {
		const { problems } = loadHandbookConfig(
			withConfig('{ "reviewEvery": "quarterly", "colour": "red" }'),
		);
		expect(problems.map((problem) => problem.message)).toEqual(
			expect.arrayContaining([
				expect.stringContaining('"reviewEvery"'),
				expect.stringContaining('colour'),
			]),
		);
	});
	it('lets HANDBOOK_TIME_RULES override timeRules for one run, and rejects nonsense', () => {
		expect(
			loadHandbookConfig(withConfig(undefined), { HANDBOOK_TIME_RULES: 'warn' }).config.timeRules,
		).toBe('warn');
		expect(
			loadHandbookConfig(withConfig(undefined), { HANDBOOK_TIME_RULES: 'maybe' }).problems[0]!
				.message,
		).toContain('"maybe"');
	});
});

describe('paper', () => {
	it('is A4 unless the file says Letter', () => {
		expect(loadHandbookConfig(withConfig('{}')).config.paper).toBe('A4');
		expect(loadHandbookConfig(withConfig('{ "paper": "Letter" }')).config.paper).toBe('Letter');
	});
	it('reports a size it cannot print on, names the sizes it can, and keeps A4', () => {
		const { config, problems } = loadHandbookConfig(withConfig('{ "paper": "A3" }'));
		expect(config.paper).toBe('A4');
		expect(problems).toHaveLength(1);
		expect(problems[0]!.ruleId).toBe('config/invalid');
		expect(problems[0]!.message).toMatch(
			/^"paper" in handbook\.config\.json is "A3": .*"A4".*"Letter"/,
		);
	});
	it('lets HANDBOOK_PAPER override the file for one run, and rejects other sizes', () => {
		const root = withConfig('{ "paper": "A4" }');
		expect(loadHandbookConfig(root, { HANDBOOK_PAPER: 'Letter' }).config.paper).toBe('Letter');
		const wrong = loadHandbookConfig(root, { HANDBOOK_PAPER: 'letter-ish' });
		expect(wrong.config.paper).toBe('A4');
		expect(wrong.problems[0]!.message).toBe(
			'HANDBOOK_PAPER is "letter-ish", which is not a paper size the handbook prints on.',
		);
		expect(wrong.problems[0]!.hint).toContain('"A4" or "Letter"');
	});
});

describe('rule levels', () => {
	it('a rule set to "off" reports nothing', () => {
		expect(
			found(
				validateWith(
					{},
					{ today: '2027-06-01', config: { rules: { 'runbook/review-overdue': 'off' } } },
				),
			),
		).toEqual([]);
	});
	it('a warning rule set to "error" fails', () => {
		expect(
			validateWith(
				{},
				{ today: '2027-06-01', config: { rules: { 'runbook/review-overdue': 'error' } } },
			).errorCount,
		).toBe(1);
	});
	it('--strict turns every warning into an error', () => {
		const report = validateWith({}, { today: '2027-06-01', strict: true });
		expect(report.problems.map((problem) => `${problem.ruleId}:${problem.severity}`)).toEqual([
			'runbook/review-overdue:error',
		]);
	});
});

describe('handbook.config.json robustness', () => {
	it('keeps the valid keys when another key is wrong, so an emergency "warn" still applies', () => {
		const { config, problems } = loadHandbookConfig(
			withConfig('{ "timeRules": "warn", "reviewEvery": "quarterly" }'),
		);
		expect(config.timeRules).toBe('warn');
		expect(config.reviewEvery).toBe('90d');
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toMatch(
			/^"reviewEvery" in handbook\.config\.json is "quarterly": .*[^.]\.$/,
		);
	});
	it('reports a rule id that does not exist, with a suggestion', () => {
		const { config, problems } = loadHandbookConfig(
			withConfig('{ "rules": { "runbook/review-overdu": "off" } }'),
		);
		expect(problems[0]!.message).toContain('Did you mean "runbook/review-overdue"?');
		expect(config.rules).toEqual({});
	});
	it('rejects a file that is not an object', () => {
		expect(loadHandbookConfig(withConfig('[1, 2]')).problems[0]!.message).toContain(
			'must hold a JSON object',
		);
	});
});
