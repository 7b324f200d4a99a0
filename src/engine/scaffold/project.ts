import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter, parseYaml } from '../parse/frontmatter.ts';

/** What the scaffolder needs to know about the project it writes into. */

export interface ScaleLevel {
	id: string;
	name?: string;
}

/**
 * The levels of a severity scale (`incident`, `action-priority`), in order. Returns `undefined`
 * when the file is missing or has no readable levels.
 */
export function readScale(
	root: string,
	contentDir: string,
	scale: string,
): ScaleLevel[] | undefined {
	const path = join(root, contentDir, 'severity', `${scale}.yaml`);
	if (!existsSync(path)) return undefined;
	const { data, errors } = parseYaml(readFileSync(path, 'utf8'), 0);
	if (errors.length > 0) return undefined;
	const levels = (data as { levels?: unknown } | null)?.levels;
	if (!Array.isArray(levels)) return undefined;
	const result = levels
		.filter(
			(level): level is { id: string; name?: unknown } =>
				typeof level === 'object' && level !== null && typeof level.id === 'string',
		)
		.map((level) => ({
			id: level.id,
			...(typeof level.name === 'string' ? { name: level.name } : {}),
		}));
	return result.length > 0 ? result : undefined;
}

/** Alert names already listed by runbooks, mapped to the runbook's path (relative to root). */
export function claimedAlerts(root: string, contentDir: string): Map<string, string> {
	const claimed = new Map<string, string>();
	const folder = join(root, contentDir, 'runbooks');
	if (!existsSync(folder)) return claimed;
	for (const name of readdirSync(folder).sort()) {
		if (!/\.mdx?$/.test(name)) continue;
		const data = parseFrontmatter(readFileSync(join(folder, name), 'utf8'))?.data;
		const alerts = (data as { alerts?: unknown } | null | undefined)?.alerts;
		if (!Array.isArray(alerts)) continue;
		for (const alert of alerts) {
			if (typeof alert === 'string' && !claimed.has(alert))
				claimed.set(alert, `${contentDir}/runbooks/${name}`);
		}
	}
	return claimed;
}

/** Whether a document called `name` (any Markdown extension) already exists in `folder`. */
export function documentExists(folder: string, name: string): boolean {
	return existsSync(join(folder, `${name}.mdx`)) || existsSync(join(folder, `${name}.md`));
}
