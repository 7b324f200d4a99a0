import { styleText } from 'node:util';
import type { Report } from '../engine.ts';
import type { Problem } from '../problem.ts';
import { summaryLine } from './summary.ts';

export interface PrettyOptions {
	/** Colour the output. Callers pass whether their stream is a terminal. @default false */
	color?: boolean;
}

/**
 * Human-readable report: problems grouped by file, each with `path:line:col`, severity, message,
 * rule id and a hint, then one summary line.
 */
export function formatPretty(report: Report, { color = false }: PrettyOptions = {}): string {
	const paint = (format: Parameters<typeof styleText>[0], text: string) =>
		color ? styleText(format, text, { validateStream: false }) : text;
	const byFile = Map.groupBy(report.problems, (problem: Problem) => problem.file);
	const lines: string[] = [];
	for (const [file, problems] of byFile) {
		lines.push(paint('underline', file));
		for (const problem of problems) {
			const label =
				problem.severity === 'error' ? paint('red', 'error  ') : paint('yellow', 'warning');
			lines.push(
				`  ${file}:${problem.line}:${problem.column}  ${label}  ${problem.message}  ${paint('dim', problem.ruleId)}`,
			);
			lines.push(`    ${paint('cyan', '→')} ${problem.hint}`);
		}
		lines.push('');
	}
	const summary = summaryLine(report);
	lines.push(
		report.errorCount
			? paint(['bold', 'red'], summary)
			: report.warningCount
				? paint('yellow', summary)
				: paint('green', summary),
	);
	return `${lines.join('\n')}\n`;
}
