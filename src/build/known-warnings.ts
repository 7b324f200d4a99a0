/**
 * Bundler warnings the build drops because they say nothing about the handbook. Each one is an
 * upstream issue; remove its entry once the Astro release that fixes it is installed.
 */

/** The parts of a Rolldown log the filter reads. */
export interface BundlerLog {
	code?: string;
	message: string;
}

/** Rolldown's own handler, which prints the log. */
export type BundlerLogHandler<Log extends BundlerLog> = (
	level: 'warn' | 'info' | 'debug' | 'error',
	log: Log,
) => void;

/**
 * Astro 7 marks the asset module of every MDX page with a `"use astro:head-inject"` directive,
 * and Rolldown warns about it once per MDX file, with a seven-line box
 * (https://github.com/withastro/astro/issues/18087). It is harmless, but a handbook with
 * hundreds of MDX runbooks would print hundreds of them and bury every warning that matters.
 */
function isHeadInjectDirectiveWarning(log: BundlerLog): boolean {
	return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}

/** A Rolldown `onLog` that passes every log on to the default handler except the known ones. */
export function withoutKnownWarnings<Log extends BundlerLog>(
	level: 'warn' | 'info' | 'debug',
	log: Log,
	handler: BundlerLogHandler<Log>,
): void {
	if (isHeadInjectDirectiveWarning(log)) return;
	handler(level, log);
}
