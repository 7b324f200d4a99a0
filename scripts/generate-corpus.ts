// Writes a generated handbook for measuring scale: npm run corpus -- --count 5000 [--out bench-work/corpus-5000]
// <out>/valid/ builds; <out>/all/ adds the deliberately broken documents listed in <out>/manifest.json.
import { parseArgs } from 'node:util';
import { writeCorpus } from '../benchmarks/corpus-files.ts';

let values;
try {
	({ values } = parseArgs({
		options: { count: { type: 'string', default: '1000' }, out: { type: 'string' } },
	}));
} catch (error) {
	const { message, code } = error as Error & { code?: string };
	const option = /'(-{1,2}[\w-]+)/.exec(message)?.[1] ?? 'That option';
	const problem =
		code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? 'needs a value' : 'is not an option here';
	process.stderr.write(
		`"${option}" ${problem}; run it as npm run corpus -- --count 1000 [--out DIR].\n`,
	);
	process.exit(2);
}
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) {
	process.stderr.write(
		`--count is "${values.count}", but it must be a whole number of documents, such as 1000.\n`,
	);
	process.exit(2);
}
const outDir = values.out ?? `bench-work/corpus-${count}`;
const made = writeCorpus({ count, outDir, scalesFrom: 'src/content/severity' });
process.stdout.write(
	`Wrote ${made.valid.runbooks} runbooks, ${made.valid.incidents} post-mortems and ${made.valid.checklists} checklists to ${made.validDir}, and the same plus ${made.expected.length} deliberately broken documents to ${made.allDir}.\n`,
);
