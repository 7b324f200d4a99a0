import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { durationMinutes, formatMinutes } from '../src/engine/utils/duration.ts';
import { expectNoSevereAxeViolations, THEMES } from './helpers/axe.ts';

/*
 * The response-times table of a post-mortem. Times and targets come from the post-mortem's
 * frontmatter and the incident scale, so the expectations follow the content.
 */
const ID = '2026-09-02-database-connection-pool-exhausted';
const ROUTE = `/incidents/${ID}/`;

interface Frontmatter {
	severity: string;
	started_at: string;
	acknowledged_at: string;
	mitigated_at: string;
	resolved_at: string;
}
const source = readFileSync(`src/content/incidents/${ID}.mdx`, 'utf8');
const incident = parse(source.split(/^---$/m)[1]!) as Frontmatter;
const { levels } = parse(readFileSync('src/content/severity/incident.yaml', 'utf8')) as {
	levels: Array<{ id: string; targets?: Record<string, string> }>;
};
const targets = levels.find((level) => level.id === incident.severity)!.targets!;
const since = (at: string) => (Date.parse(at) - Date.parse(incident.started_at)) / 60_000;
const target = (key: string) => durationMinutes(targets[key]!)!;

const table = (page: Page) => page.locator('main').getByRole('table', { name: 'Response times' });
const row = (page: Page, label: string) =>
	table(page)
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: label }) });

// Post-mortems must be readable without JavaScript.
test.use({ javaScriptEnabled: false });

test('the post-mortem shows each response time against its severity target', async ({ page }) => {
	await page.goto(ROUTE);
	await expect(table(page)).toBeVisible();
	await expect(table(page).getByRole('columnheader')).toHaveText([
		'Measure',
		'Took',
		'Target',
		'Result',
	]);

	// The summary says acknowledge (19 min vs 15) and mitigate (66 min vs 1 h) were missed.
	for (const [label, at, key] of [
		['Acknowledge', incident.acknowledged_at, 'acknowledge'],
		['Mitigate', incident.mitigated_at, 'mitigate'],
	] as const) {
		const took = since(at);
		expect(took).toBeGreaterThan(target(key));
		await expect(row(page, label).getByRole('cell')).toHaveText([
			formatMinutes(took),
			formatMinutes(target(key)),
			`Missed by ${formatMinutes(took - target(key))}`,
		]);
	}
	expect([since(incident.acknowledged_at), since(incident.mitigated_at)]).toEqual([19, 66]);

	const resolved = since(incident.resolved_at);
	expect(resolved).toBeLessThanOrEqual(target('resolve'));
	await expect(row(page, 'Resolve').getByRole('cell')).toHaveText([
		formatMinutes(resolved),
		formatMinutes(target('resolve')),
		'Met',
	]);

	// Detection has no target, and the total duration is still shown.
	await expect(row(page, 'Detect').getByRole('cell').last()).toHaveText('No target');
	await expect(page.locator('main').getByText('Time to mitigate')).toHaveCount(0);
	await expect(
		page.locator('main dt', { hasText: /^Duration$/ }).locator('xpath=following-sibling::dd'),
	).toHaveText(formatMinutes(resolved));
});

test.describe('accessibility', () => {
	// Starlight applies the colour theme with a script, so these run with JavaScript on.
	test.use({ javaScriptEnabled: true });
	for (const theme of THEMES) {
		test(`the response-times table has no serious or critical axe violations (${theme})`, async ({
			page,
		}) => {
			await page.emulateMedia({ colorScheme: theme });
			await page.goto(ROUTE);
			await expect(table(page)).toBeVisible();
			await expectNoSevereAxeViolations(page);
		});
	}
});
