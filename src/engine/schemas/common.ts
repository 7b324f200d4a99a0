import { z } from 'astro/zod';
import { isRealDate, formatDate } from '../utils/dates.ts';
import { DURATION_PATTERN } from '../utils/duration.ts';

/**
 * An ISO 8601 calendar date (`2026-11-23`). Astro's YAML parser turns unquoted dates into `Date`
 * objects while the engine's parser keeps them as text, so both forms are accepted and the
 * output is always the `YYYY-MM-DD` string.
 */
export const isoDate = z.union([z.string(), z.date()]).transform((value, ctx) => {
	const text = value instanceof Date ? formatDate(value) : value.trim();
	if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || !isRealDate(text)) {
		ctx.addIssue({
			code: 'custom',
			message: `"${text}" is not a real calendar date. Write it as YYYY-MM-DD, for example 2026-11-23.`,
		});
		return z.NEVER;
	}
	return text;
});

/**
 * An ISO 8601 timestamp that names its time zone (`2026-03-14T09:12:00Z` or `…+01:00`).
 * A timestamp without a zone would be read in the machine's local time, which is exactly the
 * ambiguity a timeline cannot afford, so it is rejected. Output is an ISO string in UTC.
 */
export const isoTimestamp = z.union([z.string(), z.date()]).transform((value, ctx) => {
	if (value instanceof Date) return value.toISOString();
	const text = value.trim();
	const match =
		/^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.exec(
			text,
		);
	if (!match || !isRealDate(match[1]!) || Number(match[2]) > 23 || Number(match[3]) > 59) {
		ctx.addIssue({
			code: 'custom',
			message: `"${text}" is not an ISO 8601 timestamp with a time zone. Write it like 2026-03-14T09:12:00Z.`,
		});
		return z.NEVER;
	}
	return new Date(text.replace(' ', 'T')).toISOString();
});

/** A duration such as `15m`, `4h`, `2d` or `90d` (minutes, hours, days, weeks). */
export const duration = z
	.string()
	.regex(DURATION_PATTERN, 'Write a duration as a number and a unit: 15m, 4h, 2d or 2w.');

/** A kebab-case identifier used in URLs and references. */
export const slugLike = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens.');

/**
 * A documented exception to one rule, for one document or one action item.
 * An expired waiver is itself an error, so a waiver cannot silently become permanent.
 */
export const waiver = z.strictObject({
	/** The rule id being waived, such as `postmortem/action-item-overdue`. */
	rule: z.string().min(1),
	/**
	 * For action-item rules: the text of the Action cell this waiver covers (case-insensitive).
	 * Omit it to waive the rule for the whole document.
	 */
	item: z.string().min(1).optional(),
	/** Why the rule does not apply for now, in a sentence a reviewer can judge. */
	reason: z.string().min(10, 'Give a reason of at least a short sentence.'),
	/** The last day the waiver holds (YYYY-MM-DD). After it, the waiver is an error. */
	expires: isoDate,
});

export type Waiver = z.output<typeof waiver>;
