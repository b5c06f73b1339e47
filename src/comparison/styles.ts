/** Styles of `<regin-region-comparison>` (on top of `baseStyles` and `chartStyles`). */
import { css } from 'lit';

export const comparisonStyles = css`
      /* Loading: about the height of the default six regions in the layout they get at this width
         (blocks in one column, in two, the table with the plots under or beside the values). */
      .skeleton-box > .skeleton {
        height: 228em;
      }
      @container (width >= 480px) {
        .skeleton-box > .skeleton {
          height: 196em;
        }
      }
      @container (width >= 504px) {
        .skeleton-box > .skeleton {
          height: 128em;
        }
      }
      @container (width >= 768px) {
        .skeleton-box > .skeleton {
          height: 80em;
        }
      }
      @container (width >= 1008px) {
        .skeleton-box > .skeleton {
          height: 70em;
        }
      }
      @container (width >= 1150px) {
        .skeleton-box > .skeleton {
          height: 60em;
        }
      }
      .pickers {
        /* A fieldset is as wide as its content by default: on a phone it would widen the widget. */
        min-inline-size: 0;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        margin: 0 0 var(--_space);
      }
      .pickers ol {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space);
        list-style: none;
        margin: 0 0 var(--_space);
        padding: 0;
      }
      /* Each picker wraps its buttons under the menu when the row is too narrow for them. */
      .pickers li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25rem;
        max-width: 100%;
      }
      .pickers select,
      .toolbar select {
        min-width: 0;
        max-width: 100%;
      }
      .pickers select {
        flex: 1 1 9rem;
      }
      .toolbar .sort {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25rem var(--_space);
        max-width: 100%;
      }
      .add {
        max-width: 100%;
      }
      .gap-bar {
        stroke: var(--regin-region-comparison-gap-color, var(--_accent));
        stroke-opacity: 0.45;
        stroke-width: 8;
        stroke-linecap: round;
      }
      td.high,
      td.low,
      dd.high,
      dd.low {
        font-weight: 700;
      }
      .mark {
        font-size: max(11px, 0.7em);
        margin-inline-start: 0.2em;
        color: var(--_muted);
      }
      .swatch {
        flex: none;
        vertical-align: -1px;
      }
      svg.plot,
      svg.scale {
        display: block;
        width: 100%;
      }
      /* The table fits the widget: names wrap (long ones anywhere), numbers never do. */
      .table-wrap table {
        width: 100%;
      }
      /* Region names break between words; within a word only when a word is wider than its column. */
      th.region,
      th.gap {
        overflow-wrap: break-word;
      }
      tbody td,
      tfoot td {
        white-space: nowrap;
      }
      tbody td.no-data {
        white-space: normal;
      }
      td.plot-cell,
      th.plot-head {
        width: 32%;
        min-width: 8rem;
        padding-block: 0;
      }
      .medium th,
      .medium td {
        padding-inline: 0.3rem;
      }
      .medium thead th {
        font-size: 0.875rem;
      }
      .medium tr.with-plot > * {
        border-bottom: 0;
      }
      .plot-row td {
        padding-block: 0 0.2rem;
      }
      /* Narrow: a block per dimension. */
      .stack .caption {
        margin: 0 0 0.25rem;
        color: var(--_muted);
        font-size: 0.875rem;
      }
      .blocks {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
        column-gap: calc(var(--_space) * 3);
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .blocks > li {
        padding: var(--_space) 0;
        border-bottom: 1px solid var(--_border);
      }
      .block-name {
        margin: 0;
        font-weight: 600;
      }
      .blocks dl {
        margin: 0.25rem 0 0;
        font-variant-numeric: tabular-nums;
      }
      .blocks dl > div {
        display: flex;
        justify-content: space-between;
        align-items: baseline;
        gap: var(--_space);
        padding: 0.1rem 0;
      }
      .blocks dt {
        min-width: 0;
        overflow-wrap: anywhere;
      }
      .blocks dd {
        margin: 0;
        white-space: nowrap;
      }
      .blocks dl > .gap {
        border-top: 1px dashed var(--_border);
        color: var(--_muted);
      }
      .national-block {
        font-size: 0.875rem;
      }
      @media (forced-colors: active) {
        .gap-bar {
          stroke: Highlight;
        }
      }
    `;
