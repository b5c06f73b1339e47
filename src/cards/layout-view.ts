/**
 * The body of `<regin-measure-cards>`: search bar, facets, count, chips (the group's region among
 * them), cards or the empty state, and "show more". Maps a {@link PageView} and the element's handlers to a template.
 */
import { html, nothing } from 'lit';
import { str } from '@lit/localize';
import type { LocaleController } from '../i18n/locale-controller.js';
import { renderCards, renderEmpty, type EmptyProps, type FoundTemplate } from './card-view.js';
import type { CardFilters } from './filters.js';
import type { Labeller } from './words.js';
import type { PageView } from './page-model.js';
import { renderChips, renderFacets, renderSearch } from './controls-view.js';
import type { CardsHandlers } from './types.js';

export interface LayoutProps {
  readonly page: PageView;
  readonly labels: Labeller;
  readonly filters: CardFilters;
  /** Polite announcement of the count, updated once typing settles. */
  readonly announcement: string;
  readonly pageSize: number;
  /** The widget is narrow: facets fold into one disclosure. */
  readonly narrow: boolean;
  readonly empty: Omit<EmptyProps, 'query' | 'region'>;
  readonly on: CardsHandlers;
  /** A card's "Found in …", once the search code has loaded. */
  readonly renderFound?: FoundTemplate;
}

/** "9 measures" or "3 of 9 measures match". */
export function countText(i18n: LocaleController, n: number, total: number): string {
  const { msg } = i18n;
  if (n !== total) {
    return msg(str`${i18n.number(n)} of ${i18n.number(total)} measures match`, { id: 'cards.count.some' });
  }
  return i18n.plural(n, {
    one: msg(str`${i18n.number(n)} measure`, { id: 'cards.count.all.one' }),
    other: msg(str`${i18n.number(n)} measures`, { id: 'cards.count.all.other' }),
  });
}

export function renderLayout(i18n: LocaleController, p: LayoutProps) {
  const { msg } = i18n;
  const { page, filters, on } = p;
  const region = page.regions.length === 1 ? p.labels.option('region', page.regions[0]!).value : undefined;
  const matching = page.results.ids.length;
  const remaining = matching - page.cards.length;
  return html`
    ${renderSearch(i18n, filters, p.labels, on)}
    <div class="layout">
      ${renderFacets(i18n, page.groups, on.toggle, p.narrow)}
      <section class="results" aria-labelledby="count">
        <p id="count" class="count-line" part="count">${countText(i18n, matching, page.total)}</p>
        <div class="visually-hidden" role="status">${p.announcement}</div>
        ${renderChips(i18n, page.chips, on)}
        ${
          page.cards.length
            ? renderCards(i18n, page.cards, on.open, p.renderFound)
            : renderEmpty(i18n, { ...p.empty, query: filters.query, region, onlyRegion: page.onlyRegion })
        }
        ${
          remaining > 0
            ? html`<p class="more">
              <button part="more" @click=${on.more}>
                ${msg(str`Show ${i18n.number(Math.min(remaining, p.pageSize))} more`, { id: 'cards.more' })}
              </button>
              <span>${msg(str`Showing ${i18n.number(page.cards.length)} of ${i18n.number(matching)}`, { id: 'cards.more.status' })}</span>
            </p>`
            : nothing
        }
      </section>
    </div>
  `;
}
