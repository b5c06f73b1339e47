/**
 * The types the cards' model and templates share: what a facet group, an option and an active-filter
 * chip look like once prepared, and the handlers the templates call. Types only, so models and views
 * can both use them without importing each other.
 */
import type { ResolvedText } from '../feed/text.js';
import type { FacetKey } from './facets.js';

/** One option of a facet group, with its count. */
export interface FacetOption {
  readonly value: string;
  readonly label: ResolvedText;
  readonly count: string;
  readonly checked: boolean;
}

/** A facet group as shown: its title, options and how many are ticked. */
export interface FacetGroup {
  readonly key: FacetKey;
  readonly title: string;
  readonly options: readonly FacetOption[];
  readonly selected: number;
}

/** An active filter, shown as a chip that removes it. */
export interface Chip {
  readonly key: FacetKey | 'query' | 'linked';
  readonly value: string;
  readonly facet: string;
  readonly label: ResolvedText;
}

/** What the cards' templates call when a person acts (the element's handlers). */
export interface CardsHandlers {
  readonly input: (e: Event) => void;
  readonly searchFocus?: () => void;
  readonly sort: (e: Event) => void;
  readonly toggle: (key: FacetKey, value: string) => void;
  readonly removeChip: (chip: Chip, index: number) => void;
  readonly clearAll: () => void;
  readonly open: (id: string, e: Event) => void;
  readonly more: () => void;
}
