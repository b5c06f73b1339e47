/**
 * What a person has chosen in the cards: the search text, the ticked facet values and the sort.
 * Immutable values with small helpers, shared by the element, the URL hash and the attributes. DOM-free.
 */
import { FACETS, NO_SELECTION, type FacetKey, type FacetSelection } from './facets.js';
import type { SortKey } from './results.js';

export interface CardFilters {
  readonly query: string;
  readonly selection: FacetSelection;
  readonly sort: SortKey;
}

export const NO_FILTERS: CardFilters = Object.freeze({ query: '', selection: NO_SELECTION, sort: 'relevance' });

/** Splits an attribute value such as `"ES51, ITF4"` into ids. */
export function splitIds(value: string | null | undefined): string[] {
  return [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== ''),
    ),
  ];
}

/** The filters preset by the element's attributes (`region`, `dimension`, `target-group`, `query`). */
export function presetFilters(attrs: {
  region?: string | null;
  dimension?: string | null;
  targetGroup?: string | null;
  query?: string | null;
}): CardFilters {
  return {
    query: attrs.query ?? '',
    selection: {
      ...NO_SELECTION,
      region: splitIds(attrs.region),
      dimension: splitIds(attrs.dimension),
      targetGroup: splitIds(attrs.targetGroup),
    },
    sort: 'relevance',
  };
}

/** Ticks or unticks one facet value. */
export function toggleValue(f: CardFilters, key: FacetKey, value: string): CardFilters {
  const current = f.selection[key];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...f, selection: { ...f.selection, [key]: next } };
}

/** Removes one facet value (a chip's ×). */
export function removeValue(f: CardFilters, key: FacetKey, value: string): CardFilters {
  return { ...f, selection: { ...f.selection, [key]: f.selection[key].filter((v) => v !== value) } };
}

/** Clears the search and every facet, keeping the sort. */
export function clearAll(f: CardFilters): CardFilters {
  return { ...NO_FILTERS, sort: f.sort };
}

/** Whether any search text or facet value narrows the list. */
export function isFiltered(f: CardFilters): boolean {
  return f.query.trim() !== '' || FACETS.some((k) => f.selection[k].length > 0);
}

/** The active facet values in facet order, one entry per chip. */
export function activeValues(f: CardFilters): Array<{ key: FacetKey; value: string }> {
  return FACETS.flatMap((key) => f.selection[key].map((value) => ({ key, value })));
}

export function sameFilters(a: CardFilters, b: CardFilters): boolean {
  return (
    a.query === b.query &&
    a.sort === b.sort &&
    FACETS.every(
      (k) => a.selection[k].length === b.selection[k].length && a.selection[k].every((v, i) => b.selection[k][i] === v),
    )
  );
}
