import { positionAt } from '../parse/text.ts';
import type { RuleContext } from './context.ts';

/**
 * Shapes of live credentials. Each names what it found so the responder knows which key to
 * rotate. Documentation examples stay allowed through the `EXAMPLE` convention used by AWS and
 * others (see `isExample`).
 */
const CREDENTIALS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
	{ name: 'an AWS access key id', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
	{
		name: 'an AWS secret access key',
		pattern: /aws_secret_access_key\s*[=:]\s*["']?[A-Za-z0-9/+]{40}\b/gi,
	},
	{ name: 'a live Stripe key', pattern: /\b(?:sk|rk)_live_[0-9A-Za-z]{16,}\b/g },
	{ name: 'a Stripe webhook secret', pattern: /\bwhsec_[0-9A-Za-z]{24,}\b/g },
	{
		name: 'a GitHub token',
		pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b/g,
	},
	{ name: 'a Slack token', pattern: /\bxox[abposr]-[0-9A-Za-z-]{10,}\b/g },
	{ name: 'a Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
	{ name: 'an npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
	{ name: 'a private key', pattern: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY(?: BLOCK)?-----/g },
	{
		name: 'a JSON Web Token',
		pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g,
	},
];

/** Reports credential-shaped strings anywhere in a file, code blocks included. */
export function checkCredentials(
	file: string,
	text: string,
	{ report }: Pick<RuleContext, 'report'>,
): void {
	for (const { name, pattern } of CREDENTIALS) {
		for (const match of text.matchAll(pattern)) {
			if (isExample(match[0])) continue;
			report({
				file,
				...positionAt(text, match.index),
				ruleId: 'security/credential',
				message: `This looks like ${name} (${redact(match[0])}). Secrets in the handbook are readable by everyone who can read the site.`,
				hint: 'Remove it and rotate the credential now. In examples, use an obvious fake containing EXAMPLE, or a variable such as $STRIPE_SECRET_KEY.',
			});
		}
	}
}

function isExample(value: string): boolean {
	return /EXAMPLE|example|x{8,}|X{8,}/.test(value);
}

/** Enough of the value to find it, not enough to use it. */
function redact(value: string): string {
	return value.length <= 12 ? value : `${value.slice(0, 8)}…`;
}
