/**
 * Indicator profiles: which scores of a feed a chart shows. One value per framework dimension (in the
 * framework's canonical order), the latest year with a value, for one target group — or "no data".
 * Shared by the radar and the comparison; DOM-free.
 */
import type { Baseline, Feed, Region, Score } from '../feed/types.js';
import { clampValue, mean, safeScale } from './scale.js';

/** The target group shown when none is asked for: third-country nationals. */
export const DEFAULT_TARGET_GROUP = 'tcn';
/** The most regions a radar or comparison shows. */
export const MAX_REGIONS = 6;

export interface Profile {
  readonly region: Region;
  /** Per dimension, in canonical order: the score clamped to the framework's scale, or `undefined` (no data). */
  readonly values: readonly (number | undefined)[];
  /** Per dimension: the year of the value shown. */
  readonly years: readonly (number | undefined)[];
  /** The target group the values are for (`undefined` when the feed does not say). */
  readonly targetGroup: string | undefined;
  /** `true` when the region has no scores for the requested group, so another group is shown. */
  readonly substituted: boolean;
  /** `true` when any value shown is synthetic (illustrative). */
  readonly synthetic: boolean;
}

/** `make(feed)`, made once per feed (feeds are immutable) and kept while the feed is. */
function perFeed<T>(make: (feed: Feed) => T): (feed: Feed) => T {
  const cache = new WeakMap<Feed, T>();
  return (feed) => {
    let value = cache.get(feed);
    if (!value) cache.set(feed, (value = make(feed)));
    return value;
  };
}

/** The feed's scores with a value, by region. */
const scoresByRegion = perFeed((feed) => {
  const map = new Map<string, Score[]>();
  for (const s of feed.scores) {
    if (typeof s.value !== 'number' || !Number.isFinite(s.value)) continue;
    const list = map.get(s.region);
    if (list) list.push(s);
    else map.set(s.region, [s]);
  }
  return map;
});

/** The feed's regions by id (first of each id). */
const regionsById = perFeed((feed) => {
  const map = new Map<string, Region>();
  for (const r of feed.regions) if (!map.has(r.id)) map.set(r.id, r);
  return map;
});

/** Regions that have at least one score with a value, in feed order. */
export function regionsWithScores(feed: Feed): Region[] {
  const map = scoresByRegion(feed);
  return feed.regions.filter((r) => map.has(r.id));
}

/** Whether a region has at least one score with a value. */
export function hasScores(feed: Feed, regionId: string): boolean {
  return scoresByRegion(feed).has(regionId);
}

/** Splits a `regions` attribute (`"ES51 PT20"` or `"ES51,PT20"`) into ids. */
export function parseRegionList(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/**
 * The ids to show: `requested` ids that exist in the feed (first occurrence, at most `max`); when fewer
 * than `min` remain, filled up from `fallback` ids that exist and have scores.
 */
export function chooseRegions(
  feed: Feed,
  requested: readonly string[],
  fallback: readonly string[],
  { min = 1, max = MAX_REGIONS } = {},
): string[] {
  const known = regionsById(feed);
  const withScores = scoresByRegion(feed);
  const out: string[] = [];
  for (const id of requested) if (known.has(id) && !out.includes(id) && out.length < max) out.push(id);
  for (const id of fallback) {
    if (out.length >= min || out.length >= max) break;
    if (known.has(id) && withScores.has(id) && !out.includes(id)) out.push(id);
  }
  return out;
}

/** Regions with scores, REGIN partner regions first (the default line-up of the charts). */
export const defaultRegionOrder: (feed: Feed) => readonly string[] = perFeed((feed) => {
  const scored = regionsWithScores(feed);
  const partners = scored.filter((r) => r.roles.includes('regin-partner'));
  return Object.freeze([...partners, ...scored.filter((r) => !partners.includes(r))].map((r) => r.id));
});

/**
 * What every widget of a page derives a region's style from: the ids of the feed's regions with scores,
 * in feed order (the same for every widget on one feed, whatever each shows).
 */
export const styleOrder: (feed: Feed) => readonly string[] = perFeed((feed) =>
  Object.freeze(regionsWithScores(feed).map((r) => r.id)),
);

/** The countries of the feed's regions with scores, in feed order: what a reference's dash derives from. */
export const countryOrder: (feed: Feed) => readonly string[] = perFeed((feed) =>
  Object.freeze([...new Set(regionsWithScores(feed).map((r) => r.country))]),
);

/** The profile of each region id (ids unknown to the feed are skipped). */
export function buildProfiles(feed: Feed, regionIds: readonly string[], targetGroup = DEFAULT_TARGET_GROUP): Profile[] {
  const scale = safeScale(feed.framework.scale);
  const dims = feed.framework.dimensions;
  const byRegion = scoresByRegion(feed);
  const out: Profile[] = [];
  for (const id of regionIds) {
    const region = regionsById(feed).get(id);
    if (!region) continue;
    const scores = byRegion.get(id) ?? [];
    const group = pickGroup(scores, targetGroup);
    const values: (number | undefined)[] = [];
    const years: (number | undefined)[] = [];
    let synthetic = false;
    for (const d of dims) {
      let best: Score | undefined;
      for (const s of scores) {
        if (s.dimension !== d.id || (s.targetGroup !== undefined && s.targetGroup !== group)) continue;
        if (!best || (s.year ?? -Infinity) >= (best.year ?? -Infinity)) best = s;
      }
      values.push(clampValue(best?.value, scale));
      years.push(best?.year);
      synthetic ||= best?.synthetic === true;
    }
    out.push({ region, values, years, targetGroup: group, substituted: group !== undefined && group !== targetGroup, synthetic });
  }
  return out;
}

/** The requested group when the region has scores for it (or scores without a group); otherwise its most used group. */
function pickGroup(scores: readonly Score[], requested: string): string | undefined {
  if (scores.length === 0 || scores.some((s) => s.targetGroup === undefined || s.targetGroup === requested)) return requested;
  const counts = new Map<string, number>();
  for (const s of scores) counts.set(s.targetGroup!, (counts.get(s.targetGroup!) ?? 0) + 1);
  let best: string | undefined;
  for (const [g, n] of counts) if (best === undefined || n > counts.get(best)!) best = g;
  return best;
}

/** Per dimension, the mean of the profiles' present values (`undefined` where none has a value). */
export function averageValues(profiles: readonly Profile[], dimensions: number): (number | undefined)[] {
  return Array.from({ length: dimensions }, (_, i) => mean(profiles.map((p) => p.values[i])));
}

/** A national overall score (a baseline without dimension) with a value. */
export type NationalBaseline = Baseline & { readonly value: number };

/** For each distinct country of `regions` (in order), its latest national overall score, if the feed has one. */
export function nationalBaselines(feed: Feed, regions: readonly Region[]): NationalBaseline[] {
  const out: NationalBaseline[] = [];
  for (const country of new Set(regions.map((r) => r.country))) {
    let best: NationalBaseline | undefined;
    for (const b of feed.baselines) {
      if (b.country !== country || b.dimension !== undefined) continue;
      if (typeof b.value !== 'number' || !Number.isFinite(b.value)) continue;
      if (!best || (b.year ?? -Infinity) >= (best.year ?? -Infinity)) best = b as NationalBaseline;
    }
    if (best) out.push(best);
  }
  return out;
}

/**
 * How many of the regions shown have synthetic (illustrative) figures: `none`, `some` (each of those
 * is then marked beside its name) or `all` (one notice says so for the whole chart).
 */
export type SyntheticShare = 'none' | 'some' | 'all';

export function syntheticShare(profiles: readonly Profile[]): SyntheticShare {
  const n = profiles.filter((p) => p.synthetic).length;
  return n === 0 ? 'none' : n === profiles.length ? 'all' : 'some';
}

/** Whether any profile has at least one value. */
export function hasAnyValue(profiles: readonly Profile[]): boolean {
  return profiles.some((p) => p.values.some((v) => v !== undefined));
}

/** Per shown region, its country's national overall score; `undefined` when the feed has none for any of them. */
export function baselineRow(feed: Feed, profiles: readonly Profile[]): (number | undefined)[] | undefined {
  const baselines = nationalBaselines(
    feed,
    profiles.map((p) => p.region),
  );
  if (baselines.length === 0) return undefined;
  return profiles.map((p) => baselines.find((b) => b.country === p.region.country)?.value);
}
