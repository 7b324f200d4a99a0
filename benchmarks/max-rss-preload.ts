// Loaded with `node --import` into each measured command: on exit, appends "<pid> <maxRSS in KB>"
// to the file BENCH_MAX_RSS_FILE names. maxRSS comes from the kernel (getrusage), so it is the
// exact peak of this process, which 50 ms sampling could miss for a short run.
import { appendFileSync } from 'node:fs';

const file = process.env['BENCH_MAX_RSS_FILE'];
if (file) {
	process.on('exit', () => {
		appendFileSync(file, `${process.pid} ${process.resourceUsage().maxRSS}\n`);
	});
}
