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
}

/** Target groups in the order readers expect them; others follow alphabetically. */
export const TARGET_GROUP_ORDER: readonly string[] = ['tcn', 'bip', 'women', 'youth', 'children', 'elderly'];
export const STATUS_ORDER: readonly string[] = ['planned', 'ongoing', 'completed'];

/** Labels for a feed in the language of `i18n`. */
export function labeller(feed: Feed, i18n: LocaleController): Labeller {
  const { msg } = i18n;
  const regions = new Map(feed.regions.map((r) => [r.id, r.name]));
  const dimensions = new Map(feed.framework.dimensions.map((d) => [d.id, d.label]));
  const named = (t: Text | undefined, id: string): ResolvedText => {
    const r = i18n.text(t);
    return r.value ? r : { value: humanise(id) };
  };
  const targetGroup = (id: string): string => {
    switch (id) {
      case 'tcn':
        return msg('Third-country nationals', { id: 'cards.target.tcn' });
      case 'bip':
        return msg('Beneficiaries of international protection', { id: 'cards.target.bip' });
      case 'women':
        return msg('Women', { id: 'cards.target.women' });
      case 'youth':
        return msg('Young people', { id: 'cards.target.youth' });
      case 'children':
        return msg('Children', { id: 'cards.target.children' });
      case 'elderly':
        return msg('Older people', { id: 'cards.target.elderly' });
      default:
        return humanise(id);
    }
  };
  const status = (id: string): string => {
    switch (id) {
      case 'planned':
        return msg('Planned', { id: 'cards.status.planned' });
      case 'ongoing':
        return msg('Ongoing', { id: 'cards.status.ongoing' });
      case 'completed':
        return msg('Completed', { id: 'cards.status.completed' });
      default:
        return humanise(id);
    }
  };
  const funding = (id: string): string => {
    switch (id.toLowerCase()) {
      case 'regional':
        return msg('Regional budget', { id: 'cards.funding.regional' });
      case 'national':
        return msg('National budget', { id: 'cards.funding.national' });
      case 'municipal':
        return msg('Municipal budget', { id: 'cards.funding.municipal' });
      case 'private':
        return msg('Private funding', { id: 'cards.funding.private' });
      default:
        return humanise(id); // AMIF, ESF+, ERDF … are known by their acronyms
    }
  };
  return {
    text: (t) => i18n.text(t),
    option(key, id) {
      switch (key) {
        case 'region':
          return named(regions.get(id), id);
        case 'dimension':
          return named(dimensions.get(id), id);
        case 'targetGroup':
          return { value: targetGroup(id) };
        case 'status':
          return { value: status(id) };
        case 'funding':
          return { value: funding(id) };
      }
    },
    facet(key) {
      switch (key) {
        case 'region':
          return msg('Region', { id: 'cards.facet.region' });
        case 'dimension':
          return msg('Policy area', { id: 'cards.facet.dimension' });
        case 'targetGroup':
          return msg('Target group', { id: 'cards.facet.target-group' });
        case 'status':
          return msg('Status', { id: 'cards.facet.status' });
        case 'funding':
          return msg('Funding', { id: 'cards.facet.funding' });
        case 'query':
          return msg('Search', { id: 'cards.facet.query' });
      }
    },
    sort(key) {
      switch (key) {
        case 'relevance':
          return msg('Best match', { id: 'cards.sort.relevance' });
        case 'recent':
          return msg('Most recent', { id: 'cards.sort.recent' });
        case 'title':
          return msg('Title', { id: 'cards.sort.title' });
        case 'region':
          return msg('Region', { id: 'cards.sort.region' });
      }
    },
  };
}

/**
 * The order of a facet's values (codes into `values`): policy areas in the framework's order, target
 * groups and status in their natural order, regions and funding alphabetically in the widget language.
 */
export function optionOrder(
  key: FacetKey,
  values: readonly string[],
  feed: Feed,
  label: (id: string) => string,
  compare: (a: string, b: string) => number,
): number[] {
  const codes = values.map((_, i) => i);
  const fixed =
    key === 'dimension'
      ? feed.framework.dimensions.map((d) => d.id)
      : key === 'targetGroup'
        ? TARGET_GROUP_ORDER
        : key === 'status'
          ? STATUS_ORDER
          : [];
  const rank = (id: string) => {
    const i = fixed.indexOf(id);
    return i < 0 ? fixed.length : i;
  };
  const labels = values.map(label);
  return codes.sort((a, b) => rank(values[a]!) - rank(values[b]!) || compare(labels[a]!, labels[b]!));
}
