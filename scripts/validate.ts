// `npm run validate`: a thin entry point; the work happens in the engine.
import { appendFileSync } from 'node:fs';
import { runValidateCli } from '../src/engine/cli.ts';

try {
	process.exitCode = runValidateCli({
		argv: process.argv.slice(2),
		env: process.env,
		cwd: process.cwd(),
		now: () => new Date(),
		stdout: (text) => process.stdout.write(text),
		stderr: (text) => process.stderr.write(text),
		color: process.stdout.isTTY === true && !process.env['NO_COLOR'],
		appendFile: (path, text) => appendFileSync(path, text),
	});
} catch (error) {
	process.stderr.write(
		`The validator stopped because of a bug, not because of your content: ${(error as Error).message}\nPlease report it with the command you ran.\n`,
	);
	process.exitCode = 1;
}
