import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { regionStyles } from './chart/palette.js';
import {
  MAX_REGIONS,
  buildProfiles,
  baselineRow,
  chooseRegions,
  hasScores,
  defaultRegionOrder,
  parseRegionList,
  nationalBaselines,
  regionsWithScores,
  styleOrder,
  syntheticShare,
  type Profile,
} from './chart/profiles.js';
import { safeScale } from './chart/scale.js';
import { chartStyles } from './chart/styles.js';
import { referenceNotes } from './chart/notes-view.js';
import { formatValue, substitutionNotes } from './chart/words.js';
import { comparisonRows, sortRows, type ComparisonRow } from './comparison/model.js';
import { comparisonLayout, type ComparisonLayout } from './comparison/layout.js';
import { comparisonStyles } from './comparison/styles.js';
import { pickerWords, sortOptions, tableWords } from './comparison/words.js';
import { comparisonBlocks, comparisonTable, pickers, type Column, type ComparisonData, type Option } from './comparison/views.js';
import { defineElement } from './core/define.js';
import { loadErrorText, renderCredits, renderNotices } from './core/notices.js';
import { Inputs } from './core/inputs.js';
import { ReginElement } from './core/regin-element.js';
import { comparisonFollow } from './core/selection.js';
import { baseStyles } from './core/styles.js';
import type { Feed } from './feed/types.js';
import { SizeController } from './core/size-controller.js';
import type { ReginEventMap } from './core/events.js';

const MIN_REGIONS = 2;

/**
 * Two to six regions side by side over the framework's dimensions: a table of the values with the
 * highest and lowest of each row marked, the gap between them, and a dot plot per row on one shared
 * scale; the national MIPEX overall scores as a reference row when the feed has them. The layout follows
 * the widget's own width: dot plots beside the values when there is room, under them when not, and
 * below 480 px one block per dimension with every region's value, its mark and the gap. People add,
 * remove, reorder and swap regions with the pickers, sort by dimension order, by gap or by a region's
 * values, and download exactly what is shown as CSV.
 *
 * A region selected elsewhere in the `group` (on the map) is added when it has scores and a column is
 * free (or in place of the column an earlier selection added); a region a person chose is never
 * replaced: when every column is taken, the comparison offers to replace one. Changing a picker is a
 * choice within this comparison: it does not change the group's selection.
 *
 * @summary Side-by-side comparison of regions' MIPEX-R scores, with gaps, sorting and CSV download.
 * @fires regin-feed-load - The feed loaded or changed. `detail: {url, counts}`.
 * @fires regin-feed-error - The feed could not be loaded. `detail: {url, code, message}`.
 * @csspart picker - The region pickers (a fieldset).
 * @csspart toolbar - Sort order and the CSV download.
 * @csspart table - The comparison table with its dot plots.
 * @csspart notes - Reference and target-group notes, with the source links.
 * @csspart notice - A state notice (error, stale, partial, empty, illustrative data).
 * @csspart credits - "Data as of …" and the feed's credits.
 * @cssprop --regin-region-comparison-gap-color - The bar joining the lowest and highest value of a row.
 * @cssprop --regin-chart-grid-color - The dot plots' scale line (default: the border colour).
 */
export class ReginRegionComparison extends ReginElement {
  static override styles = [baseStyles, chartStyles, comparisonStyles];

  /** Ids of the regions to compare first, two to six, separated by spaces or commas; absent: the group's selected region and the partner regions. */
  @property() regions?: string;
  /** Target group of the scores: `tcn` (third-country nationals, default) or `bip` (beneficiaries of international protection). */
  @property({ attribute: 'target-group' }) targetGroup = 'tcn';
  /** Row order: `dimension` (the framework's order, default), `gap` (largest first) or a region id (its highest values first). */
  @property() sort = 'dimension';

  /** The region ids shown, in column order (the pickers change it). */
  @state() private ids: string[] = [];
  /** Why the last CSV download failed, shown beside the button; empty when it did not. */
  @state() private csvError = '';

  /** What the comparison says when it does not simply add the group's selection, loaded only then. */
  readonly #notices = this.lazyPart({ name: 'chart.selection-notice', load: () => import('./chart/selection-notice.js') });
  /** The CSV download, loaded on the first download. */
  readonly #csv = this.lazyPart({ name: 'comparison.csv', load: () => import('./comparison/csv.js') });
  readonly #inputs = new Inputs();
  /** What became of the last group selection when it was not simply added: no scores, or no free column. */
  #pending: { readonly kind: 'unscored' | 'full'; readonly region: string } | null = null;
  /** The column the group selection added (it follows the next selection), or `null`. */
  #linked: string | null = null;
  #profiles: Profile[] = [];
  #rows: ComparisonRow[] = [];
  #columns: Column[] = [];
  #options: Option[] = [];
  #national?: (number | undefined)[];
  /** The widget's own width decides its layout (not the page's): measured on an empty line as wide as the widget. */
  readonly #size = new SizeController(this, () => this.renderRoot.querySelector('.width-probe'));
  #layout: ComparisonLayout = 'wide';
  /** The widget's font (the dot plots' scale numbers are measured in it). */
  #font = 'sans-serif';
  /**
   * The widest width (and the columns and language it was for) at which the table did not fit after all
   * (a region name with a very long word): at that width and below, the blocks are shown instead.
   */
  #tableOverflowed?: { width: number; key: string };

  protected hasContent(feed: Feed): boolean {
    return regionsWithScores(feed).length > 0;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const feed = this.feedData.feed;
    if (!feed) return;
    const order = defaultRegionOrder(feed);
    const selected = this.selection.selected;
    const scored = (id: string) => hasScores(feed, id);
    // The first time (with a feed), the regions asked for changed from nothing.
    const asked = this.#inputs.changed('regions', this.regions);
    const newFeed = this.#inputs.changed('feed', feed);
    if (asked) {
      const ids = parseRegionList(this.regions);
      const linked = !ids.length && selected && scored(selected) ? selected : null;
      this.ids = chooseRegions(feed, ids.length ? ids : [...(linked ? [linked] : []), ...order], order, { min: MIN_REGIONS });
      this.#linked = linked;
    } else if (newFeed) {
      this.ids = chooseRegions(feed, this.ids, order, { min: MIN_REGIONS });
    }
    // A new selection in the group (the columns just chosen already follow the current one).
    if (this.#inputs.changed('selected', selected) && !asked) {
      const follow = comparisonFollow({ ids: this.ids, linked: this.#linked }, selected, scored, MAX_REGIONS);
      if (follow.kind === 'added') {
        this.ids = [...follow.columns.ids];
        this.#linked = follow.columns.linked;
      }
      this.#pending = follow.kind === 'unscored' || follow.kind === 'full' ? follow : null;
    }
    if (this.#pending && this.#notices.status === 'initial') void this.#notices.load();
    this.#profiles = buildProfiles(feed, this.ids, this.targetGroup);
    this.#rows = sortRows(comparisonRows(this.#profiles, feed.framework.dimensions), this.sort, this.ids);
    this.#national = baselineRow(feed, this.#profiles);
    // Each region with synthetic scores is marked by name only when others have published ones.
    const mixed = syntheticShare(this.#profiles) === 'some';
    // A region's style comes from its place among the feed's scored regions: the same in every widget.
    const styles = regionStyles(
      styleOrder(feed),
      this.#profiles.map((p) => p.region.id),
    );
    this.#columns = this.#profiles.map((p) => {
      const name = this.i18n.text(p.region.name);
      return {
        id: p.region.id,
        name: name.value,
        lang: name.lang,
        style: styles.get(p.region.id)!,
        synthetic: mixed && p.synthetic,
      };
    });
    const style = getComputedStyle(this);
    this.#font = style.fontFamily || 'sans-serif';
    const width = this.#size.width;
    const over = this.#tableOverflowed;
    this.#layout =
      over && over.key === this.#overflowKey() && width <= over.width
        ? 'stacked'
        : comparisonLayout(width, this.#columns.length, parseFloat(style.fontSize));
    // Every region with scores, and a shown one without (asked for by `regions`), so no picker is blank.
    this.#options = [...regionsWithScores(feed), ...this.#profiles.map((p) => p.region).filter((r) => !scored(r.id))]
      .map((r) => ({ id: r.id, name: this.i18n.text(r.name).value }))
      .sort((a, b) => this.i18n.compare(a.name, b.name));
  }

  protected override renderContent() {
    const { snapshot } = this.feedData;
    const state = this.state;
    const feed = snapshot.feed;
    const { msg } = this.i18n;
    return html`<div class="width-probe"></div>
      ${renderNotices(this.i18n, snapshot, state, { synthetic: syntheticShare(this.#profiles), debug: this.debug })}
      ${
        state === 'empty'
          ? html`<p class="notice" part="notice" role="status">${msg('There are no indicator scores to compare.', { id: 'comparison.empty' })}</p>`
          : feed && this.#columns.length
            ? this.#renderBody(feed)
            : nothing
      }
      ${renderCredits(this.i18n, snapshot)}`;
  }

  #renderBody(feed: Feed) {
    const { i18n } = this;
    const format = (v: number | undefined) => formatValue(i18n, v);
    const labels = feed.framework.dimensions.map((d) => i18n.text(d.label));
    const sorts = sortOptions(i18n, this.#columns);
    // A sort by a region no longer shown falls back to the framework's order (as sortRows does).
    const sort = sorts.some((o) => o.id === this.sort) ? this.sort : 'dimension';
    const data: ComparisonData = {
      rows: this.#rows,
      columns: this.#columns,
      labels,
      national: this.#national,
      scale: safeScale(feed.framework.scale),
      format,
      fontFamily: this.#font,
      words: tableWords(i18n, this.#profiles, this.targetGroup, feed, sorts.find((o) => o.id === sort)?.name),
    };
    return html`${this.#pendingNotice(feed)}
      ${pickers(this.#columns, this.#options, pickerWords(i18n), this.#actions, MAX_REGIONS, MIN_REGIONS)}
      <div class="toolbar" part="toolbar">
        <label class="sort">${i18n.msg('Sort rows by', { id: 'comparison.sort' })}
          <select .value=${live(sort)} @change=${(e: Event) => (this.sort = (e.target as HTMLSelectElement).value)}>
            ${sorts.map((o) => html`<option value=${o.id} ?selected=${o.id === sort}>${o.name}</option>`)}
          </select>
        </label>
        <button type="button" @click=${() => this.#downloadCsv(feed)}>${i18n.msg('Download CSV', { id: 'comparison.csv' })}</button>
      </div>
      ${this.csvError ? html`<p class="notice error" part="notice" role="alert">${this.csvError}</p>` : nothing}
      ${this.#layout === 'stacked' ? comparisonBlocks(data) : comparisonTable(data, this.#layout)}
      ${referenceNotes(
        i18n,
        nationalBaselines(
          feed,
          this.#profiles.map((p) => p.region),
        ),
        substitutionNotes(i18n, this.#profiles, this.targetGroup),
      )}`;
  }

  /** Why the selected region is not in the comparison (no scores, or no free column), with "Replace …". */
  #pendingNotice(feed: Feed) {
    const pending = this.#pending;
    // Nothing to say once the region is shown, or a column is free again (the person can add it).
    if (!pending || this.ids.includes(pending.region) || (pending.kind === 'full' && this.ids.length < MAX_REGIONS))
      return nothing;
    return this.#notices.value?.comparisonNotice(this.i18n, feed, pending, this.ids, this.#replaceLast) ?? nothing;
  }

  /** The person accepted the selected region in place of the last column. */
  readonly #replaceLast = () => {
    const slot = this.ids.length - 1;
    if (this.ids[slot] === this.#linked) this.#linked = null;
    this.ids = [...this.ids.slice(0, slot), this.#pending!.region];
    this.#pending = null;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#slot-${slot}`)?.focus());
  };

  /** What decides whether the table fits besides the width: the columns shown and the language. */
  #overflowKey(): string {
    return `${this.ids.join(' ')}|${this.i18n.lang}`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The layout is chosen from an estimate of the room the table needs; when it is wrong (names with
    // very long words), the table would scroll sideways: the blocks are shown instead at this width.
    const wrap = this.renderRoot.querySelector<HTMLElement>('.table-wrap');
    if (wrap && this.#size.width > 0 && wrap.scrollWidth > wrap.clientWidth + 1) {
      this.#tableOverflowed = { width: this.#size.width, key: this.#overflowKey() };
      queueMicrotask(() => this.requestUpdate());
    }
  }

  readonly #actions = {
    // A local choice: the group's selection stays as it is.
    pick: (slot: number, id: string) => {
      const ids = [...this.ids];
      const other = ids.indexOf(id);
      if (other >= 0) ids[other] = ids[slot]!; // picking a region shown elsewhere swaps the two
      if (ids[slot] === this.#linked) this.#linked = null; // the person chose this column now
      ids[slot] = id;
      this.ids = ids;
    },
    move: (slot: number, by: -1 | 1) => {
      const ids = [...this.ids];
      [ids[slot], ids[slot + by]] = [ids[slot + by]!, ids[slot]!];
      this.ids = ids;
      this.#focusMoved(slot + by, by);
    },
    remove: (slot: number) => {
      if (this.ids[slot] === this.#linked) this.#linked = null;
      this.ids = this.ids.filter((_, i) => i !== slot);
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.pickers .add')?.focus());
    },
    add: () => {
      const next = this.#options.find((o) => !this.ids.includes(o.id));
      if (!next || this.ids.length >= MAX_REGIONS) return;
      this.ids = [...this.ids, next.id];
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#slot-${this.ids.length - 1}`)?.focus());
    },
  };

  /** After a move, keeps focus on the same button of the moved region (or its select at the ends). */
  #focusMoved(slot: number, by: -1 | 1): void {
    void this.updateComplete.then(() => {
      const li = this.renderRoot.querySelectorAll('.pickers li')[slot];
      const buttons = li?.querySelectorAll<HTMLButtonElement>('button.icon');
      const same = buttons?.[by < 0 ? 0 : 1];
      (same && !same.disabled ? same : li?.querySelector('select'))?.focus();
    });
  }

  /** Builds the CSV (its code loads on the first download) and offers it as a file. */
  async #downloadCsv(feed: Feed): Promise<void> {
    this.csvError = '';
    const csv = await this.#csv.load();
    if (!csv) {
      this.csvError = loadErrorText(this.i18n);
      return;
    }
    csv.downloadComparison(this.i18n, feed, this.#profiles, this.#rows, this.#national, this.ids);
  }
}

defineElement('regin-region-comparison', ReginRegionComparison);

declare global {
  interface HTMLElementTagNameMap {
    'regin-region-comparison': ReginRegionComparison;
  }
  // The widgets' events, typed for `addEventListener` with this entry alone.

  interface HTMLElementEventMap extends ReginEventMap {}
}
