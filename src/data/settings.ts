import { loadHandbookConfig } from '../engine/config.ts';
import type { HandbookConfig } from '../engine/schemas/config.ts';

let cached: HandbookConfig | undefined;

/**
 * The settings from `handbook.config.json` (defaults when it is missing or invalid; the
 * validator reports an invalid file, so the pages only need usable values).
 */
export function handbookSettings(): HandbookConfig {
	cached ??= loadHandbookConfig(process.cwd()).config;
	return cached;
}
