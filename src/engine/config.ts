import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { handbookConfig, type HandbookConfig } from './schemas/config.ts';
import type { Problem } from './problem.ts';

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
	const parsed = handbookConfig.safeParse(raw);
	const config = parsed.success ? parsed.data : handbookConfig.parse({});
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			const where = issue.path.length ? `"${issue.path.join('.')}"` : 'The file';
			problems.push(configProblem(`${where} in ${CONFIG_FILE}: ${issue.message}.`));
		}
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
