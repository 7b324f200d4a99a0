/**
 * What the incident metrics are computed from: post-mortems reduced to their severity, response
 * timestamps and action items, and the incident scale's levels. The page loads these from the
 * content collections; the tests build them by hand.
 */
import type { ActionItemStatus } from '../../engine/extract/action-items.ts';
import type { DurationRow, DurationTargets, IncidentTimes } from './durations.ts';

/** A level of the incident scale, in scale order (most severe first). */
export interface MetricLevel {
	/** The id post-mortems use, such as `SEV2`. */
	id: string;
	/** Its short name, such as `Major`. */
	name: string;
	/** The level's CSS colour from the scale file, if it sets one. */
	color?: string | undefined;
	/** The level's response targets (`15m`, `4h`…), if it sets any. */
	targets?: DurationTargets | undefined;
}

/** The two fields of an action item the metrics read. */
export interface MetricActionItem {
	/** Open, In progress, Done or Won't do; `undefined` when the cell is not a known status. */
	status: ActionItemStatus | undefined;
	/** The Closed cell (`YYYY-MM-DD`), or empty. */
	closed: string;
}

/** One post-mortem, as the metrics see it. */
export interface MetricIncident {
	/** The post-mortem's id (its file name without extension). */
	id: string;
	/** Its severity: a level id of the incident scale. */
	severity: string;
	/** The five response timestamps from its frontmatter. */
	times: IncidentTimes;
	/** Its action items, in table order. */
	actionItems: ReadonlyArray<MetricActionItem>;
}

/** A post-mortem with the UTC month it started in and its response durations. */
export interface PlacedIncident {
	incident: MetricIncident;
	/** The UTC month (`YYYY-MM`) user impact began in. */
	month: string;
	/** Time to detect, acknowledge, mitigate and resolve against its level's targets. */
	durations: DurationRow[];
}
