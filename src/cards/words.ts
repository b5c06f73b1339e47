/**
 * Readable, translated names for everything the cards show by id: regions and policy areas from the
 * feed, target groups, status, funding sources, evaluation criteria and facets from the UI messages.
 * Unknown ids are shown humanised, never as a blank.
 */
import type { Feed, Text } from '../feed/types.js';
import type { ResolvedText } from '../feed/text.js';
import type { LocaleController } from '../i18n/locale-controller.js';
import type { FacetKey } from './facets.js';
import { humanise } from './format.js';
import type { SortKey } from './results.js';

export interface Labeller {
  /** A feed text in the widget's language (`lang` set when it is another language). */
  text(t: Text | undefined): ResolvedText;
  /** The name of a facet value. */
  option(key: FacetKey, id: string): ResolvedText;
  /** A facet's name; `query` names the search text. */
  facet(key: FacetKey | 'query'): string;
  sort(key: SortKey): string;
  /**
   * A facet's values (`values`, the facet's codes) in display order, with their names; worked out once
   * per facet. Policy areas come in the framework's order, target groups and status in their natural
   * order, regions and funding alphabetically in the widget language.
   */
  options(
    key: FacetKey,
    values: readonly string[],
  ): { readonly codes: readonly number[]; readonly labels: readonly ResolvedText[] };
}

/** Labels for a feed in the language of `i18n`. */
export function labeller(feed: Feed, i18n: LocaleController): Labeller {
  const { msg } = i18n;
  const fromFeed = {
    region: new Map(feed.regions.map((r) => [r.id, r.name])),
    dimension: new Map(feed.framework.dimensions.map((d) => [d.id, d.label])),
  };
  /**
   * The names the UI gives the values of the other facets, read when asked (the language may change).
   * Target groups and status are listed in the order readers expect them; others follow alphabetically.
   */
  const uiNames = (key: Exclude<FacetKey, keyof typeof fromFeed>): Record<string, string> =>
    key === 'targetGroup'
      ? {
          tcn: msg('Third-country nationals', { id: 'cards.target.tcn' }),
          bip: msg('Beneficiaries of international protection', { id: 'cards.target.bip' }),
          women: msg('Women', { id: 'cards.target.women' }),
          youth: msg('Young people', { id: 'cards.target.youth' }),
          children: msg('Children', { id: 'cards.target.children' }),
          elderly: msg('Older people', { id: 'cards.target.elderly' }),
        }
      : key === 'status'
        ? {
            planned: msg('Planned', { id: 'cards.status.planned' }),
            ongoing: msg('Ongoing', { id: 'cards.status.ongoing' }),
            completed: msg('Completed', { id: 'cards.status.completed' }),
          }
        : {
            // by their lower-case ids; AMIF, ESF+, ERDF … are known by their acronyms
            regional: msg('Regional budget', { id: 'cards.funding.regional' }),
            national: msg('National budget', { id: 'cards.funding.national' }),
            municipal: msg('Municipal budget', { id: 'cards.funding.municipal' }),
            private: msg('Private funding', { id: 'cards.funding.private' }),
          };
  const options = new Map<FacetKey, ReturnType<Labeller['options']>>();
  const labels: Labeller = {
    text: (t) => i18n.text(t),
    option(key, id) {
      if (key === 'region' || key === 'dimension') {
        const r = i18n.text(fromFeed[key].get(id));
        return r.value ? r : { value: humanise(id) };
      }
      const names = uiNames(key);
      const code = key === 'funding' ? id.toLowerCase() : id;
      return { value: Object.hasOwn(names, code) ? names[code]! : humanise(id) };
    },
    facet: (key) =>
      ({
        region: msg('Region', { id: 'cards.facet.region' }),
        dimension: msg('Policy area', { id: 'cards.facet.dimension' }),
        targetGroup: msg('Target group', { id: 'cards.facet.target-group' }),
        status: msg('Status', { id: 'cards.facet.status' }),
        funding: msg('Funding', { id: 'cards.facet.funding' }),
        query: msg('Search', { id: 'cards.facet.query' }),
      })[key],
    sort: (key) =>
      ({
        relevance: msg('Best match', { id: 'cards.sort.relevance' }),
        recent: msg('Most recent', { id: 'cards.sort.recent' }),
        title: msg('Title', { id: 'cards.sort.title' }),
        region: msg('Region', { id: 'cards.sort.region' }),
      })[key],
    options(key, values) {
      let entry = options.get(key);
      if (!entry) {
        const fixed =
          key === 'dimension'
            ? [...fromFeed.dimension.keys()]
            : key === 'targetGroup' || key === 'status'
              ? Object.keys(uiNames(key))
              : [];
        const rank = (id: string) => {
          const i = fixed.indexOf(id);
          return i < 0 ? fixed.length : i;
        };
        const names = values.map((id) => labels.option(key, id));
        const codes = values.map((_, i) => i);
        codes.sort((a, b) => rank(values[a]!) - rank(values[b]!) || i18n.compare(names[a]!.value, names[b]!.value));
        options.set(key, (entry = { codes, labels: names }));
      }
      return entry;
    },
  };
  return labels;
}
