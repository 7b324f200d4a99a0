// `npm run pdf`: the print collections and each maintenance checklist as PDFs in dist/print/,
// printed by Chromium from the built site. Run `npm run build` first. The work is done in
// src/print/pdf/; this file reads the command line and the settings and reports the outcome.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { LaunchOptions } from '@playwright/test';
import playwrightConfig from '../playwright.config.ts';
import { loadHandbookConfig } from '../src/engine/config.ts';
import { PdfError, renderPdfs } from '../src/print/pdf/render.ts';

const USAGE = `Usage: npm run pdf -- [--out <folder>] [--only <name>[,<name>…]]

Prints the print collections and every maintenance checklist of the built site (dist/) to PDF.

  --out <folder>   where to write the PDFs (default: dist/print)
  --only <names>   only these PDFs, such as checklists.pdf or checklists/weekly.pdf
  --help           show this help

The paper size is "paper" in handbook.config.json ("A4" or "Letter"); HANDBOOK_PAPER overrides
it for one run. CHROMIUM_PATH chooses the browser, as for the browser tests.`;

function fail(message: string, code: number): never {
	process.stderr.write(`${message}\n`);
	process.exit(code);
}

function parseOptions() {
	try {
		return parseArgs({
			options: {
				out: { type: 'string' },
				only: { type: 'string', multiple: true },
				help: { type: 'boolean' },
			},
			allowPositionals: false,
		}).values;
	} catch (error) {
		return fail(`${(error as Error).message.replace(/\.?$/, '.')}\n\n${USAGE}`, 2);
	}
}

const args = parseOptions();
if (args.help) {
	process.stdout.write(`${USAGE}\n`);
	process.exit(0);
}

const root = process.cwd();
const { config, problems } = loadHandbookConfig(root, process.env);
// The validator reports the rest of the file; only a wrong paper size stops the printing.
const paperProblem = problems.find((problem) => /"paper"|HANDBOOK_PAPER/.test(problem.message));
if (paperProblem) fail(`${paperProblem.message} ${paperProblem.hint}`, 1);

const dist = resolve(root, 'dist');
const launchOptions: LaunchOptions = playwrightConfig.use?.launchOptions ?? {};

try {
	process.stdout.write(`Printing to PDF on ${config.paper} paper.\n`);
	await renderPdfs({
		dist,
		out: args.out ? resolve(root, args.out) : resolve(dist, 'print'),
		paper: config.paper,
		only: args.only?.flatMap((value) => value.split(',')).filter(Boolean),
		launchOptions,
		log: (line) => process.stdout.write(`${line}\n`),
	});
} catch (error) {
	if (error instanceof PdfError) fail(error.message, error.code);
	// Anything else is a bug or a browser crash: one line, no stack trace.
	fail(
		`The PDFs could not be made: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`,
		1,
	);
}
