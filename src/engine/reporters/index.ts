import type { Report } from '../engine.ts';
import { formatGithub } from './github.ts';
import { formatJson } from './json.ts';
import { formatPretty } from './pretty.ts';

export const FORMATS = ['pretty', 'github', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export function formatReport(report: Report, format: Format, color = false): string {
	if (format === 'github') return formatGithub(report);
	if (format === 'json') return formatJson(report);
	return formatPretty(report, { color });
}

export { formatGithub, formatJson, formatPretty };
export { summaryLine } from './summary.ts';
