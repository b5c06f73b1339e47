/**
 * The comparison as rows: one per framework dimension, a value per shown region, the lowest and highest
 * value and the gap between them; sorting by dimension order, by a region's value or by gap; and the
 * national reference row. DOM-free.
 */
import type { Profile } from '../chart/profiles.js';
import type { Dimension } from '../feed/types.js';

export interface ComparisonRow {
  /** Dimension index in canonical order. */
  readonly index: number;
  readonly dimension: Dimension;
  /** Per shown region, in column order; `undefined` is "no data". */
  readonly values: readonly (number | undefined)[];
  readonly min?: number;
  readonly max?: number;
  /** Highest minus lowest value, when at least two regions have a value. */
  readonly gap?: number;
  /** Columns holding the highest / lowest value (empty unless the values differ). */
  readonly highest: readonly number[];
  readonly lowest: readonly number[];
}

/** `dimension` (canonical order), `gap` (largest first) or a region id (its highest values first). */
export type ComparisonSort = string;

/** The rows for `profiles` (one column each) over `dimensions`. */
export function comparisonRows(profiles: readonly Profile[], dimensions: readonly Dimension[]): ComparisonRow[] {
  return dimensions.map((dimension, index) => {
    const values = profiles.map((p) => p.values[index]);
    const present = values.filter((v): v is number => v !== undefined);
    const min = present.length ? Math.min(...present) : undefined;
    const max = present.length ? Math.max(...present) : undefined;
    const differs = min !== undefined && max !== undefined && max > min;
    const cols = (target: number | undefined) => (differs ? values.flatMap((v, i) => (v === target ? [i] : [])) : []);
    return {
      index,
      dimension,
      values,
      min,
      max,
      gap: present.length > 1 ? max! - min! : undefined,
      highest: cols(max),
      lowest: cols(min),
    };
  });
}

/**
 * The rows in `sort` order (a new array; stable). Rows without the sorted value go last, in canonical
 * order; an unknown region id sorts like `dimension`.
 */
export function sortRows(rows: readonly ComparisonRow[], sort: ComparisonSort, regionIds: readonly string[]): ComparisonRow[] {
  const column = regionIds.indexOf(sort);
  const key = sort === 'gap' ? (r: ComparisonRow) => r.gap : column >= 0 ? (r: ComparisonRow) => r.values[column] : undefined;
  if (!key) return [...rows].sort((a, b) => a.index - b.index);
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === undefined || kb === undefined) return ka === kb ? a.index - b.index : ka === undefined ? 1 : -1;
    return kb - ka || a.index - b.index;
  });
}
