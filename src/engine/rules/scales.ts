import { parseYaml } from '../parse/frontmatter.ts';
import { severityScale, type SeverityScale } from '../schemas/severity.ts';
import { stem } from '../parse/source.ts';
import { didYouMean } from '../utils/closest.ts';
import type { Finding, Scales } from './context.ts';
import { checkSchema } from './schema.ts';

/** Scales every handbook needs: documents reference them by these file names. */
export const REQUIRED_SCALES = ['incident', 'action-priority'] as const;

/**
 * Parses and checks every scale file. Returns the valid scales by file name; an invalid scale is
 * left out so documents are not flooded with follow-on reference errors.
 */
export function loadScales(
	files: ReadonlyArray<{ path: string; text: string }>,
	scaleFolder: string,
	report: (finding: Finding) => void,
): Scales {
	const scales: Scales = new Map();
	for (const { path, text } of files) {
		const yaml = parseYaml(text, 0);
		for (const error of yaml.errors) {
			report({
				file: path,
				line: error.line,
				column: error.column,
				ruleId: 'frontmatter/yaml',
				message: `This scale file is not valid YAML: ${error.message}.`,
				hint: 'Fix the YAML syntax; check indentation and quoting around that line.',
			});
		}
		if (yaml.errors.length) continue;
		const scale = checkSchema({
			file: path,
			frontmatter: yaml,
			schema: severityScale,
			what: 'severity scale',
			ruleId: 'scale/schema',
			report,
		}) as SeverityScale | undefined;
		if (!scale) continue;
		const ids = scale.levels.map((level) => level.id);
		scale.levels.forEach((level, index) => {
			if (ids.indexOf(level.id) !== index) {
				report({
					file: path,
					...yaml.locate(['levels', index, 'id']),
					ruleId: 'scale/duplicate-level',
					message: `The level id "${level.id}" appears twice in this scale.`,
					hint: 'Give every level its own id.',
				});
			}
		});
		scale.questions.forEach((question, questionIndex) => {
			question.answers.forEach((answer, answerIndex) => {
				if (answer.level === undefined || ids.includes(answer.level)) return;
				report({
					file: path,
					...yaml.locate(['questions', questionIndex, 'answers', answerIndex, 'level']),
					ruleId: 'reference/severity',
					message: `The answer "${answer.label}" points to level "${answer.level}", which this scale does not have.${didYouMean(answer.level, ids)}`,
					hint: `Use one of this scale's level ids: ${ids.join(', ')}.`,
				});
			});
		});
		scales.set(stem(path), scale);
	}
	for (const name of REQUIRED_SCALES) {
		const present = files.some((file) => stem(file.path) === name);
		if (!present) {
			report({
				file: `${scaleFolder}/${name}.yaml`,
				line: 1,
				column: 1,
				ruleId: 'scale/missing',
				message: `The ${name} severity scale does not exist.`,
				hint: `Create ${scaleFolder}/${name}.yaml; the severity guide shows its format.`,
			});
		}
	}
	return scales;
}
