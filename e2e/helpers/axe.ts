import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Asserts that axe finds no serious or critical violations on the page as it is now, listing each
 * offending rule and element so a failure says what to fix.
 */
export async function expectNoSevereAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).analyze();
	const severe = results.violations.filter(
		(violation) => violation.impact === 'serious' || violation.impact === 'critical',
	);
	expect(
		severe.map(
			(violation) =>
				`${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
		),
	).toEqual([]);
}

/** The colour themes every tool is checked in. Starlight applies them with a script. */
export const THEMES = ['light', 'dark'] as const;
