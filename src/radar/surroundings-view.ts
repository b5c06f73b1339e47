/**
 * The radar's surroundings as Lit templates: the toolbar (view switch, downloads), the legend of toggle
 * buttons, the plain-language summary and the notes on references and target groups.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { MARKER_SIZE } from '../chart/palette.js';
import { markerPath } from '../core/markers.js';
import { syntheticShare } from '../chart/profiles.js';
import { illustrativeMark, referenceNotes } from '../chart/notes-view.js';
import { formatScore, illustrative, substitutionNotes } from '../chart/words.js';
import type { LocaleController } from '../i18n/locale-controller.js';
import type { RadarModel } from './model.js';
import { summaryText } from './summary.js';
import { RADAR_VIEWS, type RadarView } from './view-memory.js';
import type { ShownSeries } from './views.js';
import { summaryWords } from './words.js';

/** View switch (radar / bars / table) and, when `onDownload` is given, the SVG and PNG downloads. */
export function toolbar(
  i18n: LocaleController,
  current: RadarView,
  onView: (view: RadarView) => void,
  onDownload?: (format: 'svg' | 'png') => void,
): TemplateResult {
  const { msg } = i18n;
  const views = {
    radar: msg('Radar', { id: 'radar.view.radar' }),
    bars: msg('Bars', { id: 'radar.view.bars' }),
    table: msg('Table', { id: 'radar.view.table' }),
  };
  // One listener for the toolbar (buttons say what they do in `data-*`): fewer listeners on pages with many radars.
  const click = (e: Event) => {
    const { view, format } = (e.target as Element).closest<HTMLElement>('[data-view], [data-format]')?.dataset ?? {};
    if (view) onView(view as RadarView);
    if (format === 'svg' || format === 'png') onDownload?.(format);
  };
  // eslint-disable-next-line lit-a11y/click-events-have-key-events -- the clicks come from the toolbar's own buttons (one listener for them all)
  return html`<div class="toolbar" part="toolbar" @click=${click}
    ><div role="group" aria-label=${msg('View', { id: 'radar.view' })}
      >${RADAR_VIEWS.map((v) => html`<button type="button" aria-pressed=${v === current} data-view=${v}>${views[v]}</button>`)}</div
    >${
      onDownload
        ? html`<div role="group" aria-label=${msg('Download the chart', { id: 'radar.download' })}
          ><button type="button" data-format="svg">${msg('Download SVG', { id: 'radar.download.svg' })}</button
          ><button type="button" data-format="png">${msg('Download PNG', { id: 'radar.download.png' })}</button></div
        >`
        : nothing
    }</div>`;
}

/**
 * One toggle button per series (`aria-pressed` = shown), with the series' line and marker as in the
 * chart; hover or focus highlights the series.
 */
export function legend(
  i18n: LocaleController,
  all: readonly ShownSeries[],
  off: ReadonlySet<string>,
  onToggle: (key: string) => void,
  onHighlight: (key: string | null) => void,
): TemplateResult {
  // Each region with synthetic scores is named so only when others have published ones.
  const marked = syntheticShare(all.flatMap((s) => s.series.profile ?? [])) === 'some';
  // Listeners on the list, not on each button: the button's series is its `data-key`.
  const keyOf = (e: Event) => (e.target as Element).closest<HTMLElement>('button[data-key]')?.dataset.key;
  const toggle = (e: Event) => {
    const key = keyOf(e);
    if (key !== undefined) onToggle(key);
  };
  const over = (e: Event) => onHighlight(keyOf(e) ?? null);
  const out = () => onHighlight(null);
  /* eslint-disable lit-a11y/click-events-have-key-events -- the clicks come from the legend's own buttons (one listener for them all) */
  return html`<ul class="legend" part="legend" aria-label=${i18n.msg('Series shown', { id: 'radar.legend' })}
    @click=${toggle} @pointerover=${over} @pointerleave=${out} @focusin=${over} @focusout=${out}
    >${all.map(
      (s) => html`<li
        ><button type="button" aria-pressed=${off.has(s.series.key) ? 'false' : 'true'} data-key=${s.series.key}
          ><svg aria-hidden="true" width="34" height="16" viewBox="0 0 34 16" color=${s.series.style.colour}
            ><line class="outline" x1="2" y1="8" x2="32" y2="8" stroke-dasharray=${s.series.style.dash || nothing}></line
            ><path class=${s.series.key === 'average' ? 'point ref' : 'point'} d=${markerPath(s.series.style.shape, MARKER_SIZE, 17, 8)}></path
          ></svg
          ><span lang=${s.lang ?? nothing}>${s.name}</span>${illustrativeMark(illustrative(i18n), marked && s.series.profile?.synthetic)}</button
      ></li>`,
    )}</ul>`;
  /* eslint-enable lit-a11y/click-events-have-key-events */
}

/** The summary sentence of each region (one region: a paragraph; several: a list). */
export function summary(
  i18n: LocaleController,
  m: RadarModel,
  all: readonly ShownSeries[],
  dimensions: readonly string[],
): TemplateResult {
  const words = summaryWords(i18n, m.reference, m.referenceBaseline);
  const format = (v: number) => formatScore(i18n.tag, v);
  const texts = m.summaries.map((s) => summaryText(s, dimensions, format, words));
  return html`<div class="summary" part="summary">
    ${
      texts.length === 1
        ? html`<p>${texts[0]}</p>`
        : html`<ul>
          ${texts.map((t, i) => html`<li><strong lang=${all[i]?.lang ?? nothing}>${all[i]?.name}</strong> — ${t}</li>`)}
        </ul>`
    }
  </div>`;
}

/** National reference scores (with their source links and ring styles) and target-group substitutions. */
export function notes(i18n: LocaleController, m: RadarModel, targetGroup: string): TemplateResult | typeof nothing {
  const substituted = substitutionNotes(
    i18n,
    m.series.flatMap((s) => s.profile ?? []),
    targetGroup,
  );
  return referenceNotes(
    i18n,
    m.national.map((n) => n.baseline),
    substituted,
    m.national.map((n) => n.dash),
  );
}
