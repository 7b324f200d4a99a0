import { didYouMean, listOf } from '../utils/closest.ts';
import type { Frontmatter } from '../parse/frontmatter.ts';
import type { Position } from '../problem.ts';
import type { RuleContext } from './context.ts';

/** The level ids of a scale, or an empty list when the scale is missing. */
export function levelIds(context: RuleContext, scale: string): string[] {
	return context.scales.get(scale)?.levels.map((level) => level.id) ?? [];
}

/** Reports a severity id that is not a level of the incident scale. */
export function checkSeverityReference(
	file: string,
	frontmatter: Frontmatter,
	severity: string,
	context: RuleContext,
): void {
	const ids = levelIds(context, 'incident');
	// With no incident scale, `scale/missing` already explains the real problem.
	if (ids.length === 0 || ids.includes(severity)) return;
	context.report({
		file,
		...frontmatter.locate(['severity']),
		ruleId: 'reference/severity',
		message: `Severity "${severity}" is not a level of the incident scale.${didYouMean(severity, ids)}`,
		hint: `Use one of ${listOf(ids)}, as defined in src/content/severity/incident.yaml.`,
	});
}

/** Reports an action-item priority that is not a level of the action-priority scale. */
export function checkPriorityReference(
	file: string,
	position: Position,
	priority: string,
	context: RuleContext,
	item: string,
): void {
	const ids = levelIds(context, 'action-priority');
	if (ids.length === 0 || ids.includes(priority)) return;
	context.report({
		file,
		...position,
		ruleId: 'reference/priority',
		message: `Priority "${priority}" is not a level of the action-priority scale.${didYouMean(priority, ids)}`,
		hint: `Use one of ${listOf(ids)}, as defined in src/content/severity/action-priority.yaml.`,
		item,
	});
}
