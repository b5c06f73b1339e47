/**
 * The comparison's templates: region pickers, toolbar (sort, CSV), and the table whose every row has
 * the values, the gap and a dot plot on the one shared scale (or, on a narrow widget, one block per
 * dimension with the same). Strings arrive translated.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { illustrativeMark } from '../chart/notes-view.js';
import { MARKER_SIZE, type SeriesStyle } from '../chart/palette.js';
import { markerPath } from '../core/markers.js';
import { linear, type Domain } from '../chart/scale.js';
import { textWidth } from '../chart/measure-text.js';
import { scaleTicks as placeScaleTicks } from './layout.js';
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
export function pickers(
  columns: readonly Column[],
  options: readonly Option[],
  words: PickerWords,
  act: PickerActions,
  max: number,
  min: number,
): TemplateResult {
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
    ${svg`<path class="dot" d=${markerPath(style.shape, MARKER_SIZE, 7, 7)}></path>`}
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

/** What the table and the stacked blocks show (the same in every layout). */
export interface ComparisonData {
  readonly rows: readonly ComparisonRow[];
  readonly columns: readonly Column[];
  readonly labels: readonly { readonly value: string; readonly lang?: string }[];
  readonly national: readonly (number | undefined)[] | undefined;
  readonly scale: Domain;
  readonly format: (v: number | undefined) => string;
  readonly words: TableWords;
  /** The widget's font, to measure the scale's numbers. */
  readonly fontFamily: string;
}

// The dot plots fill the width they get (percentages, not a viewBox), so their marks keep their size and
// the scale's numbers stay at the text size of the widget at any width. The scale runs from 4 % to 96 %.
const RANGE: Domain = [4, 96];
const pct = (v: number) => `${Math.round(v * 100) / 100}%`;

/** Dots for one row on the shared scale; the gap between lowest and highest as a bar. */
function dotPlot(row: ComparisonRow, columns: readonly Column[], x: (v: number) => number): TemplateResult {
  return html`<svg class="plot" aria-hidden="true" width="100%" height="26">
    ${svg`<line class="grid" x1=${pct(RANGE[0])} x2=${pct(RANGE[1])} y1="13" y2="13"></line>
      ${
        row.min !== undefined && row.max !== undefined && row.max > row.min
          ? svg`<line class="gap-bar" x1=${pct(x(row.min))} x2=${pct(x(row.max))} y1="13" y2="13"></line>`
          : nothing
      }
      ${row.values.map((v, i) =>
        v === undefined
          ? nothing
          : svg`<svg x=${pct(x(v))} y="13" width="1" height="1" overflow="visible"><path class="dot" color=${columns[i]!.style.colour} d=${markerPath(columns[i]!.style.shape, MARKER_SIZE)}></path></svg>`,
      )}`}
  </svg>`;
}

/** The numbers of the shared scale (its ends and middle, where they fit), placed as in the dot plots. */
function scaleTicks(d: ComparisonData, x: (v: number) => number): TemplateResult {
  const ticks = placeScaleTicks(d.scale, d.format, x, (t) => textWidth(t, 12, d.fontFamily));
  return html`<svg class="scale" aria-hidden="true" width="100%" height="18">
    ${ticks.map((t) => svg`<text class="tick" x=${pct(t.at)} y="13" text-anchor=${t.anchor}>${t.text}</text>`)}
  </svg>`;
}

/** A value with its highest / lowest mark (a symbol to see, a word to hear). */
function valueWithMark(row: ComparisonRow, i: number, v: number | undefined, d: ComparisonData): TemplateResult {
  const high = row.highest.includes(i);
  const mark = high || row.lowest.includes(i);
  return html`${d.format(v)}${
    mark
      ? html`<span aria-hidden="true" class="mark">${high ? '▲' : '▼'}</span><span class="visually-hidden"> (${high ? d.words.highest : d.words.lowest})</span>`
      : nothing
  }`;
}

const valueClass = (row: ComparisonRow, i: number, v: number | undefined) =>
  row.highest.includes(i) ? 'high' : row.lowest.includes(i) ? 'low' : v === undefined ? 'no-data' : '';

/**
 * The comparison table: values (highest and lowest marked), the gap, and a dot plot per row, beside the
 * values (`wide`) or under them, across the table (`medium`).
 */
export function comparisonTable(d: ComparisonData, layout: 'wide' | 'medium'): TemplateResult {
  const { rows, columns, labels, national, format, words } = d;
  const x = linear(d.scale, RANGE);
  const wide = layout === 'wide';
  const span = columns.length + 2;
  return html`<div class="table-wrap ${layout}" part="table" tabindex="0" role="region" aria-label=${words.caption}>
    <table>
      <caption>${words.caption}</caption>
      <thead>
        <tr>
          <th scope="col">${words.dimension}</th>
          ${columns.map((c) => html`<th scope="col" class="region">${swatch(c.style)} <span lang=${c.lang ?? nothing}>${c.name}</span>${illustrativeMark(words.illustrative, c.synthetic)}</th>`)}
          <th scope="col" class="gap">${words.gap}</th>
          ${
            wide
              ? html`<th scope="col" class="plot-head"><span class="visually-hidden">${words.plot}</span>${scaleTicks(d, x)}</th>`
              : nothing
          }
        </tr>
        ${wide ? nothing : html`<tr class="plot-row" aria-hidden="true"><td colspan=${span}>${scaleTicks(d, x)}</td></tr>`}
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr class=${wide ? '' : 'with-plot'}>
              <th scope="row" lang=${labels[row.index]?.lang ?? nothing}>${labels[row.index]?.value}</th>
              ${row.values.map((v, i) => html`<td class=${valueClass(row, i, v)}>${valueWithMark(row, i, v, d)}</td>`)}
              <td class="gap">${row.gap === undefined ? '–' : format(row.gap)}</td>
              ${wide ? html`<td class="plot-cell">${dotPlot(row, columns, x)}</td>` : nothing}
            </tr>
            ${wide ? nothing : html`<tr class="plot-row" aria-hidden="true"><td colspan=${span}>${dotPlot(row, columns, x)}</td></tr>`}`,
        )}
      </tbody>
      ${
        national && words.national
          ? html`<tfoot>
            <tr>
              <th scope="row">${words.national}</th>
              ${national.map((v) => html`<td>${format(v)}</td>`)}
              <td></td>
              ${wide ? html`<td></td>` : nothing}
            </tr>
          </tfoot>`
          : nothing
      }
    </table>
  </div>`;
}

/**
 * The narrow layout: one block per dimension with its dot plot and every region's value (highest and
 * lowest marked) and the gap, then the national reference; the same information as the table.
 */
export function comparisonBlocks(d: ComparisonData): TemplateResult {
  const { rows, columns, labels, national, format, words } = d;
  const x = linear(d.scale, RANGE);
  const name = (c: Column) =>
    html`${swatch(c.style)} <span lang=${c.lang ?? nothing}>${c.name}</span>${illustrativeMark(words.illustrative, c.synthetic)}`;
  return html`<div class="stack" part="table" role="group" aria-labelledby="stack-caption">
    <p class="caption" id="stack-caption">${words.caption}</p>
    ${scaleTicks(d, x)}
    <ul class="blocks">
      ${rows.map(
        (row) => html`<li>
          <p class="block-name" lang=${labels[row.index]?.lang ?? nothing}>${labels[row.index]?.value}</p>
          ${dotPlot(row, columns, x)}
          <dl>
            ${row.values.map(
              (v, i) =>
                html`<div><dt>${name(columns[i]!)}</dt><dd class=${valueClass(row, i, v)}>${valueWithMark(row, i, v, d)}</dd></div>`,
            )}
            <div class="gap"><dt>${words.gap}</dt><dd>${row.gap === undefined ? '–' : format(row.gap)}</dd></div>
          </dl>
        </li>`,
      )}
      ${
        national && words.national
          ? html`<li class="national-block">
            <p class="block-name">${words.national}</p>
            <dl>${national.map((v, i) => html`<div><dt>${name(columns[i]!)}</dt><dd>${format(v)}</dd></div>`)}</dl>
          </li>`
          : nothing
      }
    </ul>
  </div>`;
}
