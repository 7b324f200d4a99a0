// `npm run new`: a thin entry point; the work happens in src/engine/scaffold.
import { runNewCli } from '../src/engine/scaffold/cli.ts';

try {
	process.exitCode = await runNewCli({
		argv: process.argv.slice(2),
		env: process.env,
		cwd: process.cwd(),
		now: () => new Date(),
		stdout: (text) => process.stdout.write(text),
		stderr: (text) => process.stderr.write(text),
		interactive: process.stdin.isTTY === true && process.stdout.isTTY === true,
		prompter: async () => (await import('../src/engine/scaffold/prompts.ts')).clackPrompter,
	});
} catch (error) {
	process.stderr.write(
		`npm run new stopped because of a bug, not because of your answers: ${(error as Error).message}\nPlease report it with the command you ran.\n`,
	);
	process.exitCode = 1;
}
