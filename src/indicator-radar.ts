import { html, nothing, type PropertyValues } from 'lit';
import { str } from '@lit/localize';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { downloadBlob } from './chart/download.js';
import { baselineRow, chooseRegions, defaultRegionOrder, hasScores, parseRegionList } from './chart/profiles.js';
import { chartStyles } from './chart/styles.js';
import { formatValue } from './chart/words.js';
import { defineElement } from './core/define.js';
import { loadErrorText, renderCredits, renderNotices } from './core/notices.js';
import { Inputs } from './core/inputs.js';
import { ReginElement } from './core/regin-element.js';
import { radarFollow } from './core/selection.js';
import { baseStyles } from './core/styles.js';
import type { Feed } from './feed/types.js';
import { catalog } from './i18n/catalogs.js';
import { clampIndex, moveFocus, type GridPosition } from './radar/keyboard.js';
import { radarModel, type RadarBaseline, type RadarModel } from './radar/model.js';
import { legend, notes, summary, toolbar } from './radar/surroundings-view.js';
import { radarStyles } from './radar/styles.js';
import { recallView, rememberView, type RadarView } from './radar/view-memory.js';
import { pointAt, pointPosition, radarSvg, type ShownSeries, type ViewInput } from './radar/views.js';
import { chartCaption, pointName } from './radar/words.js';
import { SizeController } from './core/size-controller.js';
import { DEFAULT_LAYOUT } from './radar/geometry.js';
import type { ReginEventMap } from './core/events.js';
import { radarLabels, type RadarLabels } from './radar/labels.js';
import { textWidth } from './chart/measure-text.js';

/**
 * The indicator profile (MIPEX-R: eight policy areas, 0–100) of one to six regions, on axes in the
 * framework's order, with an optional reference: the national MIPEX overall score or the average of the
 * shown regions. The same numbers are offered as bars and as a table, with a plain-language summary,
 * because a radar's area depends on axis order and grows with the square of the values.
 *
 * Keyboard: the chart is one tab stop; Left/Right move across axes, Up/Down across series, Home/End
 * to the first/last axis; each point reads "Region, dimension: value". Legend entries are toggle
 * buttons. Missing values are shown as gaps with a "no data" mark, never as zero.
 *
 * PNG download draws the SVG through a `blob:` image: under a Content-Security-Policy, allow
 * `img-src blob:` for it (SVG download needs nothing).
 *
 * @summary Radar, bar and table views of regions' MIPEX-R indicator scores, with summary and downloads.
 * @fires regin-feed-load - The feed loaded or changed. `detail: {url, counts}`.
 * @fires regin-feed-error - The feed could not be loaded. `detail: {url, code, message}`.
 * @csspart toolbar - The view switch and the download buttons.
 * @csspart chart - The figure holding the radar or the bars.
 * @csspart legend - The list of series toggle buttons.
 * @csspart table - The table view.
 * @csspart summary - The plain-language summary.
 * @csspart notes - Reference and target-group notes, with the source links.
 * @csspart notice - A state notice (error, stale, partial, empty, illustrative data).
 * @csspart credits - "Data as of …" and the feed's credits.
 * @cssprop --regin-chart-max-width - Widest the chart is drawn (default `40rem`).
 * @cssprop --regin-chart-grid-color - Gridlines and spokes (default: the border colour).
 */
export class ReginIndicatorRadar extends ReginElement {
  static override styles = [baseStyles, chartStyles, radarStyles];

  /**
   * Ids of the regions to show, one to six, separated by spaces or commas; absent: the group's selected
   * region when it has scores (otherwise the region shown before stays, with a note), else the first
   * partner region.
   */
  @property() regions?: string;
  /** Target group of the scores: `tcn` (third-country nationals, default) or `bip` (beneficiaries of international protection). */
  @property({ attribute: 'target-group' }) targetGroup = 'tcn';
  /** `national`: the country's national MIPEX overall score as a reference ring; `average`: the average of the shown regions. */
  @property() baseline?: 'national' | 'average';
  /** `radar`, `bars` or `table`: the view shown first; a person's later choice is remembered when the element has an `id`. */
  @property() view: 'radar' | 'bars' | 'table' = 'radar';

  /** Keys of the series switched off in the legend. */
  @state() private off: ReadonlySet<string> = new Set();
  @state() private highlight: string | null = null;
  @state() private cursor: GridPosition = { axis: 0, series: 0 };
  @state() private exportError = '';
  /** Loading the bar and table views' code failed: the radar is shown instead, with a notice, until the next choice. */
  @state() private viewFailed = false;

  /** The width the chart is drawn for: measured on an empty line as wide as the widget. */
  readonly #size = new SizeController(
    this,
    () => this.renderRoot.querySelector('.width-probe'),
    () => (this.#family = getComputedStyle(this).fontFamily || 'sans-serif'),
  );
  #model?: RadarModel;
  readonly #inputs = new Inputs();
  /** Every series with its name; `shown` leaves out those switched off. */
  #all: ShownSeries[] = [];
  #shown: ShownSeries[] = [];
  #axisLabels: { value: string; lang?: string }[] = [];
  /** Where the radar's ring numbers, reference tags and value labels go. */
  #labels?: RadarLabels;
  /** The widget's font family, to measure its labels. */
  #family?: string;
  #national?: (number | undefined)[];
  #restored = false;
  /** The region shown while following the group (kept when the selection has no scores, or chosen in the note about it). */
  #kept: string | null = null;
  /** The group's selected region when it has no scores, so the radar says what it shows instead. */
  #unscored: string | null = null;
  /** The bar and table views' code, loaded when one of them is first shown (an update waits for it). */
  readonly #otherViews = this.lazyPart(
    { name: 'radar.other-views', load: () => import('./radar/other-views.js') },
    { hold: true },
  );
  /** What the radar says when it does not follow the group's selection, loaded only when it has to say it. */
  readonly #notices = this.lazyPart({ name: 'chart.selection-notice', load: () => import('./chart/selection-notice.js') });
  /** The SVG and PNG export, loaded on the first download. */
  readonly #export = this.lazyPart({ name: 'radar.export', load: () => import('./radar/export-action.js') });

  protected hasContent(feed: Feed): boolean {
    return this.#modelFor(feed).series.some((s) => s.profile && s.values.some((v) => v !== undefined));
  }

  #regionIds(feed: Feed): string[] {
    const asked = parseRegionList(this.regions);
    this.#unscored = null;
    if (asked.length) return chooseRegions(feed, asked, defaultRegionOrder(feed));
    const selected = this.selection.selected;
    const follow = radarFollow(selected, this.#kept, (id) => hasScores(feed, id));
    this.#unscored = follow.unscored;
    const show = follow.show;
    const ids = chooseRegions(feed, show && hasScores(feed, show) ? [show] : [], defaultRegionOrder(feed));
    this.#kept = ids[0] ?? null;
    return ids;
  }

  /** The model for the current feed, regions, target group and baseline; recomputed only when they change. */
  #modelFor(feed: Feed): RadarModel {
    const width = this.#chartWidth();
    // Asked several times per update (state, render): the same inputs give the same model.
    const changed = this.#inputs.changed(
      'model',
      feed,
      this.regions,
      this.selection.selected,
      this.#kept,
      this.targetGroup,
      this.baseline,
      width,
    );
    if (this.#model && !changed) return this.#model;
    const ids = this.#regionIds(feed);
    const baseline: RadarBaseline = this.baseline === 'national' || this.baseline === 'average' ? this.baseline : 'none';
    // Other series: a new model, legend choices cleared. Only another width: the same series drawn for it
    // (legend choices stay).
    const series = this.#inputs.changed('series', feed, ids.join(' '), this.targetGroup, baseline);
    if (series || width !== this.#model?.frame.layout.width) {
      this.#model = radarModel(feed, ids, { targetGroup: this.targetGroup, baseline, width });
    }
    const model = this.#model!;
    if (series) {
      this.off = new Set();
      const profiles = model.series.flatMap((s) => s.profile ?? []);
      this.#national = baseline === 'national' ? baselineRow(feed, profiles) : undefined;
    }
    return model;
  }

  /**
   * Starts loading the bar and table views' code when one of them is asked for (by attribute, script, a
   * remembered or a new choice): the update waits for it, so the view is drawn as soon as it is shown.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.#restored) {
      this.#restored = true;
      this.view = recallView(this.id) ?? this.view;
    }
    const status = this.#otherViews.status;
    if (this.#otherView() && (status === 'initial' || (status === 'error' && !this.viewFailed))) void this.#otherViews.load();
    return super.scheduleUpdate();
  }

  /** The bar or table view is asked for. */
  #otherView(): boolean {
    return this.view === 'bars' || this.view === 'table';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Its code could not be loaded: the radar instead, with a notice, until the next choice.
    if (this.#otherView() && this.#otherViews.status === 'error') {
      this.view = 'radar';
      this.viewFailed = true;
    }
    const feed = this.feedData.feed;
    if (!feed) return;
    const model = this.#modelFor(feed);
    const locale = this.#locale();
    if (this.#inputs.changed('names', model, ...locale)) {
      const average = this.i18n.msg('Average of the shown regions', { id: 'radar.average' });
      this.#all = model.series.map((series) => {
        const t = series.profile ? this.i18n.text(series.profile.region.name) : { value: average };
        return { series, name: t.value, lang: t.lang };
      });
      const labels = model.dimensions.map((d) => this.i18n.text(d.label));
      // Kept while unchanged, so the radar's frame (grid, ticks, axis labels) is not rendered again.
      const old = this.#axisLabels;
      if (labels.length !== old.length || labels.some((l, i) => l.value !== old[i]!.value || l.lang !== old[i]!.lang)) {
        this.#axisLabels = labels;
      }
    }
    this.#shown = this.#all.filter((s) => !this.off.has(s.series.key));
    this.#labels = this.#placeLabels(model);
    if (this.#unscored !== null && this.#notices.status === 'initial') void this.#notices.load();
  }

  /**
   * Places the radar's texts: the values of the one region shown or of the highlighted one, the national
   * reference tags and the ring numbers, measured in the widget's font.
   */
  #placeLabels(m: RadarModel): RadarLabels {
    const format = (v: number | undefined) => formatValue(this.i18n, v);
    // Read when the radar's size is measured (see #size): reading a computed style during an update would
    // cost a style pass per radar on a page with many. Until then the generic family stands in, and the
    // labels are placed again when the measured size updates the radar.
    const family = this.#family ?? 'sans-serif';
    const single = this.#shown.length === 1;
    const values = this.#shown.flatMap((s, series) =>
      single || s.series.key === this.highlight
        ? s.series.shape.points.flatMap((p) =>
            p.value === undefined ? [] : [{ series, axis: p.axis, text: format(p.value), at: p.labelAt, point: p }],
          )
        : [],
    );
    return radarLabels({
      frame: m.frame,
      axisNames: this.#axisLabels.map((l) => l.value),
      ringTexts: m.frame.rings.map((r) => format(r.value)),
      tags: m.national.map((n) => ({ text: `${n.baseline.country} ${format(n.baseline.value)}`, at: n.ring.label })),
      values,
      markers: this.#shown.flatMap((s) => s.series.shape.points),
      measure: (text, size, weight) => textWidth(text, size, family, weight),
    });
  }

  /**
   * Width (CSS px) of the chart: the widget's, up to the chart's maximum width; 0 until measured. From
   * 560 px up the chart is drawn at its default size and scaled up (see `layoutForWidth`).
   */
  #chartWidth(): number {
    // The probe has the chart's maximum width (see radar/styles.ts), so its size is the chart's: no
    // computed style is read on an update, which would cost a style pass per radar on a busy page.
    const drawn = this.#size.width;
    return drawn >= DEFAULT_LAYOUT.width ? DEFAULT_LAYOUT.width : drawn;
  }

  protected override renderContent() {
    const { snapshot } = this.feedData;
    const state = this.state;
    const m = this.#model;
    const locale = this.#locale();
    // Parts that an update of regions, highlight or focus leaves as they were are not rendered again.
    return html`<div class="width-probe"></div>${guard([snapshot, state, m?.synthetic, this.debug, ...locale], () =>
      renderNotices(this.i18n, snapshot, state, { synthetic: m?.synthetic, debug: this.debug }),
    )}
      ${
        state === 'empty'
          ? html`<p class="notice" part="notice" role="status">
            ${this.i18n.msg('There are no indicator scores for the regions shown.', { id: 'radar.empty' })}
          </p>`
          : m && snapshot.feed
            ? this.#renderBody(m, snapshot.feed, locale)
            : nothing
      }
      ${guard([snapshot, ...locale], () => renderCredits(this.i18n, snapshot))}`;
  }

  /** What the element's words depend on: its language, format tag, declared language and loaded messages. */
  #locale(): unknown[] {
    const { lang, tag, declared } = this.i18n;
    return [lang, tag, declared, catalog(lang)];
  }

  #renderBody(m: RadarModel, feed: Feed, locale: unknown[]) {
    const { i18n } = this;
    const title = this.#heading(m);
    const format = (v: number | undefined) => formatValue(i18n, v);
    const input: ViewInput = {
      model: m,
      shown: this.#shown,
      axisLabels: this.#axisLabels,
      format,
      pointName: (s, axis) => pointName(i18n, s.name, this.#axisLabels[axis]?.value ?? '', format(s.series.values[axis])),
      label: title,
      highlight: this.highlight,
    };
    const cursor = {
      axis: clampIndex(this.cursor.axis, m.dimensions.length),
      series: clampIndex(this.cursor.series, this.#shown.length),
    };
    const caption = chartCaption(i18n, m, this.targetGroup, feed.framework.scale);
    const other = this.#otherViews.value;
    const alert = (text: string) => html`<p class="notice error" part="notice" role="alert">${text}</p>`;
    return html`${this.#unscoredNotice(feed)}
      ${guard([this.view, ...locale], () =>
        toolbar(i18n, this.view, (v) => this.#choose(v), this.view === 'radar' ? (f) => void this.#download(f) : undefined),
      )}
      ${this.exportError ? alert(this.exportError) : nothing}
      ${this.viewFailed ? alert(loadErrorText(i18n)) : nothing}
      ${
        this.view === 'table' && other
          ? other.dataTable(i18n, { ...input, shown: this.#all }, `${title}. ${caption}`, this.#national)
          : html`<figure part="chart">
              ${
                this.view === 'bars' && other
                  ? other.barsSvg(input)
                  : radarSvg({
                      ...input,
                      locale,
                      focus: cursor,
                      onKeydown: this.#onKeydown,
                      onFocusIn: this.#onFocusIn,
                      onHighlight: this.#onHighlight,
                      labels: this.#labels!,
                    })
              }
              <figcaption>${caption}</figcaption>
            </figure>
            ${guard([this.#all, this.off, ...locale], () => legend(i18n, this.#all, this.off, this.#onToggle, this.#onHighlight))}`
      }
      ${guard([m, this.#all, ...locale], () =>
        summary(
          i18n,
          m,
          this.#all,
          this.#axisLabels.map((l) => l.value),
        ),
      )}
      ${guard([m, this.targetGroup, ...locale], () => notes(i18n, m, this.targetGroup))}`;
  }

  /** "No MIPEX-R indicator scores for Gotland; showing Skåne", with a choice of the regions that have scores. */
  #unscoredNotice(feed: Feed) {
    const unscored = this.#unscored;
    if (unscored === null || this.#kept === null) return nothing;
    // A local choice: the radar keeps it until the group selects a region with scores.
    const onChoose = (region: string) => void ((this.#kept = region), this.requestUpdate());
    return this.#notices.value?.radarNotice(this.i18n, feed, unscored, this.#kept, onChoose) ?? nothing;
  }

  #heading(m: RadarModel): string {
    const names = this.i18n.list(this.#all.filter((s) => s.series.profile).map((s) => s.name));
    return m.series.length ? this.i18n.msg(str`Indicator profile: ${names}`, { id: 'radar.title' }) : '';
  }

  #choose(view: RadarView): void {
    this.view = view;
    this.viewFailed = false;
    rememberView(this.id, view);
  }

  readonly #onToggle = (key: string): void => {
    const off = new Set(this.off);
    if (!off.delete(key)) off.add(key);
    this.off = off;
  };

  readonly #onHighlight = (key: string | null): void => {
    this.highlight = key;
  };

  readonly #onKeydown = (e: KeyboardEvent): void => {
    const next = moveFocus(this.cursor, e.key, this.#model?.dimensions.length ?? 0, this.#shown.length);
    if (!next) return;
    e.preventDefault();
    this.cursor = next;
    this.highlight = this.#shown[next.series]?.series.key ?? null;
    void this.updateComplete.then(() => pointAt(this.renderRoot.querySelector('svg.radar'), next)?.focus());
  };

  readonly #onFocusIn = (e: FocusEvent): void => {
    const pos = pointPosition(e.target);
    if (!pos) return;
    this.cursor = pos;
    this.highlight = this.#shown[pos.series]?.series.key ?? null;
  };

  async #download(format: 'svg' | 'png'): Promise<void> {
    const svg = this.renderRoot.querySelector<SVGSVGElement>('svg.radar');
    const feed = this.feedData.feed;
    if (!svg || !this.#model || !feed) return;
    this.exportError = '';
    try {
      const code = await this.#export.load();
      if (!code) throw new Error('the export code could not be loaded');
      const { blob, name } = await code.exportRadar(
        this.i18n,
        svg,
        this.#model,
        this.#heading(this.#model),
        this.#shown,
        feed,
        format,
      );
      downloadBlob(blob, name);
    } catch {
      this.exportError = this.i18n.msg('The image could not be made in this browser or page.', { id: 'radar.export-error' });
    }
  }
}

defineElement('regin-indicator-radar', ReginIndicatorRadar);

declare global {
  interface HTMLElementTagNameMap {
    'regin-indicator-radar': ReginIndicatorRadar;
  }
  // The widgets' events, typed for `addEventListener` with this entry alone.

  interface HTMLElementEventMap extends ReginEventMap {}
}
