/** How serious a problem is. Errors fail the build; warnings are shown and let it pass. */
export type ProblemSeverity = 'error' | 'warning';

/**
 * One finding, as plain data. Reporters turn a list of these into terminal, GitHub-annotation or
 * JSON output; the shape follows vfile-message (1-based line and column, `ruleId`).
 */
export interface Problem {
	/** Path relative to the project root, with forward slashes. */
	file: string;
	/** 1-based line. */
	line: number;
	/** 1-based column. */
	column: number;
	/** Stable rule id, such as `runbook/review-overdue`. */
	ruleId: string;
	severity: ProblemSeverity;
	/** What is wrong, in a full sentence. */
	message: string;
	/** How to fix it, in a full sentence. */
	hint: string;
}

/** Where a problem points inside a file. */
export interface Position {
	line: number;
	column: number;
}
