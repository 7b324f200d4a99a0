import type { Report } from '../engine.ts';
import { formatGithub } from './github.ts';
import { formatJson } from './json.ts';
import { formatMarkdown } from './markdown.ts';
import { formatPretty } from './pretty.ts';

export const FORMATS = ['pretty', 'github', 'json', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export function formatReport(report: Report, format: Format, color = false): string {
	if (format === 'github') return formatGithub(report);
	if (format === 'json') return formatJson(report);
	if (format === 'markdown') return formatMarkdown(report);
	return formatPretty(report, { color });
}

export { formatGithub, formatJson, formatMarkdown, formatPretty };
export { summaryLine } from './summary.ts';
