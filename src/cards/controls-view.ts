/**
 * Templates for the search bar, facets and active-filter chips of `<regin-measure-cards>`. They map
 * prepared data to Lit templates; every text is bound as text.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { str } from '@lit/localize';
import type { LocaleController } from '../i18n/locale-controller.js';
import type { FacetKey } from './facets.js';
import type { Segment } from './highlight.js';
import type { CardFilters } from './filters.js';
import type { Labeller } from './words.js';
import type { CardsHandlers, Chip, FacetGroup } from './types.js';
import { SORTS } from './results.js';

/** Segments as text with the matches in `<mark>`. */
export function marked(segments: readonly Segment[]) {
  return segments.map((s) => (s.match ? html`<mark>${s.text}</mark>` : s.text));
}

/** The search box and the sort control. */
export function renderSearch({ msg }: LocaleController, f: CardFilters, labels: Labeller, on: CardsHandlers) {
  return html`<div class="search" part="search" role="search">
    <label class="field query">
      <span>${msg('Search measures', { id: 'cards.search.label' })}</span>
      <input type="search" .value=${live(f.query)} @input=${on.input} @focus=${on.searchFocus} autocomplete="off" aria-describedby="count" />
    </label>
    <label class="field">
      <span>${msg('Sort by', { id: 'cards.sort.label' })}</span>
      <select @change=${on.sort}>
        ${SORTS.map((key) => html`<option value=${key} ?selected=${key === f.sort}>${labels.sort(key)}</option>`)}
      </select>
    </label>
  </div>`;
}

/**
 * The facet groups. In a narrow widget (`collapsed`) the whole panel folds into one "Filter measures"
 * disclosure, closed at first, so the cards are not pushed below a screenful of checkboxes.
 */
export function renderFacets(
  i18n: LocaleController,
  groups: readonly FacetGroup[],
  onToggle: (key: FacetKey, value: string) => void,
  collapsed = false,
) {
  const { msg } = i18n;
  const title = msg('Filter measures', { id: 'cards.facets.title' });
  /** "(2 selected)" after a title, when anything is. */
  const selectedNote = (n: number) =>
    n > 0 ? html` <span class="selected">${msg(str`(${n} selected)`, { id: 'cards.facets.selected' })}</span>` : nothing;
  const body = groups.map(
    (g) => html`<details open>
        <summary>
          ${g.title}${selectedNote(g.selected)}
        </summary>
        <fieldset>
          <legend class="visually-hidden">${g.title}</legend>
          <ul class="options">
            ${g.options.map(
              (o) => html`<li>
                <label>
                  <input type="checkbox" .checked=${live(o.checked)} @change=${() => onToggle(g.key, o.value)} />
                  <span lang=${o.label.lang ?? nothing}>${o.label.value}</span>
                  <span class="count">(${o.count})</span>
                </label>
              </li>`,
            )}
          </ul>
        </fieldset>
      </details>`,
  );
  if (collapsed) {
    return html`<details class="facets" part="facets">
      <summary class="facets-title">
        ${title}${selectedNote(groups.reduce((n, g) => n + g.selected, 0))}
      </summary>
      ${body}
    </details>`;
  }
  return html`<section class="facets" part="facets" aria-labelledby="facets-title">
    <h2 id="facets-title" class="facets-title">${title}</h2>
    ${body}
  </section>`;
}

export function renderChips(i18n: LocaleController, chips: readonly Chip[], on: CardsHandlers) {
  if (chips.length === 0) return nothing;
  const { msg } = i18n;
  return html`<div class="chips">
    <ul aria-label=${msg('Active filters', { id: 'cards.chips.label' })}>
      ${chips.map(
        (c, i) => html`<li>
          <button class="chip" part="chip" @click=${() => on.removeChip(c, i)}>
            <span class="visually-hidden">${msg('Remove filter:', { id: 'cards.chips.remove' })}</span>
            ${c.facet}: <span lang=${c.label.lang ?? nothing}>${c.label.value}</span>${
              c.key === 'linked' ? html` ${msg('(from map)', { id: 'cards.chips.from-map' })}` : nothing
            }
            <span aria-hidden="true">×</span>
          </button>
        </li>`,
      )}
    </ul>
    ${
      chips.length > 1
        ? html`<button class="clear-all" @click=${on.clearAll}>${msg('Clear all', { id: 'cards.chips.clear-all' })}</button>`
        : nothing
    }
  </div>`;
}
