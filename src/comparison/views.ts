/**
 * The comparison's templates: region pickers, toolbar (sort, CSV), and the table whose every row has
 * the values, the gap and a dot plot on the one shared scale. Strings arrive translated.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { markerPath, type SeriesStyle } from '../chart/palette.js';
import { linear, type Domain } from '../chart/scale.js';
import type { ComparisonRow } from './model.js';

export interface Column {
  readonly id: string;
  readonly name: string;
  readonly lang?: string;
  readonly style: SeriesStyle;
  /** The region's figures are illustrative: marked beside its name. */
  readonly synthetic: boolean;
}

export interface Option {
  readonly id: string;
  readonly name: string;
}

export interface PickerWords {
  readonly legend: string;
  readonly slot: (n: number) => string;
  readonly up: (name: string) => string;
  readonly down: (name: string) => string;
  readonly remove: (name: string) => string;
  readonly add: string;
}

export interface PickerActions {
  readonly pick: (slot: number, id: string) => void;
  readonly move: (slot: number, by: -1 | 1) => void;
  readonly remove: (slot: number) => void;
  readonly add: () => void;
}

/** A `<select>` per shown region with move up/down and remove, and an add button. */
export function pickers(columns: readonly Column[], options: readonly Option[], words: PickerWords, act: PickerActions, max: number, min: number): TemplateResult {
  const addable = columns.length < max && options.some((o) => !columns.some((c) => c.id === o.id));
  return html`<fieldset class="pickers" part="picker">
    <legend>${words.legend}</legend>
    <ol>
      ${columns.map(
        (c, i) => html`<li>
          ${swatch(c.style)}
          <label class="visually-hidden" for="slot-${i}">${words.slot(i + 1)}</label>
          <select id="slot-${i}" .value=${live(c.id)} @change=${(e: Event) => act.pick(i, (e.target as HTMLSelectElement).value)}>
            ${options.map((o) => html`<option value=${o.id} ?selected=${o.id === c.id}>${o.name}</option>`)}
          </select>
          <button type="button" class="icon" aria-label=${words.up(c.name)} ?disabled=${i === 0} @click=${() => act.move(i, -1)}>←</button>
          <button type="button" class="icon" aria-label=${words.down(c.name)} ?disabled=${i === columns.length - 1} @click=${() => act.move(i, 1)}>→</button>
          <button type="button" class="icon" aria-label=${words.remove(c.name)} ?disabled=${columns.length <= min} @click=${() => act.remove(i)}>✕</button>
        </li>`,
      )}
    </ol>
    <button type="button" class="add" ?disabled=${!addable} @click=${act.add}>${words.add}</button>
  </fieldset>`;
}

/** Colour and marker shape of a column, as in the dot plot. */
export function swatch(style: SeriesStyle): TemplateResult {
  return html`<svg class="swatch" aria-hidden="true" width="14" height="14" viewBox="0 0 14 14" color=${style.colour}>
    ${svg`<path class="dot" d=${markerPath(style.shape, 7, 7, 5)}></path>`}
  </svg>`;
}

export interface TableWords {
  readonly caption: string;
  readonly dimension: string;
  readonly gap: string;
  readonly plot: string;
  readonly highest: string;
  readonly lowest: string;
  readonly national?: string;
  readonly illustrative: string;
}

// The dot plots are 240 × 26, their scale runs from x = 10 to 230 (the heading's ticks use the same x).

/** Dots for one row on the shared scale; the gap between lowest and highest as a bar. */
function dotPlot(row: ComparisonRow, columns: readonly Column[], x: (v: number) => number): TemplateResult {
  return html`<svg class="plot" aria-hidden="true" viewBox="0 0 240 26" width="240" height="26">
    ${svg`<line class="grid" x1="10" x2="230" y1="13" y2="13"></line>
      ${row.min !== undefined && row.max !== undefined && row.max > row.min
        ? svg`<line class="gap-bar" x1=${x(row.min)} x2=${x(row.max)} y1="13" y2="13"></line>`
        : nothing}
      ${row.values.map((v, i) =>
        v === undefined ? nothing : svg`<path class="dot" color=${columns[i]!.style.colour} d=${markerPath(columns[i]!.style.shape, x(v), 13, 5)}></path>`,
      )}`}
  </svg>`;
}

/** The comparison table: values (highest and lowest marked), the gap, and a dot plot per row. */
export function comparisonTable(
  rows: readonly ComparisonRow[],
  columns: readonly Column[],
  labels: readonly { readonly value: string; readonly lang?: string }[],
  national: readonly (number | undefined)[] | undefined,
  scale: Domain,
  format: (v: number | undefined) => string,
  words: TableWords,
): TemplateResult {
  const x = linear(scale, [10, 230]);
  // Focusable and named: on a narrow screen the table scrolls sideways, also by keyboard.
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${words.caption}>
    <table>
      <caption>${words.caption}</caption>
      <thead>
        <tr>
          <th scope="col">${words.dimension}</th>
          ${columns.map((c) => html`<th scope="col">${swatch(c.style)} <span lang=${c.lang ?? nothing}>${c.name}</span>${c.synthetic ? html` <span class="illustrative">(${words.illustrative})</span>` : nothing}</th>`)}
          <th scope="col">${words.gap}</th>
          <th scope="col" class="plot-head">
            <span class="visually-hidden">${words.plot}</span>
            <svg aria-hidden="true" viewBox="0 0 240 14" width="240" height="14">
              ${[scale[0], (scale[0] + scale[1]) / 2, scale[1]].map((t) => svg`<text class="tick" x=${x(t)} y="11" text-anchor="middle">${format(t)}</text>`)}
            </svg>
          </th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr>
            <th scope="row" lang=${labels[row.index]?.lang ?? nothing}>${labels[row.index]?.value}</th>
            ${row.values.map((v, i) => {
              const high = row.highest.includes(i);
              const mark = high || row.lowest.includes(i);
              return html`<td class=${high ? 'high' : mark ? 'low' : v === undefined ? 'no-data' : ''}>
                ${format(v)}${mark
                  ? html`<span aria-hidden="true" class="mark">${high ? '▲' : '▼'}</span><span class="visually-hidden"> (${high ? words.highest : words.lowest})</span>`
                  : nothing}
              </td>`;
            })}
            <td class="gap">${row.gap === undefined ? '–' : format(row.gap)}</td>
            <td class="plot-cell">${dotPlot(row, columns, x)}</td>
          </tr>`,
        )}
      </tbody>
      ${national && words.national
        ? html`<tfoot>
            <tr>
              <th scope="row">${words.national}</th>
              ${national.map((v) => html`<td>${format(v)}</td>`)}
              <td></td>
              <td></td>
            </tr>
          </tfoot>`
        : nothing}
    </table>
  </div>`;
}
