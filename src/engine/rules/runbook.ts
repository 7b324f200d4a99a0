import { RUNBOOK_SECTIONS, type RunbookFrontmatter } from '../schemas/runbook.ts';
import { containsNode, findTable, readTable } from '../parse/tables.ts';
import { startOf } from '../parse/tables.ts';
import { runbookReviewDue } from '../utils/review.ts';
import { dayCount, daysBetween } from '../utils/dates.ts';
import type { DocumentRule } from './context.ts';
import { checkSections } from './structure.ts';
import { checkRequiredCells } from './tables.ts';
import { checkSeverityReference } from './references.ts';

/** Runbook-specific checks. Alert uniqueness spans documents and lives in the engine. */
export const checkRunbook: DocumentRule = (document, context) => {
	const { path: file, frontmatter } = document;
	const data = document.data as RunbookFrontmatter | undefined;
	const sections = checkSections(document, RUNBOOK_SECTIONS, context);

	const diagnosis = sections.get('Quick Diagnosis');
	if (diagnosis && !containsNode(diagnosis.content, 'code')) {
		context.report({
			file,
			...startOf(diagnosis.heading),
			ruleId: 'runbook/quick-diagnosis-code',
			message: 'Quick Diagnosis has no code block, so a responder has nothing to copy and run.',
			hint: 'Add a fenced code block (```sh … ```) with the first command to run when the alert fires.',
		});
	}

	const causes = sections.get('Common Causes');
	if (causes) {
		const node = findTable(causes.content);
		const table = node && readTable(node);
		const hasColumns =
			table &&
			['symptom', 'fix'].every((name) =>
				table.columns.some((column) => column.toLowerCase() === name),
			);
		if (!table || !hasColumns) {
			context.report({
				file,
				...startOf(node ?? causes.heading),
				ruleId: 'runbook/common-causes-table',
				message: table
					? `The Common Causes table has columns ${table.columns.map((column) => `"${column}"`).join(', ')} but needs "Symptom" and "Fix".`
					: 'Common Causes has no table.',
				hint: 'Add a table with at least the columns | Symptom | Fix |, one row per cause.',
			});
		} else {
			checkRequiredCells(document, table, ['Symptom', 'Fix'], context);
		}
	}

	if (!data) return;
	checkSeverityReference(file, frontmatter, data.severity, context);

	const { every: reviewEvery, due } = runbookReviewDue(data, context.config.reviewEvery);
	if (due < context.today) {
		context.report({
			file,
			...frontmatter.locate(['last_reviewed']),
			ruleId: 'runbook/review-overdue',
			message: `This runbook was last reviewed on ${data.last_reviewed} and was due for review on ${due} (every ${reviewEvery}), ${dayCount(daysBetween(due, context.today))} ago.`,
			hint: 'Walk through every step, fix what changed, then set last_reviewed to the date of the review.',
		});
	}
};
