/**
 * The measures' full-text search: the index, the query parser and the marking of matches, and what only
 * a search shows: the relevance order and a card's "Found in …". The cards load this module on demand
 * (an on-demand part of the element), when a search is first typed or preset, and pass it on to
 * the query (`results.ts`) and the cards (`card-model.ts`, `card-view.ts`).
 */
import { css, html } from 'lit';
import { str } from '@lit/localize';
import type { Measure } from '../feed/types.js';
import type { LocaleController } from '../i18n/locale-controller.js';
import type { CardView, ViewContext } from './card-model.js';
import { lang } from './card-view.js';
import { excerpt, type Segment } from './highlight.js';
import { marked } from './controls-view.js';
import type { CardsModel } from './results.js';
import { buildSearchIndex, searchIndex, type ParsedQuery, type SearchHits, type SearchIndex } from './search-index.js';

export { parseQuery } from './search-index.js';
export { highlight } from './highlight.js';

/** The marks of matches and a card's "Found in …", adopted by the element once this module has loaded. */
export const searchStyles = css`
  :host {
    --_mark-bg: var(--regin-cards-mark-background, #ffe58a);
    --_mark-fg: var(--regin-cards-mark-text, #1b1f24);
  }
  mark {
    background: var(--_mark-bg);
    color: var(--_mark-fg);
    border-radius: 2px;
  }
  .found {
    margin: 0;
    font-size: .875rem;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
`;

const indexes = new WeakMap<CardsModel, SearchIndex>();
const ranks = new WeakMap<CardsModel, Int32Array>();

/** The hits of a parsed query in the model's measures (its index is built on first use); `null` when it has no words. */
export function findHits(model: CardsModel, parsed: ParsedQuery): SearchHits | null {
  if (!parsed.complete.length && !parsed.prefix) return null;
  let index = indexes.get(model);
  if (!index) indexes.set(model, (index = buildSearchIndex(model.measures)));
  return searchIndex(index, parsed);
}

/** The matches best first; ties in the "recent" order (`recent`: the measures in that order). */
export function byScore(model: CardsModel, matches: readonly number[], hits: SearchHits, recent: Int32Array): number[] {
  let rank = ranks.get(model);
  if (!rank) {
    rank = new Int32Array(recent.length);
    recent.forEach((d, i) => (rank![d] = i));
    ranks.set(model, rank);
  }
  return [...matches].sort((a, b) => hits.score[b]! - hits.score[a]! || rank[a]! - rank[b]!);
}

/**
 * The first text of the measure, in any language, where the query matches, as an excerpt: when the
 * card's own title and summary (`shown`) do not show a match.
 */
export function foundIn(m: Measure, ctx: ViewContext, shown: readonly Segment[]): CardView['found'] {
  if ((!ctx.query.complete.length && !ctx.query.prefix) || shown.some((s) => s.match)) return undefined;
  for (const field of ['title', 'summary', 'lessons', 'transferability'] as const) {
    for (const [lang, value] of Object.entries(m[field] ?? {})) {
      const segments = excerpt(value, ctx.query);
      if (segments) return { field, text: { segments, lang: lang || undefined } };
    }
  }
  return undefined;
}

/** A card's "Found in Lessons learnt: … excerpt …". */
export function renderFound({ msg }: LocaleController, found: NonNullable<CardView['found']>) {
  const field = {
    title: msg('Title', { id: 'cards.field.title' }),
    summary: msg('Summary', { id: 'cards.field.summary' }),
    lessons: msg('Lessons learnt', { id: 'cards.field.lessons' }),
    transferability: msg('Transferability', { id: 'cards.field.transferability' }),
  }[found.field];
  return html`<p class="found">
    ${msg(str`Found in ${field}:`, { id: 'cards.card.found' })}
    <span lang=${lang(found.text.lang)}>${marked(found.text.segments)}</span>
  </p>`;
}
