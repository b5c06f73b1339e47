/**
 * Styles of `<regin-measure-cards>` (on top of `baseStyles`; the detail dialog's are in `detail-view.ts`,
 * the search's marks in `search.ts`).
 * Declarations that several parts share are grouped under one selector list.
 */
import { css } from 'lit';

export const cardsStyles = css`
  /* Loading: about the height of a page of twelve cards in one, two or more columns. */
  .skeleton-box > .skeleton {
    height: 139em;
  }
  @container (width < 52rem) {
    .skeleton-box > .skeleton {
      height: 179em;
    }
  }
  @container (width < 42rem) {
    .skeleton-box > .skeleton {
      height: 194em;
    }
  }
  @container (width < 34rem) {
    .skeleton-box > .skeleton {
      height: 366em;
    }
  }
  :host {
    container-type: inline-size;
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  input,
  select {
    padding: .25rem .5rem;
  }
  /* shared declarations */
  .search,
  .chips,
  .chips ul,
  .meta,
  .tags div,
  .actions,
  .more {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .field,
  .chips ul,
  .tags div {
    gap: .25rem;
  }
  fieldset,
  .options,
  .chips ul,
  .meta,
  .summary,
  .tags,
  .tags dd {
    margin: 0;
  }
  .chips,
  .grid {
    margin: var(--_space) 0;
  }
  fieldset,
  .options,
  .chips ul,
  .grid {
    padding: 0;
  }
  .options,
  .chips ul,
  .grid {
    list-style: none;
  }
  .meta,
  .tags {
    font-size: .875rem;
  }
  .meta,
  .count {
    color: var(--_muted);
  }
  .chip,
  .status,
  .tags dd {
    border-radius: 999px;
  }
  .status,
  .tags dd {
    padding: 0 .5rem;
  }
  /* search bar */
  .search {
    align-items: end;
    margin-bottom: var(--_space);
  }
  .field {
    display: grid;
    font-weight: 600;
  }
  .field.query {
    flex: 1 1 16rem;
  }
  .field input,
  .field select {
    font-weight: normal;
    width: 100%;
  }
  .layout {
    display: grid;
    gap: calc(var(--_space)*2);
  }
  @container (min-width: 48rem) {
    .layout {
      grid-template-columns: minmax(12rem, 16rem) 1fr;
      align-items: start;
    }
  }
  /* facets */
  .facets-title {
    font-size: 1rem;
    margin-bottom: var(--_space);
  }
  .facets details {
    border-top: 1px solid var(--_border);
    padding: .25rem 0;
  }
  .facets summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 2.75rem;
    display: flex;
    align-items: center;
    gap: .25rem;
  }
  /* flex summaries lose the native marker: draw one (decorative, the state is exposed by <details>) */
  .facets summary::before {
    content: '▸'/'';
    display: inline-block;
    width: 1em;
    color: var(--_muted);
  }
  .facets [open]>summary::before,
  .facets[open]>summary::before {
    content: '▾'/'';
  }
  .facets summary .selected {
    font-weight: normal;
    color: var(--_muted);
  }
  fieldset {
    border: 0;
  }
  .options {
    /* Short lists show whole; only a long one (regions of a big feed) scrolls. */
    max-height: 24rem;
    overflow: auto;
  }
  .options label {
    display: flex;
    align-items: center;
    gap: .5rem;
    min-height: 2rem;
    padding-block: .125rem;
    line-height: 1.25;
    cursor: pointer;
  }
  .options label .count {
    margin-inline-start: auto;
  }
  .options input {
    flex: none;
    min-height: auto;
    width: 1.125rem;
    height: 1.125rem;
    accent-color: var(--_accent);
  }
  /* chips */
  .chips {
    gap: .25rem var(--_space);
    align-items: center;
  }
  /* cards */
  .grid {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--regin-cards-min-width, 16rem)), 1fr));
  }
  .card article {
    height: 100%;
    display: flex;
    flex-direction: column;
    gap: .5rem;
    padding: calc(var(--_space)*1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .card h3 {
    font-size: 1.0625rem;
  }
  .meta {
    gap: .25rem .75rem;
  }
  .status {
    border: 1px solid currentColor;
  }
  /* an illustrative measure: marked where it is shown */
  .sample-mark {
    padding: 0 .5rem;
    border: 1px dashed currentColor;
    border-radius: 999px;
    color: var(--_fg);
    font-weight: 600;
  }
  p.sources {
    margin: 0;
    font-size: .875rem;
    overflow-wrap: anywhere;
  }
  .sources-label {
    font-weight: 600;
    margin-inline-end: .25rem;
  }
  .card .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
  }
  .tags div {
    margin-top: .25rem;
  }
  .tags dt {
    font-weight: 600;
    flex-basis: 100%;
  }
  .tags dd {
    background: var(--_surface);
  }
  .card .open {
    margin-top: auto;
    align-self: start;
  }
  .empty {
    padding: calc(var(--_space)*2);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .more {
    align-items: center;
  }
`;
