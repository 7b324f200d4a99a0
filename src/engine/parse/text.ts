const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes file contents as UTF-8 text. Returns `undefined` for binary data (a NUL byte or
 * invalid UTF-8), which the engine reports rather than feeding to the Markdown parser.
 */
export function decodeText(contents: string | Uint8Array): string | undefined {
	if (typeof contents === 'string') return contents.includes('\0') ? undefined : contents;
	if (contents.includes(0)) return undefined;
	try {
		return decoder.decode(contents).replace(/^\uFEFF/, '');
	} catch {
		return undefined;
	}
}

/** 1-based line and column of a character offset in `text`. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
		line++;
		lineStart = index + 1;
	}
	return { line, column: offset - lineStart + 1 };
}
