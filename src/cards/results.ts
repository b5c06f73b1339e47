/**
 * From a feed and the filters to the ordered list of measures to show: the per-feed model (facet
 * columns, sort orders, and the search index once the search code has loaded) built once, and the query
 * run on every keystroke. DOM-free.
 */
import type { Feed, Measure } from '../feed/types.js';
import { applyFacets, buildFacetIndex, type FacetIndex, type FacetResult, type FacetSelection } from './facets.js';
import type { ParsedQuery, SearchHits } from './search-index.js';

export const SORTS = ['relevance', 'recent', 'title', 'region'] as const;
/** `relevance`: best match first while searching, otherwise most recent first. */
export type SortKey = (typeof SORTS)[number];

export interface CardsModel {
  readonly measures: readonly Measure[];
  readonly facets: FacetIndex;
  /** Measure id → position in `measures`. */
  readonly byId: ReadonlyMap<string, number>;
}

const models = new WeakMap<Feed, CardsModel>();
const orders = new WeakMap<CardsModel, Map<string, Int32Array>>();
const NO_QUERY: ParsedQuery = { complete: [] };

/** The model of a feed, built on first use and shared by every widget showing that feed. */
export function cardsModel(feed: Feed): CardsModel {
  let model = models.get(feed);
  if (!model) {
    const measures = feed.measures;
    model = {
      measures,
      facets: buildFacetIndex(measures),
      byId: new Map(measures.map((m, i) => [m.id, i])),
    };
    models.set(feed, model);
  }
  return model;
}

/** How the view names things, for sorting by title and region in the widget's language. */
export interface SortContext {
  /** BCP 47 tag of the widget's language (collation and cache key). */
  readonly lang: string;
  readonly title: (m: Measure) => string;
  readonly regionName: (m: Measure) => string;
}

/** Later dates first, missing ones last. */
const later = (a = '', b = '') => (a === b ? 0 : a < b ? 1 : -1);

/** Newest start first; then most recently updated; undated last; ties in feed order. */
const compareRecent = (a: Measure, b: Measure) => later(a.start, b.start) || later(a.updated, b.updated);

/** Measure ids (positions) in the order of `sort`; cached per model, sort and language. */
export function sortOrder(model: CardsModel, sort: Exclude<SortKey, 'relevance'>, ctx: SortContext): Int32Array {
  let cache = orders.get(model);
  if (!cache) orders.set(model, (cache = new Map()));
  const key = sort === 'recent' ? sort : `${sort}|${ctx.lang}`;
  let order = cache.get(key);
  if (!order) {
    const ms = model.measures;
    const ids = ms.map((_, i) => i);
    if (sort === 'recent') ids.sort((a, b) => compareRecent(ms[a]!, ms[b]!) || a - b);
    else {
      const collator = new Intl.Collator(ctx.lang, { sensitivity: 'base', numeric: true });
      const titles = ms.map(ctx.title);
      const regions = sort === 'region' ? ms.map(ctx.regionName) : [];
      ids.sort(
        (a, b) =>
          (sort === 'region' ? collator.compare(regions[a]!, regions[b]!) : 0) ||
          collator.compare(titles[a]!, titles[b]!) ||
          a - b,
      );
    }
    cache.set(key, (order = Int32Array.from(ids)));
  }
  return order;
}

export interface CardsQuery {
  readonly query: string;
  /** The facet values; the region facet already holds the group's region (see `linkedRegionFilter`). */
  readonly selection: FacetSelection;
  readonly sort: SortKey;
}

export interface CardsResults {
  /** Positions of the matching measures, in display order. */
  readonly ids: readonly number[];
  readonly query: ParsedQuery;
  readonly facets: FacetResult;
}

/** What a query needs of the search code (`search.ts`, loaded on demand). */
export interface QuerySearch {
  parseQuery(query: string): ParsedQuery;
  /** The hits of a parsed query; `null` when it has no words. */
  findHits(model: CardsModel, parsed: ParsedQuery): SearchHits | null;
  /** The matches best first. */
  byScore(model: CardsModel, matches: readonly number[], hits: SearchHits, recent: Int32Array): number[];
}

/**
 * Runs search, facets and sort. Without the search code (`search`, not loaded yet) the query matches
 * every measure.
 */
export function runCardsQuery(model: CardsModel, q: CardsQuery, ctx: SortContext, search?: QuerySearch): CardsResults {
  const parsed = search ? search.parseQuery(q.query) : NO_QUERY;
  const hits = search?.findHits(model, parsed);
  const facets = applyFacets(model.facets, model.measures.length, q.selection, hits?.matched ?? null);
  const matched = new Uint8Array(model.measures.length);
  for (const d of facets.matches) matched[d] = 1;
  const recent = sortOrder(model, 'recent', ctx);
  let ids: number[];
  if (q.sort === 'relevance' && hits) ids = search!.byScore(model, facets.matches, hits, recent);
  else {
    const order = q.sort === 'relevance' ? recent : sortOrder(model, q.sort, ctx);
    ids = [];
    for (const d of order) if (matched[d]) ids.push(d);
  }
  return { ids, query: parsed, facets };
}
