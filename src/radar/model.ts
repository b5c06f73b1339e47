/**
 * Everything the radar draws, computed once per change of feed, regions, target group or baseline:
 * the profiles, one styled series per region (plus the average of the shown regions when asked for),
 * their geometry, the national reference rings and the summaries. DOM-free.
 */
import { referenceDashes, regionStyles, type SeriesStyle } from '../chart/palette.js';
import {
  averageValues,
  buildProfiles,
  countryOrder,
  styleOrder,
  nationalBaselines,
  type NationalBaseline,
  type Profile,
  syntheticShare,
  type SyntheticShare,
} from '../chart/profiles.js';
import { safeScale } from '../chart/scale.js';
import type { Dimension, Feed } from '../feed/types.js';
import { layoutForWidth, radarFrame, ringAt, seriesShape, type RadarFrame, type Ring, type SeriesShape } from './geometry.js';
import { averageOfMeans, summarise, type SeriesSummary } from './summary.js';

export type RadarBaseline = 'national' | 'average' | 'none';

export interface RadarSeries {
  /** The region id, or `average` for the average of the shown regions. */
  readonly key: string;
  readonly profile?: Profile;
  readonly values: readonly (number | undefined)[];
  readonly style: SeriesStyle;
  readonly shape: SeriesShape;
}

export interface NationalRing {
  readonly baseline: NationalBaseline;
  readonly ring: Ring;
  /** Dash pattern telling several countries' rings apart. */
  readonly dash: string;
}

export interface RadarModel {
  readonly dimensions: readonly Dimension[];
  readonly frame: RadarFrame;
  /** Region series in the order asked for, then the average series when shown. */
  readonly series: readonly RadarSeries[];
  readonly national: readonly NationalRing[];
  /** One per region series: compared with the average of the shown regions (several regions) or the national score. */
  readonly summaries: readonly SeriesSummary[];
  /** What the summaries compare with. */
  readonly reference: 'average' | 'national' | 'none';
  /** The national score a single region is compared with. */
  readonly referenceBaseline?: NationalBaseline;
  /** Whether the values shown are synthetic: for none, some or all of the regions. */
  readonly synthetic: SyntheticShare;
  /** Earliest and latest year of the values shown. */
  readonly years?: readonly [number, number];
}

/** Grey, dashed and hollow-marked: the average is a reference, not a region. */
export const AVERAGE_STYLE: SeriesStyle = Object.freeze({ colour: '#6e7781', shape: 'circle', dash: '3 3' });
/** Spacing of the gap marks of several series on one axis, along the outer ring. */
const GAP_SPACING = 10;

export function radarModel(
  feed: Feed,
  regionIds: readonly string[],
  { targetGroup, baseline = 'none', width = 0 }: { targetGroup?: string; baseline?: RadarBaseline; width?: number } = {},
): RadarModel {
  const dimensions = feed.framework.dimensions;
  const n = dimensions.length;
  // Drawn for the chart's width: below 560 px at one unit per pixel, so its text keeps its size.
  const layout = layoutForWidth(width, safeScale(feed.framework.scale));
  const frame = radarFrame(n, layout);
  const profiles = buildProfiles(feed, regionIds, targetGroup);
  // A region's style comes from its place among the feed's scored regions: the same in every widget.
  const styles = regionStyles(
    styleOrder(feed),
    profiles.map((p) => p.region.id),
  );
  const entries: { key: string; profile?: Profile; values: readonly (number | undefined)[]; style: SeriesStyle }[] = profiles.map(
    (p) => ({ key: p.region.id, profile: p, values: p.values, style: styles.get(p.region.id)! }),
  );
  if (baseline === 'average' && profiles.length > 0) {
    entries.push({ key: 'average', values: averageValues(profiles, n), style: AVERAGE_STYLE });
  }
  const k = entries.length;
  const series = entries.map((e, s) => ({ ...e, shape: seriesShape(e.values, n, layout, (s - (k - 1) / 2) * GAP_SPACING) }));

  const baselines = nationalBaselines(
    feed,
    profiles.map((p) => p.region),
  );
  const dashes = referenceDashes(
    countryOrder(feed),
    baselines.map((b) => b.country),
  );
  const national =
    baseline === 'national'
      ? baselines.map((b) => ({ baseline: b, ring: ringAt(b.value, n, layout), dash: dashes.get(b.country)! }))
      : [];

  let reference: RadarModel['reference'] = 'none';
  let referenceBaseline: NationalBaseline | undefined;
  let summaries: SeriesSummary[];
  if (profiles.length > 1) {
    reference = 'average';
    const avg = averageOfMeans(profiles.map((p) => p.values));
    summaries = profiles.map((p) => summarise(p.values, avg));
  } else {
    const own = baselines.find((b) => b.country === profiles[0]?.region.country);
    if (own) reference = 'national';
    referenceBaseline = own;
    summaries = profiles.map((p) => summarise(p.values, own?.value));
  }

  const years = profiles.flatMap((p) => p.years).filter((y): y is number => typeof y === 'number');
  return {
    dimensions,
    frame,
    series,
    national,
    summaries,
    reference,
    referenceBaseline,
    synthetic: syntheticShare(profiles),
    years: years.length ? [Math.min(...years), Math.max(...years)] : undefined,
  };
}
