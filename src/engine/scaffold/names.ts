import GithubSlugger from 'github-slugger';

/**
 * The file-name slug for a title: github-slugger's slug, then folded to the lowercase letters,
 * digits and single hyphens the file/name rule accepts ("Café: down!" → "cafe-down").
 * Returns an empty string when the title has no letter or digit at all.
 */
export function slugFromTitle(title: string): string {
	return new GithubSlugger()
		.slug(title)
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
}

/**
 * The first free file name for `base` (without extension): `base`, then `base-2`, `base-3`…
 * `taken` says whether a name (without extension) is already used.
 */
export function freeName(base: string, taken: (name: string) => boolean): string {
	if (!taken(base)) return base;
	for (let suffix = 2; ; suffix++) {
		const candidate = `${base}-${suffix}`;
		if (!taken(candidate)) return candidate;
	}
}
