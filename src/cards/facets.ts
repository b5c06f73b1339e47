/**
 * Facets of the measures (region, policy area, target group, status, funding source): which values
 * each measure has, filtering, and counts by the standard disjunctive rule — a facet's counts are
 * computed with every other filter applied but not its own, so they say what ticking a box would add.
 * DOM-free.
 */
import type { Measure } from '../feed/types.js';

export const FACETS = ['region', 'dimension', 'targetGroup', 'status', 'funding'] as const;
export type FacetKey = (typeof FACETS)[number];

/** Selected values per facet (empty: no filter on that facet). Values within a facet are ORed. */
export type FacetSelection = Readonly<Record<FacetKey, readonly string[]>>;

export const NO_SELECTION: FacetSelection = Object.freeze(Object.fromEntries(FACETS.map((k) => [k, []])) as Record<FacetKey, []>);

/** One facet's values as compact codes: measure `d` has codes `codes[offsets[d] … offsets[d + 1])`. */
export interface FacetColumn {
  /** Distinct value ids, in order of first appearance. */
  readonly values: readonly string[];
  readonly offsets: Int32Array;
  readonly codes: Int32Array;
}

export type FacetIndex = Readonly<Record<FacetKey, FacetColumn>>;

/** The values a measure has in each facet. */
const valuesOf: Record<FacetKey, (m: Measure) => readonly string[]> = {
  region: (m) => [m.region],
  dimension: (m) => m.dimensions,
  targetGroup: (m) => m.targetGroups,
  status: (m) => (m.status ? [m.status] : []),
  funding: (m) => m.funding,
};

function column(measures: readonly Measure[], key: FacetKey): FacetColumn {
  const ids = new Map<string, number>();
  const offsets = new Int32Array(measures.length + 1);
  const codes: number[] = [];
  measures.forEach((m, d) => {
    offsets[d] = codes.length;
    const seen = new Set<number>();
    for (const v of valuesOf[key](m)) {
      let code = ids.get(v);
      if (code === undefined) ids.set(v, (code = ids.size));
      if (!seen.has(code)) codes.push(code);
      seen.add(code);
    }
  });
  offsets[measures.length] = codes.length;
  return { values: [...ids.keys()], offsets, codes: Int32Array.from(codes) };
}

/** Builds the facet columns once per feed. */
export function buildFacetIndex(measures: readonly Measure[]): FacetIndex {
  return Object.freeze(Object.fromEntries(FACETS.map((k) => [k, column(measures, k)])) as Record<FacetKey, FacetColumn>);
}

export interface FacetResult {
  /** Ids (feed order) of the measures passing the base filter and every facet filter. */
  readonly matches: readonly number[];
  /** Per facet, per value code: measures there would be with that value (disjunctive rule). */
  readonly counts: Readonly<Record<FacetKey, Int32Array>>;
}

/**
 * Applies the facet selection to the measures that pass `base` (`null`: all) and counts each facet's
 * values with every other facet's filter applied but not its own.
 */
export function applyFacets(index: FacetIndex, size: number, selection: FacetSelection, base: Uint8Array | null): FacetResult {
  const counts = {} as Record<FacetKey, Int32Array>;
  /** The facets with a selection, each with its wanted value codes. */
  const active: Array<[FacetKey, FacetColumn, Uint8Array]> = [];
  for (const key of FACETS) {
    const col = index[key];
    counts[key] = new Int32Array(col.values.length);
    if (selection[key].length === 0) continue;
    const wanted = new Uint8Array(col.values.length);
    for (const v of selection[key]) {
      const code = col.values.indexOf(v);
      if (code >= 0) wanted[code] = 1;
    }
    active.push([key, col, wanted]);
  }
  const count = (key: FacetKey, d: number) => {
    const { offsets, codes } = index[key];
    for (let i = offsets[d]!; i < offsets[d + 1]!; i++) counts[key][codes[i]!]!++;
  };
  const matches: number[] = [];
  for (let d = 0; d < size; d++) {
    if (base && !base[d]) continue;
    let failed: FacetKey | null = null;
    let failures = 0;
    for (const [key, { offsets, codes }, wanted] of active) {
      let ok = false;
      for (let i = offsets[d]!; i < offsets[d + 1]! && !ok; i++) ok = wanted[codes[i]!] === 1;
      if (!ok) {
        failed = key;
        if (++failures > 1) break;
      }
    }
    if (failures === 0) {
      matches.push(d);
      for (const key of FACETS) count(key, d);
    } else if (failures === 1) count(failed!, d);
  }
  return { matches, counts };
}

/** Count of `value` in a facet's counts, 0 for values the feed does not have. */
export function countOf(index: FacetIndex, result: FacetResult, key: FacetKey, value: string): number {
  const code = index[key].values.indexOf(value);
  return code < 0 ? 0 : result.counts[key][code]!;
}
