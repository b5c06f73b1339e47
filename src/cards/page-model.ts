/**
 * Everything `<regin-measure-cards>` shows for one state, derived in one place: the query results,
 * the visible cards, the open detail, the facet groups with their counts and the active-filter chips.
 * The element calls this in `willUpdate` when an input changed. DOM-free.
 */
import type { Feed, Measure } from '../feed/types.js';
import type { LocaleController } from '../i18n/locale-controller.js';
import { cardView, type CardView, type DetailView, type TextSearch, type ViewContext } from './card-model.js';
import { FACETS, type FacetKey } from './facets.js';
import { linkedRegionFilter } from '../core/selection.js';
import { activeValues, type CardFilters } from './filters.js';
import type { Labeller } from './words.js';
import type { Chip, FacetGroup } from './types.js';
import { cardsModel, runCardsQuery, type CardsResults, type QuerySearch } from './results.js';

export interface PageInput {
  readonly feed: Feed;
  readonly labels: Labeller;
  readonly filters: CardFilters;
  /** Region selected in the widget's group, or `null`: the region facet's first value. */
  readonly linked: string | null;
  /** How many cards to show. */
  readonly shown: number;
  readonly openId: string | null;
  /** Builds the open measure's detail view (its code loads with the dialog); without it there is none. */
  readonly detailView?: (m: Measure, regionUrl: string | undefined, ctx: ViewContext) => DetailView;
  /** The widget's language (collation, numbers, dates, amounts). */
  readonly i18n: LocaleController;
  /** The search code once it has loaded (until then a query matches everything and nothing is marked). */
  readonly search?: QuerySearch & TextSearch;
}

export interface PageView {
  readonly results: CardsResults;
  readonly total: number;
  readonly cards: readonly CardView[];
  readonly detail?: DetailView;
  readonly groups: readonly FacetGroup[];
  readonly chips: readonly Chip[];
  /** The regions the list is narrowed to: the group's region first, then the ticked ones. */
  readonly regions: readonly string[];
  /** The region filter is the only filter, with one region (the linked or the one ticked). */
  readonly onlyRegion: boolean;
}

export function pageView(p: PageInput): PageView {
  const { feed, labels, filters } = p;
  const model = cardsModel(feed);
  // The group's region is the region facet's first value: ticking others adds to it, and the facet's
  // counts (computed without its own filter) keep saying what each region would add.
  const regions = linkedRegionFilter(p.linked, filters.selection.region);
  const selection = { ...filters.selection, region: regions };
  const results = runCardsQuery(
    model,
    { ...filters, selection },
    {
      lang: p.i18n.tag,
      title: (m) => labels.text(m.title).value,
      regionName: (m) => labels.option('region', m.region).value,
    },
    p.search,
  );
  const ctx: ViewContext = { labels, query: results.query, i18n: p.i18n, search: p.search };
  const cards = results.ids.slice(0, p.shown).map((d) => cardView(model.measures[d]!, ctx));
  const open = p.openId === null ? undefined : model.measures[model.byId.get(p.openId) ?? -1];
  const detail = open && p.detailView?.(open, feed.regions.find((r) => r.id === open.region)?.url, ctx);
  const groups = FACETS.map((key): FacetGroup => {
    const values = model.facets[key].values;
    const chosen = selection[key];
    const { codes, labels: names } = labels.options(key, values);
    const options = codes.map((code) => ({
      value: values[code]!,
      label: names[code]!,
      count: p.i18n.number(results.facets.counts[key][code]!),
      checked: chosen.includes(values[code]!),
    }));
    // A chosen value the feed has no measure for (a linked region without measures) stays visible,
    // ticked with a count of 0, so that it can be unticked like any other.
    const absent = chosen.filter((v) => !values.includes(v));
    return {
      key,
      title: labels.facet(key),
      selected: chosen.length,
      options: [
        ...absent.map((v) => ({ value: v, label: labels.option(key, v), count: p.i18n.number(0), checked: true })),
        ...options,
      ],
    };
  }).filter((g) => g.options.length > 0);
  const q = filters.query.trim();
  const chip = (key: Chip['key'], value: string, label = labels.option(key as FacetKey, value)): Chip => ({
    key,
    value,
    facet: labels.facet(key === 'linked' ? 'region' : key),
    label,
  });
  const chips = [
    ...(p.linked ? [chip('linked', p.linked, labels.option('region', p.linked))] : []),
    ...(q ? [chip('query', q, { value: `“${q}”` })] : []),
    ...activeValues(filters)
      .filter(({ key, value }) => !(key === 'region' && value === p.linked))
      .map(({ key, value }) => chip(key, value)),
  ];
  const onlyRegion = !q && regions.length === 1 && FACETS.every((k) => k === 'region' || selection[k].length === 0);
  return { results, total: model.measures.length, cards, detail, groups, chips, regions, onlyRegion };
}
