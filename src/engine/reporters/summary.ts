import type { Report } from '../engine.ts';

function plural(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** `3 errors, 1 warning in 2 files` or `No problems in 42 files.` */
export function summaryLine(report: Report): string {
	if (report.problems.length === 0)
		return `No problems in ${plural(report.files, 'file')} (today is ${report.today}).`;
	const files = new Set(report.problems.map((problem) => problem.file)).size;
	return `${plural(report.errorCount, 'error')}, ${plural(report.warningCount, 'warning')} in ${plural(files, 'file')} (checked ${report.files}, today is ${report.today}).`;
}
