import type { AstroIntegration } from 'astro';

/** Placeholder replaced by the real validation integration. */
export function handbookValidation(): AstroIntegration {
	return { name: 'incident-handbook:validation', hooks: {} };
}
