/**
 * The radar's three views of the same numbers — the radar SVG, the bar chart and the table — as Lit
 * templates over the computed model. No logic beyond mapping data to nodes; every string arrives
 * translated and every number formatted.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { markerPath } from '../chart/palette.js';
import type { BarsGeometry } from './bars.js';
import { firstLineDy, wrapLabel, type RadarFrame } from './geometry.js';
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
}

const cls = (s: ShownSeries, highlight: string | null) =>
  highlight === null ? 'series' : s.series.key === highlight ? 'series hl' : 'series dim';

function axisText(x: number, y: number, anchor: string, vertical: 'above' | 'middle' | 'below', text: string, lang?: string) {
  const lines = wrapLabel(text);
  const dy = `${firstLineDy(vertical, lines.length)}em`;
  // Most labels fit on one line: no <tspan> then (fewer nodes to create and lay out).
  return lines.length === 1
    ? svg`<text class="axis-label" x=${x} y=${y} dy=${dy} text-anchor=${anchor} lang=${lang ?? nothing}>${text}</text>`
    : svg`<text class="axis-label" x=${x} y=${y} text-anchor=${anchor} lang=${lang ?? nothing}>${lines.map(
        (l, i) => svg`<tspan x=${x} dy=${i ? '1.15em' : dy}>${l}</tspan>`,
      )}</text>`;
}

// The chart templates put no whitespace between tags (a line break goes inside a tag instead): in SVG it
// is never shown, and each run would be one more node to create per radar.

/** The radar's grid, ring values and axis labels. */
function frameSvg(frame: RadarFrame, axisLabels: ViewInput['axisLabels'], format: ViewInput['format']): TemplateResult {
  return svg`<path class="grid" d=${frame.grid}></path>${frame.rings.map(
    (r) => svg`<text class="tick" x=${r.label.x} y=${r.label.y} text-anchor="end">${format(r.value)}</text>`,
  )}${frame.labels.map((l, i) => axisText(l.x, l.y, l.anchor, l.vertical, axisLabels[i]?.value ?? '', axisLabels[i]?.lang))}`;
}

/** The radar: grid, national rings, one outline per series, and the focusable point grid. */
export function radarSvg(v: RadarInput): TemplateResult {
  const { frame, national } = v.model;
  const { width, height } = frame.layout;
  const single = v.shown.length === 1;
  return html`<svg class="chart radar" viewBox="0 0 ${width} ${height}" role="group" aria-label=${v.label}
    @keydown=${v.onKeydown} @focusin=${v.onFocusIn} @pointerleave=${() => v.onHighlight(null)}
    ><g aria-hidden="true"
      >${guard([frame, v.axisLabels, ...v.locale], () => frameSvg(frame, v.axisLabels, v.format))}${national.map(
        (n, i) => svg`<polygon class="national" points=${n.ring.points} stroke-dasharray=${n.dash}></polygon
          ><text class="national-label" x=${n.ring.label.x + 8 + i * 44} y=${n.ring.label.y}>${n.baseline.country} ${v.format(n.baseline.value)}</text>`,
      )}</g
    >${v.shown.map((s, si) => {
      const ref = s.series.key === 'average';
      return svg`<g class=${cls(s, v.highlight)} color=${s.series.style.colour} @pointerenter=${() => v.onHighlight(s.series.key)}
        ><path aria-hidden="true" class=${s.series.shape.complete ? 'outline filled' : 'outline'} d=${s.series.shape.path}
          stroke-dasharray=${s.series.style.dash || nothing}></path
        >${s.series.shape.points.map((p) =>
          pointSvg(
            ref,
            p.value === undefined,
            markerPath(s.series.style.shape, p.x, p.y, p.value === undefined ? 4 : 5),
            v.pointName(s, p.axis),
            v.focus.series === si && v.focus.axis === p.axis ? 0 : -1,
          ),
        )}${single || s.series.key === v.highlight
          ? s.series.shape.points.map((p) =>
              p.value === undefined
                ? nothing
                : svg`<text aria-hidden="true" class="value-label" x=${p.labelAt.x} y=${p.labelAt.y} text-anchor="middle">${v.format(p.value)}</text>`,
            )
          : nothing}</g>`;
    })}</svg>`;
}

/**
 * One focusable point. Its class is written in the template (one variant each), so only the marker, the
 * name and the tab stop are set per point; its place in the grid is its place in the DOM (see
 * {@link pointPosition}).
 */
function pointSvg(ref: boolean, gap: boolean, d: string, name: string, tabindex: number) {
  if (gap) {
    return ref
      ? svg`<path class="point ref gap" d=${d} role="img" aria-label=${name} tabindex=${tabindex}></path>`
      : svg`<path class="point gap" d=${d} role="img" aria-label=${name} tabindex=${tabindex}></path>`;
  }
  return ref
    ? svg`<path class="point ref" d=${d} role="img" aria-label=${name} tabindex=${tabindex}></path>`
    : svg`<path class="point" d=${d} role="img" aria-label=${name} tabindex=${tabindex}></path>`;
}

/** The grid position of a point element of the radar (its series' and its own place), if it is one. */
export function pointPosition(target: EventTarget | null): GridPosition | undefined {
  const el = target as Element | null;
  const g = el?.parentElement;
  if (!el?.classList?.contains('point') || !g?.classList.contains('series') || !g.parentElement) return undefined;
  const axis = [...g.children].filter((c) => c.classList.contains('point')).indexOf(el);
  const series = [...g.parentElement.children].filter((c) => c.classList.contains('series')).indexOf(g);
  return axis < 0 || series < 0 ? undefined : { series, axis };
}

/** The point element at `pos` in a radar `svg` (the inverse of {@link pointPosition}). */
export function pointAt(svg: Element | null, pos: GridPosition): SVGElement | undefined {
  const g = [...(svg?.children ?? [])].filter((c) => c.classList.contains('series'))[pos.series];
  return [...(g?.children ?? [])].filter((c) => c.classList.contains('point'))[pos.axis] as SVGElement | undefined;
}

/** The same numbers as horizontal bars on the shared scale. */
export function barsSvg(v: ViewInput, g: BarsGeometry): TemplateResult {
  const { width, x0, x1, top } = g.layout;
  return html`<svg class="chart bars" viewBox="0 0 ${width} ${g.height}" role="group" aria-label=${v.label}>
    <g aria-hidden="true">
      ${g.ticks.map((t) => svg`<line class="grid" x1=${t.x} x2=${t.x} y1=${top - 6} y2=${g.height - 8}></line>
        <text class="tick" x=${t.x} y=${top - 10} text-anchor="middle">${v.format(t.value)}</text>`)}
    </g>
    ${g.groups.map((group) => svg`<g>
      <g aria-hidden="true">${axisText(x0 - 8, group.labelY, 'end', 'middle', v.axisLabels[group.dimension]?.value ?? '', v.axisLabels[group.dimension]?.lang)}</g>
      ${group.bars.map((b) => {
        const s = v.shown[b.series]!;
        return svg`<g class=${cls(s, v.highlight)} color=${s.series.style.colour}>
          <rect class=${s.series.key === 'average' ? 'bar ref' : 'bar'} x=${b.x} y=${b.y} width=${b.width} height=${b.height}
            role="img" aria-label=${v.pointName(s, group.dimension)}></rect>
          <text aria-hidden="true" class=${b.value === undefined ? 'value-label no-data' : 'value-label'} x=${b.labelX}
            y=${b.y + b.height / 2} dominant-baseline="middle">${v.format(b.value)}</text>
        </g>`;
      })}
    </g>`)}
    <line class="axis" aria-hidden="true" x1=${x0} x2=${x0} y1=${top - 6} y2=${g.height - 8}></line>
    <line class="axis" aria-hidden="true" x1=${x1} x2=${x1} y1=${top - 6} y2=${top - 6}></line>
  </svg>`;
}

/** The table: a row per dimension, a column per series, and the national scores when shown. */
export function dataTable(
  v: ViewInput,
  words: { caption: string; dimension: string; national?: { label: string; values: readonly (number | undefined)[] } },
): TemplateResult {
  const regions = v.shown.filter((s) => s.series.key !== 'average');
  // Focusable and named: on a narrow screen the table scrolls sideways, also by keyboard.
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${words.caption}>
    <table>
      <caption>${words.caption}</caption>
      <thead>
        <tr>
          <th scope="col">${words.dimension}</th>
          ${v.shown.map((s) => html`<th scope="col" lang=${s.lang ?? nothing}>${s.name}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${v.model.dimensions.map((_, d) => html`<tr>
          <th scope="row" lang=${v.axisLabels[d]?.lang ?? nothing}>${v.axisLabels[d]?.value}</th>
          ${v.shown.map((s) => html`<td class=${s.series.values[d] === undefined ? 'no-data' : ''}>${v.format(s.series.values[d])}</td>`)}
        </tr>`)}
      </tbody>
      ${words.national
        ? html`<tfoot>
            <tr>
              <th scope="row">${words.national.label}</th>
              ${regions.map((_, i) => html`<td>${v.format(words.national!.values[i])}</td>`)}
              ${regions.length < v.shown.length ? html`<td></td>` : nothing}
            </tr>
          </tfoot>`
        : nothing}
    </table>
  </div>`;
}
