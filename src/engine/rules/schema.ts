import type { z } from 'astro/zod';
import type { Frontmatter } from '../parse/frontmatter.ts';
import type { Finding } from './context.ts';
import type { RuleId } from './registry.ts';

interface SchemaCheck {
	file: string;
	frontmatter: Frontmatter;
	schema: z.ZodType;
	/** What the data is, for messages: "runbook frontmatter", "severity scale". */
	what: string;
	/** Rule for wrong values. Unknown keys always use `frontmatter/unknown-key`. */
	ruleId: RuleId;
	report(finding: Finding): void;
}

/**
 * Validates parsed YAML against a schema and reports each issue at the key or value it is
 * about. Returns the parsed output, or `undefined` when anything failed.
 */
export function checkSchema({
	file,
	frontmatter,
	schema,
	what,
	ruleId,
	report,
}: SchemaCheck): unknown {
	const result = schema.safeParse(frontmatter.data ?? {});
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		const path = issue.path.filter((segment) => typeof segment !== 'symbol');
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys) {
				report({
					file,
					...frontmatter.locate([...path, key], 'key'),
					ruleId: 'frontmatter/unknown-key',
					message: `The ${what} has a key "${[...path, key].join('.')}" that the schema does not define.`,
					hint: `Remove it or fix its spelling. Allowed keys here: ${allowedKeys(schema, path).join(', ')}.`,
				});
			}
			continue;
		}
		const field = path.join('.');
		const missing = valueAt(frontmatter.data, path) === undefined;
		report({
			file,
			...frontmatter.locate(path, missing ? 'key' : 'value'),
			ruleId,
			message: missing
				? `The ${what} is missing the required field "${field}".`
				: `The ${what} field "${field || '(root)'}" is invalid: ${lowerFirst(issue.message)}`,
			hint: missing
				? `Add "${field}:" with a value; the authoring guide describes every field.`
				: 'Correct the value; the authoring guide lists what each field accepts.',
		});
	}
	return undefined;
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
	let value = data;
	for (const segment of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[segment];
	}
	return value;
}

function lowerFirst(text: string): string {
	const sentence = text.charAt(0).toLowerCase() + text.slice(1);
	return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** Keys of the object schema at `path`, for the unknown-key hint. */
function allowedKeys(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] {
	let node: unknown = schema;
	for (const segment of path) {
		node = unwrap(node);
		const def = (node as { def?: { shape?: Record<string, unknown>; element?: unknown } }).def;
		if (typeof segment === 'number') node = def?.element;
		else node = def?.shape?.[String(segment)];
	}
	const shape = (unwrap(node) as { def?: { shape?: Record<string, unknown> } }).def?.shape;
	return shape ? Object.keys(shape) : [];
}

function unwrap(node: unknown): unknown {
	let current = node as { def?: { innerType?: unknown; in?: unknown; type?: string } } | undefined;
	while (current?.def && (current.def.innerType || current.def.in)) {
		current = (current.def.innerType ?? current.def.in) as typeof current;
	}
	return current;
}
