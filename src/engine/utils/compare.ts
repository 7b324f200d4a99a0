/**
 * Code-point order of two strings: the same on every machine and in every locale, unlike
 * `localeCompare`, so sorted output (indexes, manifests, catalogs) never depends on where the
 * build ran.
 */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
