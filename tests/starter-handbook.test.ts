import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseFrontmatter } from '../src/engine/parse/frontmatter.ts';
import { REPO_ROOT } from './helpers/project.ts';

// Everything the source handbooks cover has a home in the starter content. This list is the
// contract: deleting a page or renaming a section makes the suite fail, so nothing silently
// disappears from what a team adopts.
const HANDBOOK_PAGES: Record<string, string[]> = {
	'handbook/incident-process': [
		'Detect',
		'Triage',
		'Declare',
		'Communicate',
		'Investigate',
		'Mitigate',
		'Resolve',
		'Post-mortem',
		'First-response checklist',
	],
	'handbook/roles': [
		'Incident commander',
		'Operations lead',
		'Subject-matter expert',
		'Communications lead',
		'Scribe',
		'Handing off a role',
	],
	'handbook/communication': [
		'Update cadence',
		'Declaration',
		'Status update',
		'Resolution',
		'External notice: disruption',
		'External notice: service restored',
	],
	'handbook/mitigation': [
		'Roll back a deploy',
		'Disable a feature flag',
		'Roll back a database migration',
		'Ship a hotfix',
		'Scale up',
		'Maintenance mode',
		'Clear caches',
	],
	'handbook/post-incident-review': [
		'Deadlines',
		'The review meeting',
		'Blameless principles',
		'Action item priorities',
		'Tracking action items',
	],
	'handbook/training': ['Onboarding checklist', 'Quarterly drills'],
	'handbook/tools-and-access': ['Access by role', 'Accounts to set up'],
	'handbook/adopting': ['Replace the starter content', 'Change a severity scale', 'Deploy'],
	'handbook/operations/maintenance-schedule': ['Schedule'],
	'handbook/operations/dependency-updates': ['Patch updates', 'Minor updates', 'Major updates'],
	'handbook/operations/security-patches': ['Response windows', 'Patch procedure'],
	'handbook/operations/backups': ['Schedule', 'Retention', 'Encryption', 'Monthly restore test'],
	'handbook/operations/disaster-recovery': ['Recovery objectives', 'Scenarios'],
	'handbook/operations/deployment': ['Standard deployment', 'Emergency hotfix'],
	'handbook/operations/rollback': ['Rollback strategy'],
	'handbook/operations/change-management': ['Change types', 'Maintenance windows'],
	'handbook/operations/on-call': ['Rotation', 'Escalation path'],
	'handbook/operations/security-maintenance': [
		'Credential rotation',
		'Security audits',
		'Access log review',
	],
	'handbook/operations/monitoring': ['Alert thresholds', 'Reviewing alerts'],
	'handbook/operations/cost-review': ['Monthly cost review'],
	'handbook/operations/compliance': ['Retention periods', 'Records to keep'],
	'handbook/operations/documentation': ['Keeping the handbook current'],
};

const RUNBOOKS = [
	'complete-site-outage',
	'authentication-failures',
	'payment-processing-failures',
	'payment-webhook-failures',
	'database-connection-pool-exhaustion',
	'database-performance-degradation',
	'failed-migration',
	'high-error-rate-after-deploy',
	'third-party-outage',
	'certificate-or-dns-expiry',
	'disk-filling-up',
	'backup-job-failed',
];

const CHECKLISTS: Record<string, string> = {
	daily: 'daily',
	weekly: 'weekly',
	monthly: 'monthly',
	quarterly: 'quarterly',
	yearly: 'yearly',
	'pre-deployment': 'on-demand',
	'emergency-hotfix': 'on-demand',
	'disaster-recovery-drill': 'on-demand',
};

const content = (path: string) => readFileSync(join(REPO_ROOT, 'src/content', path), 'utf8');
const h2s = (text: string) => [...text.matchAll(/^## (.+)$/gm)].map((match) => match[1]!.trim());

describe.each(Object.entries(HANDBOOK_PAGES))('handbook page %s', (page, sections) => {
	it('exists with every listed section, in order', () => {
		const headings = h2s(content(`docs/${page}.md`));
		const positions = sections.map((section) => headings.indexOf(section));
		expect(
			positions.filter((position) => position === -1),
			`missing from ${page}: ${sections.filter((_, i) => positions[i] === -1).join(', ')}`,
		).toEqual([]);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
	});
});

describe('handbook pages carry what responders copy and tick', () => {
	it('communication templates are copyable blocks with [fill-in fields]', () => {
		const text = content('docs/handbook/communication.md');
		const templates = [...text.matchAll(/```text\n([\s\S]*?)```/g)].map((match) => match[1]!);
		expect(templates.length).toBeGreaterThanOrEqual(5);
		for (const template of templates) expect(template).toMatch(/\[[^\]]+\]/);
	});
	it('the incident process ends in a first-response checklist', () => {
		const text = content('docs/handbook/incident-process.md');
		expect(text.slice(text.indexOf('## First-response checklist'))).toMatch(/^- \[ \] /m);
	});
	it('tools and access leaves clearly marked blanks for the adopting team', () => {
		expect(content('docs/handbook/tools-and-access.md')).toMatch(/\[Your [^\]]+\]/);
	});
	it('the database migration rollback carries the data-loss caution', () => {
		const text = content('docs/handbook/mitigation.md');
		const section = text.slice(
			text.indexOf('## Roll back a database migration'),
			text.indexOf('## Ship a hotfix'),
		);
		expect(section.toLowerCase()).toContain('data');
		expect(section).toMatch(/caution|warning|lose|loss/i);
	});
});

describe('runbooks', () => {
	it.each(RUNBOOKS)('%s exists with alerts and the required sections', (slug) => {
		const text = content(`runbooks/${slug}.mdx`);
		const data = parseFrontmatter(text)!.data as { alerts: string[] };
		expect(data.alerts.length).toBeGreaterThan(0);
		expect(h2s(text).slice(0, 5)).toEqual([
			'Trigger',
			'Impact',
			'Quick Diagnosis',
			'Common Causes',
			'Escalation',
		]);
	});
});

describe('maintenance checklists', () => {
	it.each(Object.entries(CHECKLISTS))('%s exists with cadence %s and tasks', (slug, cadence) => {
		const text = content(`maintenance/${slug}.mdx`);
		expect((parseFrontmatter(text)!.data as { cadence: string }).cadence).toBe(cadence);
		expect(text).toMatch(/^\s*- \[ \] /m);
	});
	it('the weekly checklist is organised by day', () => {
		expect(h2s(content('maintenance/weekly.mdx')).some((heading) => /monday/i.test(heading))).toBe(
			true,
		);
	});
});

describe('post-mortems', () => {
	const files = readdirSync(join(REPO_ROOT, 'src/content/incidents')).filter((file) =>
		file.endsWith('.mdx'),
	);
	const documents = files.map((file) => ({
		file,
		text: content(`incidents/${file}`),
		data: parseFrontmatter(content(`incidents/${file}`))!.data as {
			severity: string;
			waivers?: unknown[];
		},
	}));

	it('at least four, across at least three severities', () => {
		expect(files.length).toBeGreaterThanOrEqual(4);
		expect(
			new Set(documents.map((document) => document.data.severity)).size,
		).toBeGreaterThanOrEqual(3);
	});
	it('action items show every status', () => {
		const statuses = new Set(
			documents.flatMap(({ text }) =>
				[...text.matchAll(/\|\s*(Open|In progress|Done|Won't do)\s*\|/g)].map((match) => match[1]),
			),
		);
		expect([...statuses].sort()).toEqual(['Done', 'In progress', 'Open', "Won't do"]);
	});
	it('at least one shows a waiver', () => {
		expect(documents.some((document) => (document.data.waivers ?? []).length > 0)).toBe(true);
	});
	it('every one records what went well, what went wrong and where we got lucky', () => {
		for (const { file, text } of documents) {
			for (const heading of ['What went well', 'What went wrong', 'Where we got lucky'])
				expect(text, file).toContain(`### ${heading}`);
		}
	});
});

describe('repository files the sources call for', () => {
	it('dependabot updates npm and GitHub Actions weekly, grouping production and development dependencies', () => {
		const config = parse(readFileSync(join(REPO_ROOT, '.github/dependabot.yml'), 'utf8')) as {
			version: number;
			updates: Array<{
				'package-ecosystem': string;
				schedule: { interval: string };
				labels?: string[];
				groups?: Record<string, { 'dependency-type'?: string }>;
			}>;
		};
		expect(config.version).toBe(2);
		const npm = config.updates.find((update) => update['package-ecosystem'] === 'npm')!;
		const actions = config.updates.find(
			(update) => update['package-ecosystem'] === 'github-actions',
		)!;
		expect([npm.schedule.interval, actions.schedule.interval]).toEqual(['weekly', 'weekly']);
		expect(
			Object.values(npm.groups ?? {})
				.map((group) => group['dependency-type'])
				.sort(),
		).toEqual(['development', 'production']);
		expect(npm.labels?.length).toBeGreaterThan(0);
	});
	it('has a post-mortem pull-request template and an action-item issue template', () => {
		expect(existsSync(join(REPO_ROOT, '.github/PULL_REQUEST_TEMPLATE/postmortem.md'))).toBe(true);
		const form = parse(
			readFileSync(join(REPO_ROOT, '.github/ISSUE_TEMPLATE/action-item.yml'), 'utf8'),
		) as { body: Array<{ id?: string }> };
		expect(form.body.length).toBeGreaterThanOrEqual(4);
	});
});
