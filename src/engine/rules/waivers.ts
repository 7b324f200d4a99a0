import type { Waiver } from '../schemas/common.ts';
import { getRule } from './registry.ts';
import type { Finding, ParsedDocument } from './context.ts';

/**
 * Applies a document's waivers to its findings. A live waiver removes the findings it covers;
 * an expired one is an error and removes nothing. A waiver may be written before its rule fires
 * (an item expected to slip), but one naming an action item that does not exist is reported,
 * since a typo there would leave the real item unwaived.
 */
export function applyWaivers(
	document: Pick<ParsedDocument, 'path' | 'kind' | 'data' | 'frontmatter' | 'actionItems'>,
	findings: Finding[],
	today: string,
): Finding[] {
	// Only runbooks and post-mortems define waivers; a page's stray `waivers` key waives nothing.
	if (document.kind !== 'runbook' && document.kind !== 'incident') return findings;
	const waivers = (document.data?.['waivers'] as Waiver[] | undefined) ?? [];
	if (waivers.length === 0) return findings;
	const waived = new Set<Finding>();
	const extra: Finding[] = [];
	waivers.forEach((waiver, index) => {
		const at = (key: string) => document.frontmatter.locate(['waivers', index, key]);
		if (!getRule(waiver.rule)) {
			extra.push({
				file: document.path,
				...at('rule'),
				ruleId: 'waiver/unknown-rule',
				message: `The waiver names the rule "${waiver.rule}", which does not exist.`,
				hint: 'Use a rule id exactly as the validator prints it, such as postmortem/action-item-overdue.',
			});
			return;
		}
		if (waiver.expires < today) {
			extra.push({
				file: document.path,
				...at('expires'),
				ruleId: 'waiver/expired',
				message: `The waiver for ${waiver.rule} expired on ${waiver.expires} (reason given: "${waiver.reason}").`,
				hint: 'Fix what the waiver was covering, or agree a new expiry date and update it.',
			});
			return;
		}
		const item = waiver.item?.toLowerCase();
		for (const finding of findings) {
			if (
				finding.ruleId === waiver.rule &&
				(item === undefined || finding.item?.toLowerCase() === item)
			)
				waived.add(finding);
		}
		if (
			item !== undefined &&
			!document.actionItems.some((action) => action.toLowerCase() === item)
		) {
			extra.push({
				file: document.path,
				...at('item'),
				ruleId: 'waiver/unknown-item',
				message: `The waiver is for the action item "${waiver.item}", but no action item has that text.`,
				hint: 'Copy the exact text of the Action cell into "item", or remove the waiver.',
			});
		}
	});
	return [...findings.filter((finding) => !waived.has(finding)), ...extra];
}
