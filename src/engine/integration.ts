import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { validateProject } from './load.ts';
import { CONFIG_FILE, contentDirectory } from './config.ts';
import { formatPretty } from './reporters/pretty.ts';
import { summaryLine } from './reporters/summary.ts';
import { todayFromEnvironment } from './utils/today.ts';
import type { Report } from './engine.ts';

export interface HandbookValidationOptions {
	/** Content folder relative to the project root. @default `HANDBOOK_CONTENT_DIR`, else "src/content" */
	contentDir?: string;
}

/**
 * Runs the handbook's rules engine inside Astro. `astro build` validates once, before any page is
 * rendered, prints the same report as `npm run validate` and fails on errors; `astro dev` shows
 * problems as warnings, re-checks when content changes, and keeps serving.
 */
export function handbookValidation({
	contentDir = contentDirectory(),
}: HandbookValidationOptions = {}): AstroIntegration {
	let root = process.cwd();
	const run = (): Report => {
		const { today, error } = todayFromEnvironment(process.env);
		if (error !== undefined) {
			const failure = new AstroError(
				error,
				'Unset HANDBOOK_TODAY, or set it to a date such as 2026-11-23.',
			);
			// A configuration mistake, explained above; a trace through this hook helps nobody.
			failure.stack = '';
			throw failure;
		}
		return validateProject({ root, today, env: process.env, contentDir });
	};

	return {
		name: 'incident-handbook:validation',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				root = fileURLToPath(config.root);
				if (command !== 'build') return;
				const report = run();
				if (report.problems.length)
					process.stderr.write(
						`\n${formatPretty(report, { color: process.stderr.isTTY === true })}\n`,
					);
				else logger.info(summaryLine(report));
				if (report.errorCount > 0) {
					const error = new AstroError(
						`The handbook has ${report.errorCount} content error${report.errorCount === 1 ? '' : 's'}, listed above; the build stopped before rendering any page.`,
						'Fix each problem at the file and line shown (npm run validate checks again without building). For an emergency deploy, set "timeRules": "warn" in handbook.config.json to turn date-based rules into warnings.',
					);
					// The problems are in the content, listed above; a trace through this hook helps nobody.
					error.stack = '';
					throw error;
				}
			},
			'astro:server:setup': ({ server, logger }) => {
				showInDev(run(), logger);
				let timer: ReturnType<typeof setTimeout> | undefined;
				const recheck = (file: string) => {
					if (
						!file.replaceAll('\\', '/').includes(`/${contentDir}/`) &&
						!file.endsWith(CONFIG_FILE)
					)
						return;
					clearTimeout(timer);
					timer = setTimeout(() => showInDev(run(), logger), 200);
				};
				server.watcher.on('change', recheck);
				server.watcher.on('add', recheck);
				server.watcher.on('unlink', recheck);
			},
		},
	};
}

/** In dev, problems are warnings: an author mid-edit needs the page, not a dead server. */
function showInDev(report: Report, logger: AstroIntegrationLogger): void {
	if (report.problems.length === 0) {
		logger.info(summaryLine(report));
		return;
	}
	logger.warn(`Content problems (the build will fail on errors):\n${formatPretty(report)}`);
}
