/**
 * Severity badges for long tables. `SeverityBadge.astro` writes each badge's colours inline,
 * which is right for a page with a few badges and heavy for a catalog of thousands: here each
 * level gets a class (`l0`, `l1`, …) and its colours are written once, as one stylesheet.
 * Same looks as `SeverityBadge`: filled when the colour is readable, outlined when it is a colour
 * this site cannot read, dashed and neutral for ids the scale lacks.
 */
import { parseColor, readableTextOn } from '../../data/color.ts';

export interface BadgeLevel {
	id: string;
	color?: string | undefined;
}

export interface BadgeStyles {
	/** The class for a level id: `l0`… for levels of the scale, `unknown` for others. */
	classFor(levelId: string): string;
	/** Rules for every level: `<badge>.l0{…}`, one a line. */
	css: string;
}

/** CSS colour syntax that cannot break out of a declaration: names, hex and colour functions. */
const SAFE_COLOR = /^(?:#[0-9a-f]{3,8}|[a-z]+|[a-z]+\([0-9a-z.,%\s/+-]*\))$/i;

/**
 * Level classes and their stylesheet. Colours are re-serialised from their parsed value where
 * possible, and otherwise used only if they match plain colour syntax, so a scale file cannot
 * inject CSS. `badge` is the selector of a badge, such as `.catalog .sev`.
 */
export function badgeStyles(levels: readonly BadgeLevel[], badge: string): BadgeStyles {
	const classes = new Map<string, string>();
	const rules: string[] = [];
	levels.forEach((level, index) => {
		const name = `l${index}`;
		if (!classes.has(level.id)) classes.set(level.id, name);
		const color = level.color?.trim();
		if (!color) return;
		const rgb = parseColor(color);
		const text = readableTextOn(color);
		if (rgb && text) {
			const bg = `rgb(${rgb.map((channel) => Math.round(channel)).join(' ')})`;
			rules.push(
				`${badge}.${name}{color:${text};background-color:${bg};border-color:color-mix(in srgb,${text} 20%,${bg})}`,
			);
		} else if (SAFE_COLOR.test(color)) {
			rules.push(`${badge}.${name}{border-color:${color};border-inline-start-width:.35em}`);
		}
	});
	return {
		classFor: (levelId) => classes.get(levelId) ?? 'unknown',
		css: rules.join('\n'),
	};
}
