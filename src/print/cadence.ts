/** When a maintenance checklist is next due, from when it was last completed and its cadence. */

const MONTHS: Readonly<Record<string, number>> = { monthly: 1, quarterly: 3, yearly: 12 };
const DAYS: Readonly<Record<string, number>> = { daily: 1, weekly: 7 };

/**
 * The date (`YYYY-MM-DD`) a checklist is next due: `lastCompleted` plus one period of `cadence`,
 * in UTC. A month later than 31 January is the last day of February, not 3 March. `undefined`
 * for on-demand checklists and unknown cadences, which have no next date.
 */
export function nextRunDue(lastCompleted: string, cadence: string): string | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(lastCompleted);
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
	const days = DAYS[cadence];
	if (days !== undefined)
		return new Date(Date.UTC(year, month, day + days)).toISOString().slice(0, 10);
	const months = MONTHS[cadence];
	if (months === undefined) return undefined;
	const lastDay = new Date(Date.UTC(year, month + months + 1, 0)).getUTCDate();
	return new Date(Date.UTC(year, month + months, Math.min(day, lastDay)))
		.toISOString()
		.slice(0, 10);
}
