/** Styles of `<regin-region-comparison>` (on top of `baseStyles` and `chartStyles`). */
import { css } from 'lit';

export const comparisonStyles = css`
      .pickers {
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
      .pickers li {
        display: inline-flex;
        align-items: center;
        gap: 0.25rem;
      }
      .gap-bar {
        stroke: var(--regin-region-comparison-gap-color, var(--_accent));
        stroke-opacity: 0.45;
        stroke-width: 8;
        stroke-linecap: round;
      }
      td.high,
      td.low {
        font-weight: 700;
      }
      .mark {
        font-size: 0.7em;
        margin-inline-start: 0.2em;
        color: var(--_muted);
      }
      thead th .swatch {
        vertical-align: -1px;
      }
      td.plot-cell,
      th.plot-head {
        padding-block: 0;
      }
      @media (forced-colors: active) {
        .gap-bar {
          stroke: Highlight;
        }
      }
    `;
