import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { Position } from '../problem.ts';

/** The YAML block at the top of a document, parsed, with a way back to source positions. */
export interface Frontmatter {
	/** The parsed value (plain objects and arrays; dates stay strings). */
	data: unknown;
	/** YAML syntax errors, already positioned in the file. */
	errors: Array<Position & { message: string }>;
	/** Finds the source position of a value by its path, such as `['alerts', 2]`. */
	locate(path: ReadonlyArray<PropertyKey>, at?: 'key' | 'value'): Position;
	/** Where the block starts (the opening `---`). */
	start: Position;
}

const FRONTMATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Parses the frontmatter of a Markdown file; `undefined` when the file has none. */
export function parseFrontmatter(text: string): Frontmatter | undefined {
	const match = FRONTMATTER.exec(text);
	if (!match) return undefined;
	return parseYaml(match[1] ?? '', 1);
}

/**
 * Parses YAML whose first line sits `lineOffset` lines into the file (1 for frontmatter, which
 * starts after the `---` line; 0 for a whole YAML file).
 */
export function parseYaml(source: string, lineOffset: number): Frontmatter {
	const lineCounter = new LineCounter();
	const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const toFile = (offset: number): Position => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + lineOffset, column: col };
	};
	const errors = document.errors.map((error) => ({
		...toFile(error.pos[0]),
		message: firstSentence(error.message),
	}));
	let data: unknown;
	if (errors.length === 0) {
		try {
			data = document.toJS({ maxAliasCount: 100 });
		} catch (error) {
			// Some mistakes (an alias without its anchor, alias bombs) only surface on conversion.
			const alias = /alias.*?: (\S+)$/i.exec((error as Error).message)?.[1];
			const at = alias ? source.indexOf(`*${alias}`) : -1;
			errors.push({ ...toFile(Math.max(at, 0)), message: firstSentence((error as Error).message) });
		}
	}
	return {
		data,
		errors,
		start: { line: Math.max(lineOffset, 1), column: 1 },
		locate: lazyLocator(source, lineOffset),
	};
}

/**
 * `locate` is only needed to report a problem, which few documents have, yet the validator keeps
 * every document's frontmatter until links and waivers are checked at the end. Holding each
 * parsed YAML document for that would cost hundreds of megabytes in a large handbook, so the
 * locator keeps the source text and parses it again on first use.
 */
function lazyLocator(source: string, lineOffset: number): Frontmatter['locate'] {
	let parsed: { document: Document; lineCounter: LineCounter } | undefined;
	return (path, at = 'value') => {
		if (!parsed) {
			const lineCounter = new LineCounter();
			parsed = {
				document: parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true }),
				lineCounter,
			};
		}
		const { line, col } = parsed.lineCounter.linePos(offsetOf(parsed.document, path, at));
		return { line: line + lineOffset, column: col };
	};
}

function offsetOf(
	document: Document,
	path: ReadonlyArray<PropertyKey>,
	at: 'key' | 'value',
): number {
	let node: unknown = document.contents;
	let offset = rangeStart(node) ?? 0;
	for (const [index, segment] of path.entries()) {
		const last = index === path.length - 1;
		if (isMap(node)) {
			const pair = node.items.find(
				(item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
			);
			if (!pair) break;
			offset =
				(last && at === 'key'
					? rangeStart(pair.key)
					: (rangeStart(pair.value) ?? rangeStart(pair.key))) ?? offset;
			node = pair.value;
		} else if (isSeq(node) && typeof segment === 'number') {
			const item = node.items[segment];
			if (item === undefined) break;
			offset = rangeStart(item) ?? offset;
			node = item;
		} else break;
	}
	return offset;
}

function rangeStart(node: unknown): number | undefined {
	const range = (node as { range?: [number, number, number] } | null)?.range;
	return range?.[0];
}

/** The yaml library appends a code excerpt after the first line; the position says enough. */
function firstSentence(message: string): string {
	const first = message.split('\n')[0] ?? message;
	return first.replace(/ at line \d+, column \d+:?$/, '').trim();
}
