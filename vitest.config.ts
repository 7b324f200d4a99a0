import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// The build test runs a real `astro build`, which takes seconds on two cores.
		testTimeout: 120_000,
	},
});
