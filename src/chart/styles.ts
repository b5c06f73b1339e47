/**
 * Styles of the radar and the comparison (on top of `baseStyles`). Series colours arrive as the SVG
 * `color` attribute and are used through `currentColor`, so forced-colours mode turns every series into
 * the system text colour while their marker shapes and dash patterns keep them apart.
 */
import { css } from 'lit';

export const chartStyles = css`
  /* "(illustrative)" beside a series whose figures are synthetic */
  .illustrative {
    font-weight: normal;
    font-style: italic;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    margin-bottom: var(--_space);
  }
  .toolbar [role='group'] {
    display: inline-flex;
    gap: 0.25rem;
  }
  /* A page with many charts lays out only those near the viewport; the rest when scrolled to. */
  figure {
    margin: 0;
    content-visibility: auto;
    contain-intrinsic-block-size: auto 28rem;
  }
  figcaption,
  caption {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  svg.chart {
    display: block;
    width: 100%;
    max-width: var(--regin-chart-max-width, 40rem);
    height: auto;
    overflow: visible;
    font-size: 13px;
  }
  .grid,
  .axis {
    fill: none;
    stroke: var(--regin-chart-grid-color, var(--_border));
  }
  .axis {
    stroke: var(--_muted);
  }
  .axis-label {
    fill: var(--_fg);
  }
  /* Axis text 12 px, other chart text at least 11 px, whatever the size the chart is drawn at. */
  .tick {
    fill: var(--_muted);
    font-size: 12px;
  }
  .national {
    fill: none;
    stroke: var(--_fg);
    stroke-width: 1.5;
  }
  .national-label {
    fill: var(--_fg);
    font-size: 11px;
    font-weight: 600;
  }
  /* A halo in the background colour behind the radar's texts (painted first, under the letters), so
     lines crossing them do not hide them. */
  .radar .tick,
  .national-label {
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .outline {
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .outline.filled {
    fill: currentColor;
    fill-opacity: 0.08;
  }
  .point,
  .bar,
  .dot {
    fill: currentColor;
    stroke: var(--_fg);
  }
  .point.ref,
  .point.gap,
  .bar.ref {
    fill: var(--_bg);
    stroke: currentColor;
    stroke-width: 1.5;
  }
  .point.gap {
    stroke-dasharray: 2 1.5;
  }
  .point:focus {
    outline: none;
  }
  .point:focus-visible {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  /* Around the focused point: a dark and a light ring (the text and background colours), so it stands
     out 3:1 or more against the chart, the page and the region's colour, in either theme. */
  .focus-ring {
    visibility: hidden;
    fill: none;
    pointer-events: none;
  }
  svg.chart:has(.point:focus-visible) .focus-ring {
    visibility: visible;
  }
  .focus-ring circle {
    stroke: var(--_fg);
    stroke-width: 4;
  }
  .focus-ring circle.inner {
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  .value-label {
    fill: var(--_fg);
    font-size: 11px;
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
  }
  .value-label.no-data,
  td.no-data {
    fill: var(--_muted);
    color: var(--_muted);
    font-style: italic;
    font-weight: normal;
  }
  .series.dim {
    opacity: 0.2;
  }
  .series.hl .outline {
    stroke-width: 4;
  }
  /* None with reduced motion (baseStyles). */
  .series {
    transition: opacity 150ms ease-out;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem var(--_space);
    list-style: none;
    padding: 0;
  }
  .legend,
  .summary,
  .notes {
    margin: var(--_space) 0;
  }
  .legend button {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }
  .legend button[aria-pressed='true'] {
    background: var(--_bg);
    color: var(--_fg);
    border-color: var(--_muted);
  }
  .legend button[aria-pressed='false'] {
    text-decoration: line-through;
    color: var(--_muted);
  }
  .legend button[aria-pressed='false'] svg {
    opacity: 0.35;
  }
  /* Positioned, so that its visually hidden texts stay inside its scroll box (not widening the page). */
  .table-wrap {
    position: relative;
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    padding-bottom: 0.25rem;
  }
  th,
  td {
    padding: 0.3rem 0.6rem;
    border-bottom: 1px solid var(--_border);
    text-align: end;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
  }
  tfoot th,
  tfoot td {
    border-top: 2px solid var(--_border);
    font-size: 0.875rem;
  }
  .summary {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 4rem;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .notes {
    font-size: 0.875rem;
  }
  .notes p {
    margin: 0.25rem 0;
  }
  @media (forced-colors: active) {
    .grid,
    .axis,
    .national {
      stroke: GrayText;
    }
    .point,
    .bar,
    .dot {
      stroke: CanvasText;
    }
    .axis-label,
    .tick,
    .national-label,
    .value-label {
      fill: CanvasText;
      stroke: none;
    }
    .point:focus-visible,
    .focus-ring circle {
      stroke: Highlight;
    }
    .focus-ring circle.inner {
      stroke: Canvas;
    }
  }
`;
