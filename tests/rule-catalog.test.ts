import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../src/engine/rules/registry.ts';
import { REPO_ROOT } from './helpers/project.ts';

const testSources = readdirSync(join(REPO_ROOT, 'tests'), { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.test.ts'))
	.map((file) => readFileSync(join(REPO_ROOT, 'tests', file), 'utf8'))
	.join('\n');
const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');

// Rule ids are a public contract: reports, waivers and config name them, and each has a page.
describe.each(RULES.map((rule) => [rule.id]))('rule %s', (id) => {
	it('has its own documentation page', () => {
		expect(existsSync(join(REPO_ROOT, 'src/content/docs/reference/rules', `${id}.md`))).toBe(true);
	});
	it('is exercised by a test that expects its id', () => {
		expect(testSources).toMatch(new RegExp(`['"\`(]${id.replace('/', '\\/')}[@'"\`):]`));
	});
	it('is listed in the README rule reference', () => {
		expect(readme).toContain(id);
	});
});

it('rule ids are unique and shaped category/name', () => {
	const ids = RULES.map((rule) => rule.id);
	expect(new Set(ids).size).toBe(ids.length);
	for (const id of ids) expect(id).toMatch(/^[a-z]+\/[a-z]+(?:-[a-z]+)*$/);
});
