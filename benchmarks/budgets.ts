/**
 * The performance budgets the handbook promises, evaluated against measured results. Pure.
 * A failed budget is a finding to report, never a reason to change the budget. A budget needs
 * particular sizes (100 and 5,000 documents); when a run did not include them it says so.
 */
import { change, count, duration, ratio, size } from './format.ts';
import type { BudgetResult, SizeResult } from './results.ts';

/** The large and small sizes the scaling budgets compare. */
export const LARGE = 5000;
export const SMALL = 100;
/** From this many documents on, the build must be faster than plain Starlight, not just as fast. */
export const FASTER_FROM = 1000;

export const VALIDATOR_SECONDS = 5;
export const VALIDATOR_BYTES = 500e6;
export const PER_PAGE_GROWTH = 1.3;
export const HTML_GROWTH = 0.05;

const needs = (sizes: ReadonlyArray<SizeResult>, wanted: number[]) =>
	`not evaluated: needs a run at ${wanted.map(count).join(' and ')} documents (this run: ${
		sizes.map((result) => count(result.size)).join(', ') || 'none'
	}).`;

export function evaluateBudgets(sizes: ReadonlyArray<SizeResult>): BudgetResult[] {
	const at = (documents: number) => sizes.find((result) => result.size === documents);
	const large = at(LARGE);
	const small = at(SMALL);
	const budgets: BudgetResult[] = [];

	{
		const title = `Validator: ${count(LARGE)} documents in under ${VALIDATOR_SECONDS} s and under ${size(VALIDATOR_BYTES)} peak memory`;
		const validate = large?.validate;
		if (!validate) budgets.push(notEvaluated('validator', title, needs(sizes, [LARGE])));
		else if (validate.status !== 'ok')
			budgets.push(fail('validator', title, `the validator did not finish: ${validate.message}`));
		else {
			const pass =
				validate.wallMs < VALIDATOR_SECONDS * 1000 && validate.peakRssBytes < VALIDATOR_BYTES;
			budgets.push({
				id: 'validator',
				title,
				status: pass ? 'pass' : 'fail',
				detail: `${duration(validate.wallMs)} and ${size(validate.peakRssBytes)} at ${count(LARGE)} documents.`,
			});
		}
	}

	{
		const title = `Build time per page at ${count(LARGE)} documents within ${PER_PAGE_GROWTH}× of the time per page at ${count(SMALL)}`;
		const big = large?.handbook.build;
		const little = small?.handbook.build;
		if (!big || !little)
			budgets.push(notEvaluated('build-linear', title, needs(sizes, [SMALL, LARGE])));
		else if (big.status !== 'ok' || little.status !== 'ok')
			budgets.push(
				fail('build-linear', title, 'a build did not finish, so it has no time per page.'),
			);
		else {
			const growth = big.perPageMs / little.perPageMs;
			budgets.push({
				id: 'build-linear',
				title,
				status: growth <= PER_PAGE_GROWTH ? 'pass' : 'fail',
				detail: `${duration(big.perPageMs)} per page at ${count(LARGE)} (${count(big.pages)} pages) against ${duration(little.perPageMs)} at ${count(SMALL)} (${count(little.pages)} pages): ${ratio(growth)}.`,
			});
		}
	}

	{
		const title = `A runbook page's HTML at ${count(LARGE)} documents within ${HTML_GROWTH * 100}% of its size at ${count(SMALL)}`;
		const big = large?.handbook.output?.referenceRunbook;
		const little = small?.handbook.output?.referenceRunbook;
		if (!large || !small)
			budgets.push(notEvaluated('runbook-html', title, needs(sizes, [SMALL, LARGE])));
		else if (!big || !little)
			budgets.push(fail('runbook-html', title, 'a build did not finish, so there is no page.'));
		else {
			const growth = big.bytes / little.bytes;
			budgets.push({
				id: 'runbook-html',
				title,
				status: Math.abs(growth - 1) <= HTML_GROWTH ? 'pass' : 'fail',
				detail: `/runbooks/${big.slug}/ (the same source at every size) is ${size(big.bytes)} at ${count(LARGE)} and ${size(little.bytes)} at ${count(SMALL)}: ${change(growth)}.`,
			});
		}
	}

	for (const result of sizes) budgets.push(againstStarlight(result));
	if (sizes.length === 0)
		budgets.push(
			notEvaluated('vs-starlight', 'Build no slower than plain Starlight', needs(sizes, [SMALL])),
		);
	return budgets;
}

function againstStarlight(result: SizeResult): BudgetResult {
	const strict = result.size >= FASTER_FROM;
	const id = `vs-starlight-${result.size}`;
	const title = `Build ${strict ? 'faster than' : 'no slower than'} plain Starlight at ${count(result.size)} documents`;
	const ours = result.handbook.build;
	const theirs = result.baseline.build;
	if (ours.status !== 'ok')
		return fail(
			id,
			title,
			`the handbook's build ${ours.status === 'timed-out' ? 'timed out' : 'failed'}.`,
		);
	if (theirs.status === 'timed-out')
		return {
			id,
			title,
			status: 'pass',
			detail: `${duration(ours.wallMs)} against plain Starlight, which ${theirs.message}`,
		};
	if (theirs.status !== 'ok')
		return notEvaluated(
			id,
			title,
			`not evaluated: plain Starlight's build ${theirs.status}: ${theirs.message}`,
		);
	const share = ours.wallMs / theirs.wallMs;
	return {
		id,
		title,
		status: (strict ? share < 1 : share <= 1) ? 'pass' : 'fail',
		detail: `${duration(ours.wallMs)} against ${duration(theirs.wallMs)}: ${ratio(share)}.`,
	};
}

const fail = (id: string, title: string, detail: string): BudgetResult => ({
	id,
	title,
	status: 'fail',
	detail,
});
const notEvaluated = (id: string, title: string, detail: string): BudgetResult => ({
	id,
	title,
	status: 'not-evaluated',
	detail,
});
