import { describe, expect, it } from 'vitest';
import {
	CHECKLIST,
	PATHS,
	RUNBOOK,
	INCIDENT,
	edit,
	lineOf,
	found,
	validateWith,
} from '../helpers/handbook.ts';

describe('file/empty', () => {
	it('not ok: an empty or whitespace-only document', () => {
		expect(found(validateWith({ [PATHS.checklist]: '  \n\n' }))).toEqual(['file/empty@1']);
	});
});

describe('file/binary', () => {
	it('not ok: bytes that are not UTF-8 text', () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
		const report = validateWith({ 'src/content/runbooks/diagram.mdx': png });
		expect(found(report)).toEqual(['file/binary@1']);
		expect(report.problems[0]!.file).toBe('src/content/runbooks/diagram.mdx');
	});
	it('not ok: invalid UTF-8 without NUL bytes', () => {
		expect(found(validateWith({ [PATHS.checklist]: new Uint8Array([0xc3, 0x28, 0x41]) }))).toEqual([
			'file/binary@1',
		]);
	});
	it('ok: UTF-8 bytes with a byte-order mark', () => {
		const bytes = new TextEncoder().encode(`\uFEFF${CHECKLIST}`);
		expect(found(validateWith({ [PATHS.checklist]: bytes }))).toEqual([]);
	});
});

describe('file/name', () => {
	it('not ok: a runbook name with capitals and spaces', () => {
		expect(
			found(
				validateWith({ [PATHS.runbook]: undefined, 'src/content/runbooks/Disk Full.mdx': RUNBOOK }),
			),
		).toContain('file/name@1');
	});
	it('not ok: a post-mortem without a date prefix', () => {
		const report = validateWith({
			[PATHS.incident]: undefined,
			'src/content/incidents/api-outage.mdx': INCIDENT,
		});
		expect(found(report)).toEqual(['file/name@1']);
		expect(report.problems[0]!.hint).toContain('2026-03-14-checkout-errors.mdx');
	});
	it('not ok: a post-mortem named for an impossible date', () => {
		const report = validateWith({
			[PATHS.incident]: undefined,
			'src/content/incidents/2026-02-30-api-outage.mdx': INCIDENT,
		});
		expect(found(report)).toContain('file/name@1');
		expect(report.problems.find((problem) => problem.ruleId === 'file/name')!.message).toContain(
			'2026-02-30',
		);
	});
	it('not ok: a text file in a collection folder', () => {
		expect(found(validateWith({ 'src/content/runbooks/notes.txt': 'hello' }))).toEqual([
			'file/name@1',
		]);
	});
	it('ok: plain .md runbooks and dated post-mortems', () => {
		expect(
			found(
				validateWith({ [PATHS.runbook]: undefined, 'src/content/runbooks/disk-full.md': RUNBOOK }),
			),
		).toEqual([]);
	});
});

describe('syntax/markdown', () => {
	it('not ok: an unclosed JSX tag in MDX, positioned at the tag, as the build reports it', () => {
		const broken = edit(
			RUNBOOK,
			'Writes fail once the disk is full.',
			'Writes fail <Callout> once the disk is full.',
		);
		const report = validateWith({ [PATHS.runbook]: broken });
		const problem = report.problems.find((candidate) => candidate.ruleId === 'syntax/markdown');
		expect(problem).toMatchObject({ line: 17, column: 13 });
		expect(problem!.message).toMatch(
			/^The MDX cannot be parsed: Expected a closing tag for `<Callout>`/,
		);
		// The parser's own error code is for its developers, not for authors.
		expect(problem!.message).not.toMatch(/mdx-jsx:/);
	});
	it('not ok: an HTML comment in MDX', () => {
		const broken = edit(RUNBOOK, 'Writes fail once the disk is full.', '<!-- note -->');
		expect(found(validateWith({ [PATHS.runbook]: broken }))).toContain('syntax/markdown@17');
	});
	it('ok: the same text in a .md file is plain Markdown', () => {
		const text = edit(
			RUNBOOK,
			'Writes fail once the disk is full.',
			'Writes fail when usage is <5% free {often}.',
		);
		expect(
			found(
				validateWith({ [PATHS.runbook]: undefined, 'src/content/runbooks/disk-full.md': text }),
			),
		).toEqual([]);
	});
});

describe('syntax/mdx-expression', () => {
	it('not ok: prose braces that MDX would evaluate as a variable', () => {
		const broken = edit(RUNBOOK, 'Writes fail once the disk is full.', 'Writes to {service} fail.');
		const report = validateWith({ [PATHS.runbook]: broken });
		expect(found(report)).toEqual([`syntax/mdx-expression@${lineOf(broken, '{service}')}`]);
		expect(report.problems[0]!.column).toBe('Writes to '.length + 1);
	});
	it('ok: comments, escaped braces, code, and names the file declares', () => {
		const fine = edit(
			RUNBOOK,
			'Writes fail once the disk is full.',
			"export const limit = '90%';\n\nWrites fail past {limit}. {/* note */} Use \\{service\\} or `{service}`.",
		);
		expect(found(validateWith({ [PATHS.runbook]: fine }))).toEqual([]);
	});
	it('ok: braces in plain Markdown are text', () => {
		const text = edit(RUNBOOK, 'Writes fail once the disk is full.', 'Writes to {service} fail.');
		expect(
			found(
				validateWith({ [PATHS.runbook]: undefined, 'src/content/runbooks/disk-full.md': text }),
			),
		).toEqual([]);
	});
});
