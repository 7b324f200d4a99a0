import type { Report } from '../engine.ts';
import { summaryLine } from './summary.ts';

/**
 * GitHub Actions workflow commands, so each problem appears as an annotation on the pull
 * request's line. Values are escaped as the workflow-command format requires.
 */
export function formatGithub(report: Report): string {
	const lines = report.problems.map((problem) => {
		const command = problem.severity === 'error' ? 'error' : 'warning';
		const properties = [
			`file=${escapeProperty(problem.file)}`,
			`line=${problem.line}`,
			`col=${problem.column}`,
			`title=${escapeProperty(problem.ruleId)}`,
		].join(',');
		return `::${command} ${properties}::${escapeData(`${problem.message} ${problem.hint}`)}`;
	});
	lines.push(summaryLine(report));
	return `${lines.join('\n')}\n`;
}

function escapeData(value: string): string {
	return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(value: string): string {
	return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
