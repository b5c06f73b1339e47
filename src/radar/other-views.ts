/**
 * The radar's bar and table views of the same numbers, as Lit templates. Loaded on demand: the element
 * imports this module when a person (or its `view` attribute, or a remembered choice) first asks for
 * one of them, and draws the view once it is here.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { LocaleController } from '../i18n/locale-controller.js';
import { illustrativeMark } from '../chart/notes-view.js';
import { illustrative } from '../chart/words.js';
import { barsGeometry, barsLayoutForWidth } from './bars.js';
import { axisText, cls, type ViewInput } from './views.js';

/** The same numbers as horizontal bars on the shared scale. */
export function barsSvg(v: ViewInput): TemplateResult {
  // The radar's frame is laid out for the chart's width: the bars are drawn for the same width.
  const layout = { ...barsLayoutForWidth(v.model.frame.layout.width), scale: v.model.frame.layout.scale };
  const national = v.model.national;
  const g = barsGeometry(
    v.shown.map((s) => s.series.values),
    v.model.dimensions.length,
    layout,
    national.map((n) => n.baseline.value),
  );
  const { width, x0, x1, top } = g.layout;
  return html`<svg class="chart bars" viewBox="0 0 ${width} ${g.height}" role="group" aria-label=${v.label}>
    <g aria-hidden="true">
      ${g.ticks.map(
        (t) => svg`<line class="grid" x1=${t.x} x2=${t.x} y1=${top - 6} y2=${g.bottom - 8}></line>
        <text class="tick" x=${t.x} y=${top - 10} text-anchor="middle">${v.format(t.value)}</text>`,
      )}
    </g>
    <g aria-hidden="true" class="references">
      ${g.references.map(
        (
          r,
        ) => svg`<line class="national" x1=${r.x} x2=${r.x} y1=${r.y1} y2=${r.y2} stroke-dasharray=${national[r.index]!.dash}></line>
        <text class="national-label" x=${r.x} y=${r.labelY} text-anchor=${r.anchor}>${national[r.index]!.baseline.country} ${v.format(r.value)}</text>`,
      )}
    </g>
    ${g.groups.map(
      (group) => svg`<g>
      <g aria-hidden="true">${axisText(x0 - 8, group.labelY, 'end', 'middle', v.axisLabels[group.dimension]?.value ?? '', v.axisLabels[group.dimension]?.lang, layout.labelChars)}</g>
      ${group.bars.map((b) => {
        const s = v.shown[b.series]!;
        return svg`<g class=${cls(s, v.highlight)} color=${s.series.style.colour}>
          <rect class=${s.series.key === 'average' ? 'bar ref' : 'bar'} x=${b.x} y=${b.y} width=${b.width} height=${b.height}
            role="img" aria-label=${v.pointName(s, group.dimension)}></rect>
          <text aria-hidden="true" class=${b.value === undefined ? 'value-label no-data' : 'value-label'} x=${b.labelX}
            y=${b.y + b.height / 2} dominant-baseline="middle">${v.format(b.value)}</text>
        </g>`;
      })}
    </g>`,
    )}
    <line class="axis" aria-hidden="true" x1=${x0} x2=${x0} y1=${top - 6} y2=${g.bottom - 8}></line>
    <line class="axis" aria-hidden="true" x1=${x1} x2=${x1} y1=${top - 6} y2=${top - 6}></line>
  </svg>`;
}

/**
 * The table: a row per dimension, a column per series (`v.shown`: every series, also those switched off
 * in the legend), and the national scores when `national` is given.
 */
export function dataTable(
  i18n: LocaleController,
  v: ViewInput,
  caption: string,
  national?: readonly (number | undefined)[],
): TemplateResult {
  const regions = v.shown.filter((s) => s.series.key !== 'average');
  // Focusable and named: on a narrow screen the table scrolls sideways, also by keyboard.
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${caption}>
    <table>
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${i18n.msg('Dimension', { id: 'radar.dimension' })}</th>
          ${v.shown.map((s) => html`<th scope="col"><span lang=${s.lang ?? nothing}>${s.name}</span>${illustrativeMark(illustrative(i18n), v.model.synthetic === 'some' && s.series.profile?.synthetic)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${v.model.dimensions.map(
          (_, d) => html`<tr>
          <th scope="row" lang=${v.axisLabels[d]?.lang ?? nothing}>${v.axisLabels[d]?.value}</th>
          ${v.shown.map((s) => html`<td class=${s.series.values[d] === undefined ? 'no-data' : ''}>${v.format(s.series.values[d])}</td>`)}
        </tr>`,
        )}
      </tbody>
      ${
        national
          ? html`<tfoot>
            <tr>
              <th scope="row">${i18n.msg('National MIPEX overall score (national index, not regional)', { id: 'radar.national-row' })}</th>
              ${regions.map((_, i) => html`<td>${v.format(national[i])}</td>`)}
              ${regions.length < v.shown.length ? html`<td></td>` : nothing}
            </tr>
          </tfoot>`
          : nothing
      }
    </table>
  </div>`;
}
