/** Styles of `<regin-measure-cards>` (on top of `baseStyles`; the detail dialog's are in `detail-view.ts`). */
import { css } from 'lit';

export const cardsStyles = css`
  :host {
    --_card-min: var(--regin-cards-min-width, 16rem);
    --_mark-bg: var(--regin-cards-mark-background, #ffe58a);
    --_mark-fg: var(--regin-cards-mark-text, #1b1f24);
    container-type: inline-size;
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  mark {
    background: var(--_mark-bg);
    color: var(--_mark-fg);
    border-radius: 2px;
  }
  input,
  select {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    min-height: 2.75rem;
    padding: 0.25rem 0.5rem;
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
    margin-bottom: var(--_space);
  }
  .field {
    display: grid;
    gap: 0.25rem;
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
    gap: calc(var(--_space) * 2);
  }
  @container (min-width: 48rem) {
    .layout {
      grid-template-columns: minmax(12rem, 16rem) 1fr;
      align-items: start;
    }
  }
  .facets-title {
    font-size: 1rem;
    margin-bottom: var(--_space);
  }
  details.facets > summary.facets-title {
    cursor: pointer;
    min-height: 2.75rem;
    display: flex;
    align-items: center;
    gap: 0.25rem;
    font-weight: 600;
  }
  .facets details {
    border-top: 1px solid var(--_border);
    padding: 0.25rem 0;
  }
  .facets summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 2.75rem;
    display: flex;
    align-items: center;
    gap: 0.25rem;
  }
  /* flex summaries lose the native marker: draw one (decorative, the state is exposed by <details>) */
  .facets summary::before {
    content: '▸' / '';
    display: inline-block;
    width: 1em;
    color: var(--_muted);
  }
  .facets details[open] > summary::before,
  details.facets[open] > summary::before {
    content: '▾' / '';
  }
  .facets summary .selected {
    font-weight: normal;
    color: var(--_muted);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
  }
  .options {
    list-style: none;
    margin: 0;
    padding: 0;
    /* Short lists show whole; only a long one (regions of a big feed) scrolls. */
    max-height: 24rem;
    overflow: auto;
  }
  .options label {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2rem;
    padding-block: 0.125rem;
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
  .count {
    color: var(--_muted);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem var(--_space);
    align-items: center;
    margin: var(--_space) 0;
  }
  .chips ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .chip {
    border-radius: 999px;
  }
  .linked {
    margin: var(--_space) 0;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .grid {
    list-style: none;
    margin: var(--_space) 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min)), 1fr));
  }
  .card article {
    height: 100%;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .card h3 {
    font-size: 1.0625rem;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .status {
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
  }
  .summary {
    margin: 0;
  }
  .card .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
  }
  .found {
    margin: 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .tags {
    margin: 0;
    font-size: 0.875rem;
  }
  .tags div {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-top: 0.25rem;
  }
  .tags dt {
    font-weight: 600;
    flex-basis: 100%;
  }
  .tags dd {
    margin: 0;
    padding: 0 0.5rem;
    border-radius: 999px;
    background: var(--_surface);
  }
  .card .open {
    margin-top: auto;
    align-self: start;
  }
  .empty {
    padding: calc(var(--_space) * 2);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  @media (forced-colors: active) {
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
`;
