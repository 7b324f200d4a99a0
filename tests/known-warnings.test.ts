import { describe, expect, it, vi } from 'vitest';
import { withoutKnownWarnings } from '../src/build/known-warnings.ts';

/** The warning as Rolldown reports it for an MDX page (withastro/astro#18087). */
const HEAD_INJECT = {
	code: 'MODULE_LEVEL_DIRECTIVE',
	message:
		'The semantics of the module level directive "use astro:head-inject" in "src/content/runbooks/disk-full.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('withoutKnownWarnings', () => {
	it('drops the head-inject directive warning Astro causes once per MDX file', () => {
		const handler = vi.fn();
		withoutKnownWarnings('warn', HEAD_INJECT, handler);
		expect(handler).not.toHaveBeenCalled();
	});

	it('passes on every other log unchanged, including other directive warnings', () => {
		const handler = vi.fn();
		const useClient = {
			code: 'MODULE_LEVEL_DIRECTIVE',
			message:
				'The semantics of the module level directive "use client" in "x.js" may not be preserved.',
		};
		const circular = {
			code: 'CIRCULAR_DEPENDENCY',
			message: 'Circular dependency: a.ts -> b.ts -> a.ts',
		};
		withoutKnownWarnings('warn', useClient, handler);
		withoutKnownWarnings('warn', circular, handler);
		withoutKnownWarnings('info', { message: 'no code at all' }, handler);
		expect(handler.mock.calls).toEqual([
			['warn', useClient],
			['warn', circular],
			['info', { message: 'no code at all' }],
		]);
	});
});
