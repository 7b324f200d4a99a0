import { z } from 'astro/zod';
import { duration } from './common.ts';

/** Paper sizes `npm run pdf` can print on. */
export const PAPER_SIZES = ['A4', 'Letter'] as const;

/** How loudly a rule reports: as an error, as a warning, or not at all. */
export const ruleLevel = z.enum(['error', 'warn', 'off']);

/** Settings in `handbook.config.json` at the repository root. Every key is optional. */
export const handbookConfig = z.strictObject({
	/** JSON Schema reference for editors; ignored by the engine. */
	$schema: z.string().optional(),
	/**
	 * How the time-based rules report: overdue action items, runbooks past review, and drafts
	 * past their post-mortem deadline. Set `warn` for an emergency docs deploy; the
	 * `HANDBOOK_TIME_RULES` environment variable overrides it for one run.
	 * @default "error"
	 */
	timeRules: z.enum(['error', 'warn']).default('error'),
	/** How often a runbook needs review when it sets no `review_every`. @default "90d" */
	reviewEvery: duration.default('90d'),
	/** Per-rule overrides, such as `{ "runbook/review-overdue": "error" }`. @default {} */
	rules: z.record(z.string(), ruleLevel).default({}),
	/**
	 * The paper size `npm run pdf` prints on: `"A4"` or `"Letter"` (US Letter). The
	 * `HANDBOOK_PAPER` environment variable overrides it for one run.
	 * @default "A4"
	 */
	paper: z.enum(PAPER_SIZES).default('A4'),
});

export type HandbookConfig = z.output<typeof handbookConfig>;
