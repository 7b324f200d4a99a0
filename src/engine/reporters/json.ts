import type { Report } from '../engine.ts';

/** Version of the JSON output shape; bumped only on breaking changes. */
export const JSON_REPORT_VERSION = 1;

/** Machine-readable report for other tools. */
export function formatJson(report: Report): string {
	const files = new Set(report.problems.map((problem) => problem.file)).size;
	return `${JSON.stringify(
		{
			version: JSON_REPORT_VERSION,
			today: report.today,
			summary: {
				errors: report.errorCount,
				warnings: report.warningCount,
				filesWithProblems: files,
				filesChecked: report.files,
			},
			problems: report.problems,
		},
		null,
		2,
	)}\n`;
}
