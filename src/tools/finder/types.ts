/**
 * The quick finder's data, as `/api/finder.json` serves it. Compact on purpose: short keys,
 * nothing the client can derive (the runbook URL is built from the slug, so it is not stored),
 * empty lists left out, and service names stored once and referenced by index because most of
 * them repeat across runbooks.
 */
export interface FinderData {
	/** Format version; a client ignores data of any other version. */
	v: 1;
	/** Every service name, once. Rows refer to them by index. */
	sv: string[];
	/** One row per runbook. */
	r: FinderRow[];
}

export interface FinderRow {
	/** Slug: the runbook lives at `/runbooks/<slug>/`. */
	s: string;
	/** Title. */
	t: string;
	/** Severity level id to assume when the alert fires. */
	l: string;
	/** Alert names, when the runbook has any. */
	a?: string[];
	/** Services, as indexes into `sv`. */
	v?: number[];
	/** The Symptom column of the Common Causes table, one entry per row. */
	y?: string[];
}

export const FINDER_DATA_VERSION = 1;

/** An inclusive character range `[start, end]` of a matched part of a text (fuse.js style). */
export type MatchRange = readonly [number, number];

/** Why a result matched, shown under its title. */
export interface FinderDetail {
	kind: 'alert' | 'symptom' | 'service';
	text: string;
	/** The parts of `text` that match the query; empty for context lines. */
	ranges: MatchRange[];
}

/** One result of a finder search, in rank order. */
export interface FinderHit {
	slug: string;
	title: string;
	severity: string;
	/** Exact alert name, alert name prefix, or fuzzy (fuse.js). */
	tier: 'exact' | 'prefix' | 'fuzzy';
	/** Matched parts of the title. */
	titleRanges: MatchRange[];
	/** What matched (the alerts, a symptom, a service), or context when only the title did. */
	details: FinderDetail[];
}
