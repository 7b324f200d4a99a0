import { isUtf8 } from 'node:buffer';

/**
 * Decodes file contents as UTF-8 text. Returns `undefined` for binary data (a NUL byte or
 * invalid UTF-8), which the engine reports rather than feeding to the Markdown parser.
 */
export function decodeText(contents: string | Uint8Array): string | undefined {
	if (typeof contents === 'string') return contents.includes('\0') ? undefined : contents;
	// isUtf8 is a native check, several times faster than a fatal TextDecoder at this volume.
	if (contents.includes(0) || !isUtf8(contents)) return undefined;
	return Buffer.from(contents.buffer, contents.byteOffset, contents.byteLength)
		.toString('utf8')
		.replace(/^\uFEFF/, '');
}

/** 1-based line and column of a character offset in `text`. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (
		let index = text.indexOf('\n');
		index !== -1 && index < offset;
		index = text.indexOf('\n', index + 1)
	) {
		line++;
		lineStart = index + 1;
	}
	return { line, column: offset - lineStart + 1 };
}
