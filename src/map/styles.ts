/**
 * Styles of `<regin-partner-map>`. Colours are custom properties so hosts can theme roles and the scale;
 * dark mode and forced colours are handled here.
 */
import { css, unsafeCSS } from 'lit';
import { DARK_ROLE_COLOURS } from './colour.js';

/**
 * Dark values of the map's own colours: for `prefers-color-scheme: dark` unless `theme="light"`, and for `theme="dark"`.
 * On dark land the emphasis order is kept by lightness: regional partners lightest (most salient), then
 * technical partners, the coordinator, and member regions darkest — each at least 3:1 against the land
 * (checked on the drawn map by test/map/partner-map-cartography.test.ts). A list of declarations, not a
 * stylesheet, so it is a plain string (the build minifies `css` stylesheets only).
 */
const darkMap = unsafeCSS(`
  --_land: var(--regin-partner-map-land, #262b32);
  --_land-edge: var(--regin-partner-map-land-border, #0d1117);
  --_sea: var(--regin-partner-map-sea, #10161e);
  --_region-edge: var(--regin-partner-map-region-border, #0d1117);
  --_role-coordinator: ${DARK_ROLE_COLOURS.coordinator};
  --_role-regional-partner: ${DARK_ROLE_COLOURS['regional-partner']};
  --_role-technical-partner: ${DARK_ROLE_COLOURS['technical-partner']};
  --_role-associated-partner: ${DARK_ROLE_COLOURS['associated-partner']};
  --_role-cpmr-member: ${DARK_ROLE_COLOURS['cpmr-member']};
  --_role-other: ${DARK_ROLE_COLOURS.other};
`);

export const mapStyles = css`
  :host {
    --_land: var(--regin-partner-map-land, #e3e7eb);
    --_land-edge: var(--regin-partner-map-land-border, #ffffff);
    --_sea: var(--regin-partner-map-sea, #f5f8fb);
    --_region-edge: var(--regin-partner-map-region-border, #ffffff);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkMap}
    }
  }
  :host([theme='dark']) {
    ${darkMap}
  }
  .frame {
    container-type: inline-size;
  }
  /* Loading: about the height of the map (its shape and maximum height as below) with its toolbar,
     legend and summary. */
  .skeleton-box > .skeleton {
    height: calc(min(75cqi, var(--regin-partner-map-max-height, 80vh)) + 15em);
  }
  @container (max-width: 30rem) {
    .skeleton-box > .skeleton {
      height: calc(min(125cqi, var(--regin-partner-map-max-height, 80vh)) + 34em);
    }
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: space-between;
    margin-bottom: var(--_space);
  }
  .zoom {
    display: flex;
    gap: 0.25rem;
  }
  .map {
    position: relative;
    aspect-ratio: var(--regin-partner-map-aspect-ratio, 4 / 3);
    max-height: var(--regin-partner-map-max-height, 80vh);
    width: 100%;
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--_sea);
    touch-action: pan-x pan-y;
  }
  @container (max-width: 30rem) {
    .map {
      aspect-ratio: var(--regin-partner-map-aspect-ratio-narrow, 4 / 5);
    }
  }
  /* absolutely positioned, so a block */
  svg {
    position: absolute;
    inset: 0;
    user-select: none;
  }
  .map.zoomed svg {
    cursor: grab;
  }
  .land {
    fill: var(--_land);
    stroke: var(--_land-edge);
    stroke-width: 0.75;
  }
  .region {
    stroke: var(--_region-edge);
    stroke-width: 0.75;
    cursor: pointer;
    outline: none;
  }
  .marker {
    cursor: pointer;
    outline: none;
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  .marker.selected,
  .marker:focus-visible {
    stroke: var(--_fg);
    stroke-width: 3;
  }
  /* coloured by an indicator: role markers step back to outlines, not read as data */
  .marker.outlined path {
    fill: var(--_bg);
    fill-opacity: 0.85;
    stroke: var(--_fg);
    stroke-width: 1.25;
  }
  .leader {
    stroke: var(--_fg);
    stroke-width: 1;
    opacity: 0.7;
  }
  .anchor {
    fill: var(--_fg);
  }
  .legend-below {
    position: static;
    display: block;
    max-width: 100%;
    margin-top: var(--_space);
  }
  .outline {
    fill: none;
    pointer-events: none;
    stroke-width: 2.5;
  }
  .outline.selected {
    stroke: var(--_fg);
  }
  .outline.focused {
    stroke: var(--_focus);
    stroke-width: 3.5;
  }
  .role-coordinator {
    fill: var(--regin-partner-map-color-coordinator, var(--_role-coordinator, #e69f00));
  }
  .role-regional-partner {
    fill: var(--regin-partner-map-color-regional-partner, var(--_role-regional-partner, #0072b2));
  }
  .role-technical-partner {
    fill: var(--regin-partner-map-color-technical-partner, var(--_role-technical-partner, #009e73));
  }
  .role-associated-partner {
    fill: var(--regin-partner-map-color-associated-partner, var(--_role-associated-partner, #cc79a7));
  }
  .role-cpmr-member {
    fill: var(--regin-partner-map-color-cpmr-member, var(--_role-cpmr-member, #56b4e9));
  }
  .role-other {
    fill: var(--regin-partner-map-color-other, var(--_role-other, #a0a7ae));
  }
  .class-0 {
    fill: var(--regin-partner-map-scale-0, #fde725);
  }
  .class-1 {
    fill: var(--regin-partner-map-scale-1, #5ec962);
  }
  .class-2 {
    fill: var(--regin-partner-map-scale-2, #21918c);
  }
  .class-3 {
    fill: var(--regin-partner-map-scale-3, #3b528b);
  }
  .class-4 {
    fill: var(--regin-partner-map-scale-4, #440154);
  }
  .nodata-bg {
    fill: var(--_land);
  }
  .nodata-line {
    stroke: var(--_muted);
    stroke-width: 1.5;
  }
  .inset-frame {
    fill: var(--_sea);
    stroke: var(--_border);
  }
  .inset-label,
  .legend text {
    fill: var(--_fg);
    font-size: 12px;
  }
  .inset-label {
    font-size: 11px;
  }
  .legend-title {
    font-weight: 600;
  }
  .legend-bg {
    fill: var(--_bg);
    fill-opacity: 0.9;
    stroke: var(--_border);
  }
  .swatch {
    stroke: var(--_border);
  }
  .tooltip {
    position: absolute;
    /* placed (inside the map box) by the element once its size is known */
    left: var(--_tip-x, 0);
    top: var(--_tip-y, 0);
    display: flex;
    flex-direction: column;
    max-width: min(18rem, calc(100% - 8px));
    box-sizing: border-box;
    padding: 0.375rem 0.625rem;
    border-radius: var(--_radius);
    background: var(--_fg);
    color: var(--_bg);
    font-size: 0.875rem;
    pointer-events: none;
    z-index: 1;
  }
  .summary,
  .unplaced {
    margin: var(--_space) 0 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .list {
    width: 100%;
    border-collapse: collapse;
  }
  /* captions, header cells and buttons centre their text by default */
  .list * {
    text-align: start;
  }
  .list caption {
    font-weight: 600;
    padding-bottom: var(--_space);
  }
  .list th,
  .list td {
    /* long names and headings wrap: on a phone the list stays inside the widget */
    overflow-wrap: anywhere;
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  @media (forced-colors: active) {
    .region,
    .marker,
    .land {
      stroke: CanvasText;
    }
    .outline.selected,
    .outline.focused,
    .marker.selected {
      stroke: Highlight;
    }
    .tooltip,
    .legend-bg {
      border: 1px solid CanvasText;
    }
  }
`;
