/** Small wording helpers shared by the metrics tables and sentences. */
import { formatMinutes } from '../../engine/utils/duration.ts';

/** `1 incident`, `3 incidents`; `word` is the singular, `plural` defaults to `word + s`. */
export function countText(count: number, word: string, plural: string = `${word}s`): string {
	return `${count} ${count === 1 ? word : plural}`;
}

/** `A`, `A and B`, `A, B and C`. */
export function listText(items: ReadonlyArray<string>): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A mean in minutes as a short phrase, rounded to the minute: `19 min`, `1 h 5 min`. */
export function meanText(minutes: number): string {
	return formatMinutes(Math.round(minutes));
}

/** A share from 0 to 1 as a whole percentage: `75%`. */
export function percentText(share: number): string {
	return `${Math.round(share * 100)}%`;
}
