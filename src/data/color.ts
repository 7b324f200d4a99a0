/**
 * Colour helpers for severity badges: given a level's CSS colour, pick black or white text so
 * the badge stays readable (WCAG contrast), whatever colour a team puts in its scale file.
 */

type Rgb = [number, number, number];

const NAMED: Record<string, string> = {
	black: '#000000',
	white: '#ffffff',
	red: '#ff0000',
	darkred: '#8b0000',
	crimson: '#dc143c',
	firebrick: '#b22222',
	orangered: '#ff4500',
	tomato: '#ff6347',
	orange: '#ffa500',
	darkorange: '#ff8c00',
	gold: '#ffd700',
	yellow: '#ffff00',
	goldenrod: '#daa520',
	green: '#008000',
	darkgreen: '#006400',
	limegreen: '#32cd32',
	seagreen: '#2e8b57',
	teal: '#008080',
	blue: '#0000ff',
	navy: '#000080',
	royalblue: '#4169e1',
	steelblue: '#4682b4',
	dodgerblue: '#1e90ff',
	purple: '#800080',
	rebeccapurple: '#663399',
	gray: '#808080',
	grey: '#808080',
	slategray: '#708090',
	slategrey: '#708090',
	silver: '#c0c0c0',
};

function fromHex(text: string): Rgb | undefined {
	const hex = text.slice(1);
	if (!/^[0-9a-f]+$/i.test(hex)) return undefined;
	if (hex.length === 3 || hex.length === 4) {
		return [0, 1, 2].map((i) => parseInt(hex.charAt(i).repeat(2), 16)) as Rgb;
	}
	if (hex.length === 6 || hex.length === 8) {
		return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
	}
	return undefined;
}

function channel(part: string, max: number): number {
	return part.endsWith('%') ? (parseFloat(part) / 100) * 255 : (parseFloat(part) / max) * 255;
}

function fromHsl(h: number, s: number, l: number): Rgb {
	const a = s * Math.min(l, 1 - l);
	const f = (n: number) => {
		const k = (n + h / 30) % 12;
		return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
	};
	return [f(0), f(8), f(4)];
}

/** The sRGB value of a CSS colour, for the forms scale files use; `undefined` otherwise. */
export function parseColor(input: string): Rgb | undefined {
	const text = input.trim().toLowerCase();
	const named = NAMED[text];
	if (named) return fromHex(named);
	if (text.startsWith('#')) return fromHex(text);
	const fn = /^(rgba?|hsla?)\(([^)]*)\)$/.exec(text);
	if (!fn) return undefined;
	const parts = fn[2]!.split(/[\s,/]+/).filter(Boolean);
	if (parts.length < 3) return undefined;
	const [p0, p1, p2] = parts as [string, string, string];
	if (fn[1]!.startsWith('rgb')) {
		const rgb = [channel(p0, 255), channel(p1, 255), channel(p2, 255)] as Rgb;
		return rgb.every((v) => Number.isFinite(v)) ? rgb : undefined;
	}
	const h = ((parseFloat(p0) % 360) + 360) % 360;
	const s = parseFloat(p1) / 100;
	const l = parseFloat(p2) / 100;
	if (![h, s, l].every((v) => Number.isFinite(v))) return undefined;
	return fromHsl(h, Math.min(Math.max(s, 0), 1), Math.min(Math.max(l, 0), 1));
}

function luminance([r, g, b]: Rgb): number {
	const lin = (v: number) => {
		const c = v / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * Black or white, whichever contrasts more with `background`; `undefined` when the colour is
 * in a form this helper cannot read (the badge then uses an outlined style instead).
 */
export function readableTextOn(background: string): '#000000' | '#ffffff' | undefined {
	const rgb = parseColor(background);
	if (!rgb) return undefined;
	const l = luminance(rgb);
	const withWhite = 1.05 / (l + 0.05);
	const withBlack = (l + 0.05) / 0.05;
	return withBlack >= withWhite ? '#000000' : '#ffffff';
}
