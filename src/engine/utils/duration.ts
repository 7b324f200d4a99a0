/** Durations are written as a number and a unit: `15m`, `4h`, `2d`, `2w`. */
export const DURATION_PATTERN = /^(\d+)\s*(m|h|d|w)$/;

const UNIT_MINUTES = { m: 1, h: 60, d: 1440, w: 10_080 } as const;

/** Minutes in a duration such as `4h`; `undefined` when the text is not a duration. */
export function durationMinutes(text: string): number | undefined {
	const match = DURATION_PATTERN.exec(text.trim());
	if (!match) return undefined;
	return Number(match[1]) * UNIT_MINUTES[match[2] as keyof typeof UNIT_MINUTES];
}

/** A short human phrase for a number of minutes: `5 min`, `4 h`, `2 d 3 h`. */
export function formatMinutes(total: number): string {
	if (total < 60) return `${total} min`;
	const days = Math.floor(total / 1440);
	const hours = Math.floor((total % 1440) / 60);
	const minutes = total % 60;
	const parts = [];
	if (days) parts.push(`${days} d`);
	if (hours) parts.push(`${hours} h`);
	if (minutes) parts.push(`${minutes} min`);
	return parts.join(' ');
}
