/** The kinds of document the handbook knows, by the folder they live in. */
export type DocumentKind = 'runbook' | 'incident' | 'maintenance' | 'severity' | 'page';

/** One file handed to the engine: where it is and its raw bytes or text. */
export interface SourceFile {
	/** Path relative to the project root, with forward slashes. */
	path: string;
	/** The file's contents. Bytes let the engine spot binary files instead of mangling them. */
	contents: string | Uint8Array;
}

/** Folder (under the content root) of each document kind. */
export const KIND_FOLDERS: Record<DocumentKind, string> = {
	runbook: 'runbooks',
	incident: 'incidents',
	maintenance: 'maintenance',
	severity: 'severity',
	page: 'docs',
};

/** The kind of a file from its path, or `undefined` when the engine does not check it. */
export function kindOf(path: string, contentDir: string): DocumentKind | undefined {
	const prefix = `${contentDir}/`;
	if (!path.startsWith(prefix)) return undefined;
	const folder = path.slice(prefix.length).split('/')[0];
	for (const [kind, name] of Object.entries(KIND_FOLDERS)) {
		if (name === folder) return kind as DocumentKind;
	}
	return undefined;
}

/** The file name without folders. */
export function baseName(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1);
}

/** The file name without folders or extension. */
export function stem(path: string): string {
	const name = baseName(path);
	const dot = name.lastIndexOf('.');
	return dot > 0 ? name.slice(0, dot) : name;
}
