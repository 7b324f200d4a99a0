import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { contentDirectory } from '../config.ts';
import { formatDate } from '../utils/dates.ts';
import {
	DOCUMENT_TYPES,
	fieldsFor,
	type Answers,
	type DocumentType,
	type Field,
} from './fields.ts';
import { claimedAlerts, documentExists, readScale } from './project.ts';
import { freeName, slugFromTitle } from './names.ts';
import { checklistTemplate, postmortemTemplate, runbookTemplate } from './templates.ts';
import { checkDate, examplePriority, parseList, parseTimestamp } from './values.ts';
import type { Choice } from './fields.ts';

export const EXIT = { ok: 0, usage: 2, cancelled: 130 } as const;

/** Returned by a prompt when the user pressed Ctrl-C or Escape. */
export const CANCELLED = Symbol('cancelled');

/** The interactive questions; `scripts/new.ts` passes @clack/prompts, tests need none. */
export interface Prompter {
	intro(title: string): void;
	text(options: {
		message: string;
		placeholder?: string;
		initialValue?: string;
		validate: (value: string) => string | undefined;
	}): Promise<string | typeof CANCELLED>;
	select(options: {
		message: string;
		options: Choice[];
		initialValue?: string;
	}): Promise<string | typeof CANCELLED>;
	confirm(options: { message: string }): Promise<boolean | typeof CANCELLED>;
}

export interface NewEnvironment {
	argv: string[];
	env: NodeJS.ProcessEnv;
	cwd: string;
	now: () => Date;
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	/** Whether a person can answer prompts (stdin and stdout are terminals). */
	interactive: boolean;
	/** Loaded only when someone will be asked. */
	prompter: () => Promise<Prompter>;
}

const HELP = `Creates a new post-mortem, runbook or checklist that passes the validator.

Usage: npm run new -- <postmortem|runbook|checklist> [options]

Asks for each answer not given as a flag, when run in a terminal. Without a terminal, or with
--yes, it never asks: every required flag must be given.

Post-mortem:  --title --severity --started TIME --commander --services a,b
              [--resolved TIME (default: now)]
Runbook:      --title --description --services a,b --severity --owner [--alerts A,B]
              [--today YYYY-MM-DD (last_reviewed, default: today in UTC)]
Checklist:    --title --cadence --owner [--description]

Times are ISO 8601 with a zone, such as 2026-11-23T09:12:00Z.

Options:
  --root DIR    Project folder to write into (default: the current folder)
  -y, --yes     Never ask; fail on a missing flag instead
  -h, --help    Show this help

Exit codes: 0 written, 2 usage mistake (nothing written), 130 cancelled (nothing written).
`;

const COMMON_FLAGS = ['root', 'yes', 'help'];
const EXTRA_FLAGS: Record<DocumentType, string[]> = {
	postmortem: [],
	runbook: ['today'],
	checklist: [],
};

class UsageError extends Error {}
class Cancelled extends Error {}

/** `npm run new`: parses arguments, asks for what is missing, writes one new document. */
export async function runNewCli(environment: NewEnvironment): Promise<number> {
	try {
		return await scaffold(environment);
	} catch (error) {
		if (error instanceof Cancelled) {
			environment.stderr('Nothing was written.\n');
			return EXIT.cancelled;
		}
		if (!(error instanceof UsageError)) throw error;
		environment.stderr(
			`${error.message} Nothing was written; run "npm run new -- --help" to see the options.\n`,
		);
		return EXIT.usage;
	}
}

async function scaffold(environment: NewEnvironment): Promise<number> {
	const { values, positionals } = readArguments(environment.argv);
	if (values['help']) {
		environment.stdout(HELP);
		return EXIT.ok;
	}
	const type = readType(positionals);
	const allowed = new Set([...COMMON_FLAGS, ...EXTRA_FLAGS[type]]);
	const root =
		typeof values['root'] === 'string' ? resolve(environment.cwd, values['root']) : environment.cwd;
	const contentDir = contentDirectory(environment.env);
	if (!existsSync(join(root, contentDir))) {
		throw new UsageError(
			`${root} has no ${contentDir} folder, so it is not a handbook; pass its folder with --root.`,
		);
	}

	const now = environment.now();
	const severities = type === 'checklist' ? [] : readScale(root, contentDir, 'incident');
	if (!severities) {
		throw new UsageError(
			`${contentDir}/severity/incident.yaml is missing or lists no levels, so there is no severity to choose.`,
		);
	}
	const fields = fieldsFor(type, {
		severities,
		claimedAlerts: type === 'runbook' ? claimedAlerts(root, contentDir) : new Map(),
		now,
	});
	for (const field of fields) allowed.add(field.flag);
	const given: Answers = {};
	for (const [flag, value] of Object.entries(values)) {
		if (!allowed.has(flag)) throw new UsageError(`"--${flag}" is not an option of "new ${type}".`);
		if (typeof value === 'string') given[flag] = value;
	}
	const today = given['today'] ?? formatDate(now);
	const badToday = checkDate(today, '--today');
	if (badToday) throw new UsageError(badToday);

	const missing = fields.filter(
		(field) => given[field.flag] === undefined && !field.optional && field.initial === undefined,
	);
	const ask = missing.length > 0 && environment.interactive && values['yes'] !== true;
	if (missing.length > 0 && !ask) {
		const flags = missing.map((field) => `--${field.flag}`);
		throw new UsageError(
			`${flags.length === 1 ? `${flags[0]} is missing` : `${flags.slice(0, -1).join(', ')} and ${flags.at(-1)} are missing`}: pass ${flags.length === 1 ? 'it' : 'them'}, or run the command in a terminal to be asked.`,
		);
	}

	// Flags are checked before anyone is asked anything, so a typo fails fast.
	const answers: Answers = {};
	for (const field of fields) {
		const value = given[field.flag];
		if (value !== undefined) {
			const problem = field.check?.(value.trim(), answers);
			if (problem) throw new UsageError(problem);
			answers[field.flag] = value.trim();
		}
	}
	const prompter = ask ? await environment.prompter() : undefined;
	if (prompter) prompter.intro(`New ${type}`);
	for (const field of fields) {
		if (answers[field.flag] !== undefined) continue;
		answers[field.flag] = prompter ? await askFor(prompter, field, answers) : (field.initial ?? '');
	}
	// Cross-field checks again, now that every answer is known.
	for (const field of fields) {
		const problem =
			field.optional && answers[field.flag] === ''
				? undefined
				: field.check?.(answers[field.flag]!, answers);
		if (problem) throw new UsageError(problem);
	}

	const document = render(type, answers, today, root, contentDir);
	const folder = join(root, contentDir, document.folder);
	const slug = slugFromTitle(answers['title']!);
	if (!slug)
		throw new UsageError(
			`The title "${answers['title']}" has no letter or digit to name the file after.`,
		);
	const name = freeName(document.prefix + slug, (candidate) => documentExists(folder, candidate));
	const relative = `${contentDir}/${document.folder}/${name}.mdx`;
	if (prompter) {
		const confirmed = await prompter.confirm({ message: `Write ${relative}?` });
		if (confirmed === CANCELLED) throw new Cancelled();
		if (!confirmed) {
			environment.stderr('Nothing was written.\n');
			return EXIT.ok;
		}
	}
	mkdirSync(folder, { recursive: true });
	// `wx` fails rather than overwrite, even if another process wrote the file meanwhile.
	writeFileSync(join(folder, `${name}.mdx`), document.text, { flag: 'wx' });
	environment.stdout(`Wrote ${relative}\nNext: Fill in the sections, then run npm run validate.\n`);
	return EXIT.ok;
}

function readArguments(argv: string[]) {
	const text = { type: 'string' } as const;
	try {
		return parseArgs({
			args: argv,
			strict: true,
			allowPositionals: true,
			options: {
				title: text,
				description: text,
				severity: text,
				started: text,
				resolved: text,
				commander: text,
				services: text,
				alerts: text,
				owner: text,
				cadence: text,
				today: text,
				root: text,
				yes: { type: 'boolean', short: 'y' },
				help: { type: 'boolean', short: 'h' },
			},
		});
	} catch (error) {
		const { code, message } = error as Error & { code?: string };
		const option = /'(-[^' ]+)/.exec(message)?.[1];
		throw new UsageError(
			code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
				? `"${option ?? 'that option'}" is not an option of npm run new.`
				: code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
					? `${option ? `"${option}"` : 'An option'} needs a value.`
					: message,
		);
	}
}

function readType(positionals: string[]): DocumentType {
	const list = 'postmortem, runbook or checklist';
	if (positionals.length === 0) throw new UsageError(`Say which document to create: ${list}.`);
	if (positionals.length > 1)
		throw new UsageError(
			`Create one document at a time; got ${positionals.map((item) => `"${item}"`).join(', ')}.`,
		);
	const type = positionals[0]!;
	if (!(DOCUMENT_TYPES as ReadonlyArray<string>).includes(type))
		throw new UsageError(`"${type}" is not a document type; use ${list}.`);
	return type as DocumentType;
}

async function askFor(prompter: Prompter, field: Field, answers: Answers): Promise<string> {
	const answer = field.choices
		? await prompter.select({
				message: field.message,
				options: field.choices,
				...(field.initial ? { initialValue: field.initial } : {}),
			})
		: await prompter.text({
				message: field.message,
				...(field.placeholder ? { placeholder: field.placeholder } : {}),
				...(field.initial ? { initialValue: field.initial } : {}),
				validate: (value) =>
					field.optional && value.trim() === ''
						? undefined
						: (field.check?.(value.trim(), answers) ??
							(value.trim() === '' ? 'Please answer; this field is required.' : undefined)),
			});
	if (answer === CANCELLED) throw new Cancelled();
	return answer.trim();
}

function render(
	type: DocumentType,
	answers: Answers,
	today: string,
	root: string,
	contentDir: string,
) {
	const list = (flag: string) => parseList(answers[flag] ?? '');
	switch (type) {
		case 'postmortem': {
			const started = parseTimestamp(answers['started']!)!;
			const priorities = readScale(root, contentDir, 'action-priority') ?? [{ id: 'P2' }];
			return {
				folder: 'incidents',
				prefix: `${formatDate(started)}-`,
				text: postmortemTemplate({
					title: answers['title']!,
					severity: answers['severity']!,
					started,
					resolved: parseTimestamp(answers['resolved']!)!,
					commander: answers['commander']!,
					services: list('services'),
					priority: examplePriority(priorities.map((level) => level.id))!,
					today,
				}),
			};
		}
		case 'runbook':
			return {
				folder: 'runbooks',
				prefix: '',
				text: runbookTemplate({
					title: answers['title']!,
					description: answers['description']!,
					alerts: list('alerts'),
					services: list('services'),
					severity: answers['severity']!,
					owner: answers['owner']!,
					today,
				}),
			};
		case 'checklist':
			return {
				folder: 'maintenance',
				prefix: '',
				text: checklistTemplate({
					title: answers['title']!,
					...(answers['description'] ? { description: answers['description'] } : {}),
					cadence: answers['cadence']!,
					owner: answers['owner']!,
				}),
			};
	}
}
