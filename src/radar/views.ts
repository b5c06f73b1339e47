/**
 * The radar view as a Lit template over the computed model, and what the bar and table views (in
 * `other-views.ts`, loaded when first shown) share with it. No logic beyond mapping data to nodes;
 * every string arrives translated and every number formatted.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { GAP_MARKER_SIZE, MARKER_SIZE } from '../chart/palette.js';
import { markerPath } from '../core/markers.js';
import { firstLineDy, wrapLabel, type RadarFrame } from './geometry.js';
import type { AxisText, RadarLabels } from './labels.js';
import type { GridPosition } from './keyboard.js';
import type { RadarModel, RadarSeries } from './model.js';

export interface ShownSeries {
  readonly series: RadarSeries;
  readonly name: string;
  /** Set when the name is in another language than the widget. */
  readonly lang?: string;
}

export interface ViewInput {
  readonly model: RadarModel;
  /** The series drawn (legend toggles left out), in order. */
  readonly shown: readonly ShownSeries[];
  readonly axisLabels: readonly { readonly value: string; readonly lang?: string }[];
  readonly format: (value: number | undefined) => string;
  /** "Catalonia, Labour market: 67". */
  readonly pointName: (shown: ShownSeries, axis: number) => string;
  readonly label: string;
  readonly highlight: string | null;
}

export interface RadarInput extends ViewInput {
  /** What `format` depends on (the language): the grid, ticks and axis labels are drawn again only when it, the frame or the labels change. */
  readonly locale: readonly unknown[];
  readonly focus: GridPosition;
  readonly onKeydown: (e: KeyboardEvent) => void;
  /** Focus moved onto something in the chart (a point: see {@link pointPosition}). */
  readonly onFocusIn: (e: FocusEvent) => void;
  readonly onHighlight: (key: string | null) => void;
  /** Where the ring numbers, reference tags and value labels go (see `radarLabels`). */
  readonly labels: RadarLabels;
}

/** The class of a series' group: highlighted, dimmed or neither. */
export const cls = (s: ShownSeries, highlight: string | null) =>
  highlight === null ? 'series' : s.series.key === highlight ? 'series hl' : 'series dim';

/** An axis name laid out in lines (one line: no <tspan>), with its full name as a tooltip when abbreviated. */
function placedAxisText(x: number, y: number, anchor: string, t: AxisText, lang?: string) {
  const title = t.full ? svg`<title>${t.full}</title>` : nothing;
  return t.lines.length === 1
    ? svg`<text class="axis-label" x=${x} y=${y} dy="${t.dy}em" text-anchor=${anchor} lang=${lang ?? nothing}>${title}${t.lines[0]}</text>`
    : svg`<text class="axis-label" x=${x} y=${y} text-anchor=${anchor} lang=${lang ?? nothing}>${title}${t.lines.map(
        (l, i) => svg`<tspan x=${x} dy=${i ? '1.15em' : `${t.dy}em`}>${l}</tspan>`,
      )}</text>`;
}

/** An axis label, wrapped onto lines when long. */
export function axisText(
  x: number,
  y: number,
  anchor: string,
  vertical: 'above' | 'middle' | 'below',
  text: string,
  lang?: string,
  chars = 16,
) {
  const lines = wrapLabel(text, chars, chars < 16 ? 4 : 3);
  return placedAxisText(x, y, anchor, { lines, dy: firstLineDy(vertical, lines.length) }, lang);
}

// The chart templates put no whitespace between tags (a line break goes inside a tag instead): in SVG it
// is never shown, and each run would be one more node to create per radar.

/** The radar's grid and axis names (as laid out with the radar's other texts: `RadarLabels.axes`). */
function frameSvg(frame: RadarFrame, axisLabels: ViewInput['axisLabels'], texts: readonly AxisText[]): TemplateResult {
  return svg`<path class="grid" d=${frame.grid}></path>${frame.labels.map((l, i) =>
    placedAxisText(l.x, l.y, l.anchor, texts[i]!, axisLabels[i]?.lang),
  )}`;
}

/** The radar: grid, national rings, one outline per series, and the focusable point grid. */
export function radarSvg(v: RadarInput): TemplateResult {
  const { frame, national } = v.model;
  const { width, height } = frame.layout;
  return html`<svg class="chart radar" viewBox="0 0 ${width} ${height}" role="group" aria-label=${v.label}
    @keydown=${v.onKeydown} @focusin=${v.onFocusIn} @pointerleave=${() => v.onHighlight(null)}
    ><g aria-hidden="true"
      >${guard([frame, v.axisLabels, ...v.locale], () => frameSvg(frame, v.axisLabels, v.labels.axes))}${national.map(
        (n) => svg`<polygon class="national" points=${n.ring.points} stroke-dasharray=${n.dash}></polygon>`,
      )}${v.labels.ticks.map((t) => (t ? svg`<text class="tick" x=${t.x} y=${t.y} text-anchor="end">${t.text}</text>` : nothing))}</g
    >${v.shown.map((s, si) => {
      const ref = s.series.key === 'average';
      return svg`<g class=${cls(s, v.highlight)} color=${s.series.style.colour} @pointerenter=${() => v.onHighlight(s.series.key)}
        ><path aria-hidden="true" class=${s.series.shape.complete ? 'outline filled' : 'outline'} d=${s.series.shape.path}
          stroke-dasharray=${s.series.style.dash || nothing}></path
        >${s.series.shape.points.map((p) => {
          // Its place in the grid is its place in the DOM (see pointPosition).
          const gap = p.value === undefined;
          return svg`<path class=${ref ? (gap ? 'point ref gap' : 'point ref') : gap ? 'point gap' : 'point'}
            d=${markerPath(s.series.style.shape, gap ? GAP_MARKER_SIZE : MARKER_SIZE, p.x, p.y)} role="img" aria-label=${v.pointName(s, p.axis)}
            tabindex=${v.focus.series === si && v.focus.axis === p.axis ? 0 : -1}></path>`;
        })}</g>`;
    })}<g aria-hidden="true" class="labels"
      >${v.labels.tags.map((t) => (t ? svg`<text class="national-label" x=${t.x} y=${t.y}>${t.text}</text>` : nothing))}${v.labels.values.map(
        (t) => (t ? svg`<text class="value-label" x=${t.x} y=${t.y} dy="0.35em" text-anchor="middle">${t.text}</text>` : nothing),
      )}${focusRing(v)}</g></svg>`;
}

/** A ring around the focused point (shown while a point has keyboard focus): dark and light, so it shows on any colour. */
function focusRing(v: RadarInput) {
  const p = v.shown[v.focus.series]?.series.shape.points[v.focus.axis];
  return p
    ? svg`<g class="focus-ring"><circle cx=${p.x} cy=${p.y} r="10"></circle><circle class="inner" cx=${p.x} cy=${p.y} r="10"></circle></g>`
    : nothing;
}

/** The children of `parent` with class `name`. */
const childrenWith = (parent: Element | null | undefined, name: string) =>
  [...(parent?.children ?? [])].filter((c) => c.classList.contains(name));

/** The grid position of a point element of the radar (its series' and its own place), if it is one. */
export function pointPosition(target: EventTarget | null): GridPosition | undefined {
  const el = target as Element | null;
  const g = el?.parentElement;
  if (!el?.classList?.contains('point') || !g?.classList.contains('series')) return undefined;
  const series = childrenWith(g.parentElement, 'series').indexOf(g);
  return series < 0 ? undefined : { series, axis: childrenWith(g, 'point').indexOf(el) };
}

/** The point element at `pos` in a radar `svg` (the inverse of {@link pointPosition}). */
export function pointAt(svg: Element | null, pos: GridPosition): SVGElement | undefined {
  return childrenWith(childrenWith(svg, 'series')[pos.series], 'point')[pos.axis] as SVGElement | undefined;
}
