// Writes a generated handbook for measuring scale: npm run corpus -- --count 5000 [--out bench-work/corpus-5000]
import { parseArgs } from 'node:util';
import { generateCorpus } from '../benchmarks/corpus.ts';

const { values } = parseArgs({
	options: { count: { type: 'string', default: '1000' }, out: { type: 'string' } },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) {
	process.stderr.write(
		`--count is "${values.count}", but it must be a whole number of documents, such as 1000.\n`,
	);
	process.exit(2);
}
const outDir = values.out ?? `bench-work/corpus-${count}`;
const made = generateCorpus({ count, outDir, scalesFrom: 'src/content/severity' });
process.stdout.write(
	`Wrote ${made.runbooks} runbooks, ${made.incidents} post-mortems and ${made.checklists} checklists to ${outDir}.\n`,
);
