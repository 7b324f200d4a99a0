import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_SIZES, parseBenchArgs, UsageError } from '../benchmarks/args.ts';
import { REPO_ROOT } from './helpers/project.ts';

const usage = (argv: string[]) => {
	try {
		parseBenchArgs(argv);
	} catch (error) {
		expect(error).toBeInstanceOf(UsageError);
		return (error as Error).message;
	}
	throw new Error(`${argv.join(' ')} was accepted`);
};

describe('npm run bench arguments', () => {
	test('default to 100, 1,000 and 5,000 documents, 20 minutes, 5 searches', () => {
		expect(parseBenchArgs([])).toEqual({
			sizes: DEFAULT_SIZES,
			timeoutMinutes: 20,
			runs: 5,
			keep: false,
			help: false,
		});
		expect(DEFAULT_SIZES).toEqual([100, 1000, 5000]);
	});

	test('--sizes takes a comma-separated list, sorted and without repeats', () => {
		expect(parseBenchArgs(['--sizes', '1000,100, 1000']).sizes).toEqual([100, 1000]);
	});

	test('--size may be repeated and adds to --sizes', () => {
		expect(parseBenchArgs(['--size', '2000', '--size', '300']).sizes).toEqual([300, 2000]);
		expect(parseBenchArgs(['--sizes', '100', '--size', '250']).sizes).toEqual([100, 250]);
		expect(parseBenchArgs(['--sizes=500']).sizes).toEqual([500]);
	});

	test('other options', () => {
		const options = parseBenchArgs(['--timeout', '45', '--runs', '9', '--keep']);
		expect(options).toMatchObject({ timeoutMinutes: 45, runs: 9, keep: true });
		expect(parseBenchArgs(['-h']).help).toBe(true);
	});

	test.each([
		[
			['--sizes', 'abc'],
			'--sizes has "abc", but each size must be a whole number of documents from 20 to 100,000, such as --sizes 100,1000.',
		],
		[
			['--sizes', '100,1e3'],
			'--sizes has "1e3", but each size must be a whole number of documents from 20 to 100,000, such as --sizes 100,1000.',
		],
		[
			['--sizes', '100,,1000'],
			'--sizes has "", but each size must be a whole number of documents from 20 to 100,000, such as --sizes 100,1000.',
		],
		[
			['--size', '5'],
			'--size has "5", but each size must be a whole number of documents from 20 to 100,000, such as --sizes 100,1000.',
		],
		[['--sizes', '-100'], '"--sizes" needs a value, such as --sizes 100,1000.'],
		[['--sizes'], '"--sizes" needs a value, such as --sizes 100,1000.'],
		[['--timeout', '0'], '--timeout is "0", but it must be a whole number of minutes, such as 20.'],
		[
			['--runs', 'many'],
			'--runs is "many", but it must be a whole number from 1 to 50, such as 5.',
		],
		[
			['--fast'],
			'"--fast" is not an option of the benchmark; run "npm run bench -- --help" to see them.',
		],
		[['1000'], 'The benchmark takes no positional arguments; give sizes with --sizes 100,1000.'],
	])('%j is refused in one sentence', (argv, message) => {
		expect(usage(argv)).toBe(message);
	});

	test('the command exits 2 with that sentence, before measuring anything', () => {
		const result = spawnSync(
			process.execPath,
			[join(REPO_ROOT, 'scripts', 'bench.ts'), '--sizes', '10x'],
			{
				cwd: REPO_ROOT,
				encoding: 'utf8',
			},
		);
		expect(result.status).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe(
			'--sizes has "10x", but each size must be a whole number of documents from 20 to 100,000, such as --sizes 100,1000.\n',
		);
	});

	test('--help prints the options and exits 0', () => {
		const result = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'bench.ts'), '--help'], {
			cwd: REPO_ROOT,
			encoding: 'utf8',
		});
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('--sizes LIST');
	});
});
