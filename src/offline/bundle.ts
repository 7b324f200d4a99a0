import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The two workers the build can write: the real one, and the one that removes it. */
export type WorkerName = 'sw' | 'retire';

/**
 * One worker's code, bundled into a single classic script (service workers as ES modules are
 * not supported everywhere yet). esbuild is Astro's own bundler for TypeScript, already
 * installed with it.
 */
export async function bundleWorker(name: WorkerName): Promise<string> {
	const result = await build({
		entryPoints: [fileURLToPath(new URL(`./worker/${name}.ts`, import.meta.url))],
		bundle: true,
		format: 'iife',
		platform: 'browser',
		target: 'es2020',
		write: false,
		legalComments: 'none',
		charset: 'utf8',
		logLevel: 'silent',
	});
	const output = result.outputFiles[0];
	if (!output) throw new Error(`Bundling the ${name} worker produced no output.`);
	return output.text;
}
