/**
 * Progress lines: "[1000] build (ours)… 34.2 s". A long step shows its running time, updated
 * in place on a terminal and as a line every 30 seconds in a log, so a 5,000-document run always
 * says where it is.
 */
import { duration } from './format.ts';

export interface ProgressOutput {
	write: (text: string) => void;
	/** Whether the output is a terminal, where a line can be rewritten. */
	tty: boolean;
}

const LOG_EVERY_MS = 30_000;

/**
 * Runs one step and reports it. `describe` turns the step's result into the rest of the line
 * after the elapsed time ("34.2 s, 812 MB, 1,240 pages").
 */
export async function step<T>(
	output: ProgressOutput,
	prefix: string,
	label: string,
	run: () => Promise<T> | T,
	describe: (result: T) => string = () => '',
): Promise<T> {
	const head = `${prefix} ${label}…`;
	const started = performance.now();
	output.write(output.tty ? head : `${head}\n`);
	let lastLog = 0;
	const timer = setInterval(() => {
		const elapsed = performance.now() - started;
		if (output.tty) output.write(`\r\x1b[K${head} ${duration(elapsed).replace(/\.\d s$/, ' s')}`);
		else if (elapsed - lastLog >= LOG_EVERY_MS) {
			lastLog = elapsed;
			output.write(`${head} still running, ${Math.round(elapsed / 1000)} s so far\n`);
		}
	}, 1000);
	try {
		const result = await run();
		const details = describe(result);
		const line = `${head} ${duration(performance.now() - started)}${details ? `, ${details}` : ''}`;
		output.write(output.tty ? `\r\x1b[K${line}\n` : `${line}\n`);
		return result;
	} catch (error) {
		output.write(`${output.tty ? '\r\x1b[K' : ''}${head} stopped: ${(error as Error).message}\n`);
		throw error;
	} finally {
		clearInterval(timer);
	}
}
