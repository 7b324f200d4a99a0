/**
 * The five frontmatter times of a post-mortem draft, from what the browser recorded: the SLA
 * clock's start and marks, and the times steps were ticked. A post-mortem needs all five, in
 * order (started ≤ detected ≤ acknowledged ≤ mitigated ≤ resolved), even for an incident that is
 * still running, so missing ones are estimated and each estimate is explained for the draft.
 */
import type { ClockState } from '../sla-clock/clock.ts';
import { formatUtc } from '../sla-clock/time.ts';

/** Instants in milliseconds since the epoch. */
export interface DraftTimes {
	started: number;
	detected: number;
	acknowledged: number;
	mitigated: number;
	resolved: number;
}

export interface TimesResult {
	times: DraftTimes;
	/** One sentence per estimated time, in frontmatter order, naming the field and its source. */
	estimates: string[];
}

const defined = (value: number | undefined): value is number => value !== undefined;

/**
 * The times, or `undefined` when there is nothing to go on (no clock and no tick).
 * - started_at: the clock's start, else the first tick.
 * - detected_at: started_at; nothing in the browser records when the incident was noticed.
 * - acknowledged_at: the clock's mark; else the first step ticked at or after the start, or the
 *   mitigated or resolved mark if earlier (mitigating implies acknowledging, as on the clock);
 *   never after mitigated_at.
 * - mitigated_at: the mark, else the resolved mark, else the latest known time.
 * - resolved_at: the mark, else the latest known time: the last mark or tick.
 */
export function draftTimes(
	clock: ClockState | undefined,
	tickTimes: readonly number[],
): TimesResult | undefined {
	const ticks = [...tickTimes].sort((a, b) => a - b);
	const started = clock?.start ?? ticks[0];
	if (started === undefined) return undefined;
	const latest = Math.max(
		started,
		...ticks,
		...[clock?.ack, clock?.mitigated, clock?.resolved].filter(defined),
	);
	const why = clock ? 'was not marked on the SLA clock' : 'is unknown: no SLA clock was running';
	const estimates: string[] = [];
	if (!clock)
		estimates.push(
			`started_at is the first ticked step (${formatUtc(started)}): no SLA clock was running in this browser.`,
		);
	estimates.push(
		'detected_at is the same as started_at: nothing in the browser records when the incident was noticed.',
	);

	// Resolving implies mitigating, and mitigating implies acknowledging (as on the clock).
	const cap = clock?.mitigated ?? clock?.resolved;
	const capName = clock?.mitigated !== undefined ? 'mitigated' : 'resolved';
	let acknowledged: number;
	if (clock?.ack !== undefined) {
		acknowledged = clock.ack;
		if (cap !== undefined && clock.ack > cap) {
			acknowledged = cap;
			estimates.push(
				`acknowledged_at is the ${capName} time: the acknowledgement was marked later (${formatUtc(clock.ack)}), and it may not come after mitigated_at.`,
			);
		}
	} else {
		const firstStep = ticks.find((at) => at >= started);
		const [at, source] =
			firstStep !== undefined && (cap === undefined || firstStep <= cap)
				? [
						firstStep,
						`the first ${clock ? 'step ticked after the start' : 'ticked step'} (${formatUtc(firstStep)})`,
					]
				: cap !== undefined
					? [cap, `the ${capName} time`]
					: [latest, `the latest time this browser knows of (${formatUtc(latest)})`];
		acknowledged = at;
		estimates.push(`acknowledged_at is ${source}: the acknowledgement ${why}.`);
	}

	let mitigated = clock?.mitigated;
	if (mitigated === undefined) {
		mitigated = clock?.resolved ?? latest;
		estimates.push(
			`mitigated_at is ${clock?.resolved !== undefined ? 'the resolved time' : `the latest time this browser knows of (${formatUtc(latest)})`}: mitigation ${why}.`,
		);
	}
	const resolved = clock?.resolved ?? latest;
	if (clock?.resolved === undefined)
		estimates.push(
			`resolved_at is the latest time this browser knows of (${formatUtc(latest)}): the resolution ${why}.`,
		);
	return {
		times: { started, detected: started, acknowledged, mitigated, resolved },
		estimates,
	};
}
