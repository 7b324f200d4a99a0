import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { handbookConfig, PAPER_SIZES, type HandbookConfig } from './schemas/config.ts';
import type { Problem } from './problem.ts';
import { getRule, RULES } from './rules/registry.ts';
import { didYouMean } from './utils/closest.ts';

/** The file teams edit to tune the rules. */
export const CONFIG_FILE = 'handbook.config.json';

/**
 * Where runbooks, post-mortems, checklists and scales live, relative to the project root.
 * `HANDBOOK_CONTENT_DIR` points the build and the validator at another folder, which the
 * benchmark uses to build the real site against generated content.
 */
export function contentDirectory(env: NodeJS.ProcessEnv = process.env): string {
	return (env['HANDBOOK_CONTENT_DIR'] ?? 'src/content').replace(/\/+$/, '');
}

export interface LoadedConfig {
	config: HandbookConfig;
	problems: Problem[];
}

/**
 * Reads `handbook.config.json` from the project root. A missing file means the defaults; an
 * invalid one is reported as a problem and the defaults are used, so one typo does not hide
 * every other finding.
 */
export function loadHandbookConfig(root: string, env: NodeJS.ProcessEnv = {}): LoadedConfig {
	const problems: Problem[] = [];
	let raw: unknown = {};
	try {
		raw = JSON.parse(readFileSync(join(root, CONFIG_FILE), 'utf8'));
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code !== 'ENOENT') {
			problems.push(
				configProblem(`${CONFIG_FILE} is not valid JSON: ${(error as Error).message}.`),
			);
		}
	}
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
		problems.push(
			configProblem(`${CONFIG_FILE} must hold a JSON object, such as { "timeRules": "warn" }.`),
		);
		raw = {};
	}
	// Each key is read on its own, so one mistake does not throw away a correct "timeRules": "warn"
	// that an emergency deploy depends on.
	const config = handbookConfig.parse({});
	const shape = handbookConfig.shape;
	for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
		const field = shape[key as keyof typeof shape];
		if (!field) {
			problems.push(
				configProblem(
					`${CONFIG_FILE} has a key "${key}" that the handbook does not know.`,
					`Remove it or fix its spelling. Known keys: ${Object.keys(shape)
						.filter((name) => name !== '$schema')
						.join(', ')}.`,
				),
			);
			continue;
		}
		const parsed = field.safeParse(value);
		if (!parsed.success) {
			const reason = parsed.error.issues[0]?.message.replace(/\.$/, '') ?? 'invalid value';
			problems.push(
				configProblem(`"${key}" in ${CONFIG_FILE} is ${JSON.stringify(value)}: ${reason}.`),
			);
			continue;
		}
		(config as Record<string, unknown>)[key] = parsed.data;
	}
	for (const [ruleId, level] of Object.entries(config.rules)) {
		if (getRule(ruleId)) continue;
		delete config.rules[ruleId];
		problems.push(
			configProblem(
				`"rules" in ${CONFIG_FILE} sets "${ruleId}" to "${level}", but no rule has that id.${didYouMean(
					ruleId,
					RULES.map((rule) => rule.id),
				)}`,
				'Use a rule id exactly as the validator prints it; the rule reference lists them all.',
			),
		);
	}
	const override = env['HANDBOOK_TIME_RULES'];
	if (override === 'warn' || override === 'error') config.timeRules = override;
	else if (override) {
		problems.push(
			configProblem(
				`HANDBOOK_TIME_RULES is "${override}", which is not a setting the handbook knows.`,
				'Set HANDBOOK_TIME_RULES to "warn" or "error", or unset it.',
			),
		);
	}
	const paper = env['HANDBOOK_PAPER'];
	const paperSize = PAPER_SIZES.find((size) => size === paper);
	if (paperSize) config.paper = paperSize;
	else if (paper) {
		problems.push(
			configProblem(
				`HANDBOOK_PAPER is "${paper}", which is not a paper size the handbook prints on.`,
				`Set HANDBOOK_PAPER to ${PAPER_SIZES.map((size) => `"${size}"`).join(' or ')}, or unset it.`,
			),
		);
	}
	return { config, problems };
}

function configProblem(
	message: string,
	hint = `Fix ${CONFIG_FILE}; the configuration guide lists every key.`,
): Problem {
	return {
		file: CONFIG_FILE,
		line: 1,
		column: 1,
		ruleId: 'config/invalid',
		severity: 'error',
		message,
		hint,
	};
}
