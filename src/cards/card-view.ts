/**
 * Templates for the cards, the empty state and "show more" of
 * `<regin-measure-cards>`. They map prepared views (see `card-model.ts`) to Lit templates.
 */
import { html, nothing } from 'lit';
import { str } from '@lit/localize';
import type { LocaleController } from '../i18n/locale-controller.js';
import type { ResolvedText } from '../feed/text.js';
import type { CardView, Shown } from './card-model.js';
import { renderSources } from '../core/sources.js';
import { marked } from './controls-view.js';

const plain = (s: Shown) => s.segments.map((x) => x.text).join('');
export const lang = (l: string | undefined) => l ?? nothing;

/** A labelled list of the card's tags (policy areas, target groups), or nothing when it is empty. */
function tagGroup(title: string, items: readonly ResolvedText[]) {
  return items.length
    ? html`<div>
          <dt>${title}</dt>
          ${items.map((d) => html`<dd lang=${lang(d.lang)}>${d.value}</dd>`)}
        </div>`
    : nothing;
}

export function tags({ msg }: LocaleController, c: CardView) {
  return html`<dl class="tags">
    ${tagGroup(msg('Policy areas', { id: 'cards.card.dimensions' }), c.dimensions)}
    ${tagGroup(msg('Target groups', { id: 'cards.card.target-groups' }), c.targetGroups)}
  </dl>`;
}

export function meta({ msg }: LocaleController, c: CardView) {
  return html`<p class="meta">
    ${c.sample ? html`<span class="sample-mark">${msg('Illustrative example', { id: 'cards.sample' })}</span>` : nothing}
    <span lang=${lang(c.region.lang)}>${c.region.value}</span>
    ${c.period ? html`<span>${c.period}</span>` : nothing}
    ${c.status ? html`<span class="status ${c.status.id}">${c.status.label}</span>` : nothing}
  </p>`;
}

/** A card's "Found in …" (its template comes with the search code). */
export type FoundTemplate = (i18n: LocaleController, found: NonNullable<CardView['found']>) => unknown;

export function renderCards(
  i18n: LocaleController,
  cards: readonly CardView[],
  onOpen: (id: string, e: Event) => void,
  renderFound?: FoundTemplate,
) {
  const { msg } = i18n;
  // eslint-disable-next-line lit-a11y/no-redundant-role -- Safari drops list semantics under list-style: none
  return html`<ul class="grid" role="list">
    ${cards.map(
      (c, i) => html`<li class="card" part="card">
        <article aria-labelledby="card-${i}">
          <h3 id="card-${i}" lang=${lang(c.title.lang)}>${marked(c.title.segments)}</h3>
          ${meta(i18n, c)}
          ${c.summary ? html`<p class="summary" lang=${lang(c.summary.lang)}>${marked(c.summary.segments)}</p>` : nothing}
          ${c.found && renderFound?.(i18n, c.found)}
          ${tags(i18n, c)}
          ${renderSources(i18n, c.sources, 'inline')}
          <button class="open" aria-haspopup="dialog" data-measure=${c.id} @click=${(e: Event) => onOpen(c.id, e)}>
            ${msg('Details', { id: 'cards.card.open' })}<span class="visually-hidden">: ${plain(c.title)}</span>
          </button>
        </article>
      </li>`,
    )}
  </ul>`;
}

export interface EmptyProps {
  readonly query: string;
  /** The region the list is narrowed to (linked or the only ticked one), if any. */
  readonly region?: string;
  readonly filtered: boolean;
  /** The region is the only filter: the feed has no measure there at all. */
  readonly onlyRegion?: boolean;
  readonly onClearRegion?: () => void;
  readonly onClearQuery: () => void;
  readonly onClearAll: () => void;
}

/** A button of the empty state, when it has something to do. */
const action = (onClick: (() => void) | undefined, label: string) =>
  onClick ? html`<button @click=${onClick}>${label}</button>` : nothing;

export function renderEmpty(i18n: LocaleController, p: EmptyProps) {
  const { msg } = i18n;
  const q = p.query.trim();
  const sentence =
    q && p.region
      ? msg(str`No measures match “${q}” in ${p.region}.`, { id: 'cards.empty.query-region' })
      : q
        ? msg(str`No measures match “${q}”.`, { id: 'cards.empty.query' })
        : p.region && p.onlyRegion
          ? msg(str`No measures for ${p.region} in this feed.`, { id: 'cards.empty.region-only' })
          : p.region
            ? msg(str`No measures in ${p.region} match these filters.`, { id: 'cards.empty.region' })
            : msg('No measures match these filters.', { id: 'cards.empty.filters' });
  return html`<div class="empty" part="empty">
    <p>${sentence}</p>
    <p class="actions">
      ${action(p.onClearRegion, msg('Clear the region filter', { id: 'cards.empty.clear-region' }))}
      ${action(q ? p.onClearQuery : undefined, msg('Clear the search', { id: 'cards.empty.clear-query' }))}
      ${action(p.filtered && !p.onlyRegion ? p.onClearAll : undefined, msg('Clear all filters', { id: 'cards.empty.clear-all' }))}
    </p>
  </div>`;
}
