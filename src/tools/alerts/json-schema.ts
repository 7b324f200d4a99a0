/**
 * A small JSON Schema checker for the keywords the handbook's published schemas use, so tests
 * can check generated JSON against them without a dependency. A keyword it does not know is
 * reported as a problem rather than ignored, so a schema cannot silently outgrow it.
 */
import type { JsonSchema } from './schema.ts';

/** Keywords that only describe; they never fail a value. */
const ANNOTATIONS = new Set([
	'$schema',
	'$id',
	'$defs',
	'$comment',
	'title',
	'description',
	'examples',
	'format',
	'default',
]);
const ASSERTIONS = new Set([
	'type',
	'const',
	'enum',
	'pattern',
	'minLength',
	'minItems',
	'required',
	'properties',
	'additionalProperties',
	'items',
	'$ref',
]);

const typeOf = (value: unknown): string =>
	value === null
		? 'null'
		: Array.isArray(value)
			? 'array'
			: Number.isInteger(value)
				? 'integer'
				: typeof value;

const isObject = (value: unknown): value is Record<string, unknown> => typeOf(value) === 'object';

/** `/a/0/b` style pointer segment. */
const at = (path: string, key: string | number) =>
	`${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

/** Problems of `value` against `schema`, as `<JSON pointer>: <what>`; empty when it conforms. */
export function validateJson(
	value: unknown,
	schema: JsonSchema,
	root: JsonSchema = schema,
): string[] {
	const problems: string[] = [];
	check(value, schema, '', root, problems);
	return problems;
}

function resolve(ref: string, root: JsonSchema): JsonSchema | undefined {
	if (!ref.startsWith('#/')) return undefined;
	let node: unknown = root;
	for (const part of ref.slice(2).split('/')) {
		const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
		node = isObject(node) ? node[key] : undefined;
	}
	return isObject(node) ? node : undefined;
}

function equal(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

function check(value: unknown, schema: JsonSchema, path: string, root: JsonSchema, out: string[]) {
	const where = path || '/';
	for (const keyword of Object.keys(schema)) {
		if (!ANNOTATIONS.has(keyword) && !ASSERTIONS.has(keyword))
			out.push(`${where}: the schema uses "${keyword}", which this checker does not support`);
	}
	if (typeof schema['$ref'] === 'string') {
		const target = resolve(schema['$ref'], root);
		if (target) check(value, target, path, root, out);
		else out.push(`${where}: unresolvable $ref ${schema['$ref']}`);
	}
	const type = schema['type'];
	if (typeof type === 'string') {
		const actual = typeOf(value);
		const ok = actual === type || (type === 'number' && actual === 'integer');
		if (!ok) {
			out.push(`${where}: expected ${type}, got ${actual}`);
			return;
		}
	}
	if ('const' in schema && !equal(value, schema['const']))
		out.push(`${where}: expected ${JSON.stringify(schema['const'])}`);
	if (Array.isArray(schema['enum']) && !schema['enum'].some((option) => equal(option, value)))
		out.push(`${where}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema['enum'])}`);
	if (typeof value === 'string') {
		if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(value))
			out.push(`${where}: ${JSON.stringify(value)} does not match ${schema['pattern']}`);
		if (typeof schema['minLength'] === 'number' && [...value].length < schema['minLength'])
			out.push(`${where}: shorter than ${schema['minLength']}`);
	}
	if (Array.isArray(value)) {
		if (typeof schema['minItems'] === 'number' && value.length < schema['minItems'])
			out.push(`${where}: fewer than ${schema['minItems']} items`);
		if (isObject(schema['items']))
			value.forEach((item, index) =>
				check(item, schema['items'] as JsonSchema, at(path, index), root, out),
			);
	}
	if (isObject(value)) {
		const properties = isObject(schema['properties']) ? schema['properties'] : {};
		if (Array.isArray(schema['required']))
			for (const key of schema['required'])
				if (typeof key === 'string' && !(key in value)) out.push(`${where}: missing "${key}"`);
		for (const [key, item] of Object.entries(value)) {
			const sub = properties[key];
			if (isObject(sub)) check(item, sub, at(path, key), root, out);
			else if (schema['additionalProperties'] === false)
				out.push(`${where}: unexpected property "${key}"`);
		}
	}
}

/** A site path field: the published APIs give paths, never absolute URLs, so they survive a move. */
export const sitePathSchema = (description: string, pattern = '^/'): JsonSchema => ({
	type: 'string',
	pattern,
	description: `${description} A path on this site, starting with / and including the site's base path; resolve it against the address the index was fetched from.`,
});

/** A `YYYY-MM-DD` field. */
export const dateSchema = (description: string): JsonSchema => ({
	type: 'string',
	format: 'date',
	pattern: '^\\d{4}-\\d{2}-\\d{2}$',
	description: `${description} ISO 8601 calendar date (YYYY-MM-DD), UTC.`,
});
