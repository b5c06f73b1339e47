import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { seriesStyle } from './chart/palette.js';
import {
  MAX_REGIONS,
  buildProfiles,
  chooseRegions,
  defaultRegionOrder,
  parseRegionList,
  nationalBaselines,
  regionsWithScores,
  syntheticShare,
  type Profile,
} from './chart/profiles.js';
import { safeScale } from './chart/scale.js';
import { chartStyles } from './chart/styles.js';
import { referenceNotes } from './chart/notes-view.js';
import { formatValue, substitutionNotes } from './chart/words.js';
import { baselineRow, comparisonRows, sortRows, type ComparisonRow } from './comparison/model.js';
import { comparisonStyles } from './comparison/styles.js';
import { pickerWords, sortOptions, tableWords } from './comparison/words.js';
import { comparisonTable, pickers, type Column, type Option } from './comparison/views.js';
import { defineElement } from './core/define.js';
import { emit } from './core/events.js';
import { renderCredits, renderNotices } from './core/notices.js';
import { ReginElement } from './core/regin-element.js';
import { baseStyles } from './core/styles.js';
import type { Feed } from './feed/types.js';
import type { ReginEventMap } from './core/events.js';

const MIN_REGIONS = 2;

/**
 * Two to six regions side by side over the framework's dimensions: a table of the values with the
 * highest and lowest of each row marked, the gap between them, and a dot plot per row on one shared
 * scale; the national MIPEX overall scores as a reference row when the feed has them. People add,
 * remove, reorder and swap regions with the pickers, sort by dimension order, by gap or by a region's
 * values, and download exactly what is shown as CSV. A region selected elsewhere in the `group` (on the
 * map) is added.
 *
 * @summary Side-by-side comparison of regions' MIPEX-R scores, with gaps, sorting and CSV download.
 * @fires regin-region-select - A person picked a region in one of the pickers. `detail: {regionId}`.
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

  #idsFeed?: Feed;
  #lastSelected: string | null = null;
  #profiles: Profile[] = [];
  #rows: ComparisonRow[] = [];
  #columns: Column[] = [];
  #options: Option[] = [];
  #national?: (number | undefined)[];

  protected hasContent(feed: Feed): boolean {
    return regionsWithScores(feed).length > 0;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const feed = this.feedData.feed;
    if (!feed) return;
    const order = defaultRegionOrder(feed);
    const selected = this.selection.selected;
    if (changed.has('regions') || !this.#idsFeed) {
      const asked = parseRegionList(this.regions);
      this.ids = chooseRegions(feed, asked.length ? asked : [...(selected ? [selected] : []), ...order], order, {
        min: MIN_REGIONS,
      });
      this.#lastSelected = selected;
    } else if (feed !== this.#idsFeed) {
      this.ids = chooseRegions(feed, this.ids, order, { min: MIN_REGIONS });
    }
    this.#idsFeed = feed;
    if (selected !== this.#lastSelected) {
      // A region selected elsewhere in the group joins the comparison (replacing the last when full).
      this.#lastSelected = selected;
      if (selected && !this.ids.includes(selected) && feed.regions.some((r) => r.id === selected)) {
        this.ids = [...this.ids.slice(0, MAX_REGIONS - 1), selected];
      }
    }
    this.#profiles = buildProfiles(feed, this.ids, this.targetGroup);
    this.#rows = sortRows(comparisonRows(this.#profiles, feed.framework.dimensions), this.sort, this.ids);
    this.#national = baselineRow(feed, this.#profiles);
    // Each region with synthetic scores is marked by name only when others have published ones.
    const mixed = syntheticShare(this.#profiles) === 'some';
    this.#columns = this.#profiles.map((p, i) => {
      const name = this.i18n.text(p.region.name);
      return { id: p.region.id, name: name.value, lang: name.lang, style: seriesStyle(i), synthetic: mixed && p.synthetic };
    });
    this.#options = regionsWithScores(feed)
      .map((r) => ({ id: r.id, name: this.i18n.text(r.name).value }))
      .sort((a, b) => this.i18n.compare(a.name, b.name));
  }

  protected override renderContent() {
    const { snapshot } = this.feedData;
    const state = this.state;
    const feed = snapshot.feed;
    const { msg } = this.i18n;
    return html`${renderNotices(this.i18n, snapshot, state, { synthetic: syntheticShare(this.#profiles), debug: this.debug })}
      ${state === 'empty'
        ? html`<p class="notice" part="notice" role="status">${msg('There are no indicator scores to compare.', { id: 'comparison.empty' })}</p>`
        : feed && this.#columns.length
          ? this.#renderBody(feed)
          : nothing}
      ${renderCredits(this.i18n, snapshot)}`;
  }

  #renderBody(feed: Feed) {
    const { i18n } = this;
    const format = (v: number | undefined) => formatValue(i18n, v);
    const labels = feed.framework.dimensions.map((d) => i18n.text(d.label));
    const sorts = sortOptions(i18n, this.#columns);
    // A sort by a region no longer shown falls back to the framework's order (as sortRows does).
    const sort = sorts.some((o) => o.id === this.sort) ? this.sort : 'dimension';
    return html`${pickers(this.#columns, this.#options, pickerWords(i18n), this.#actions, MAX_REGIONS, MIN_REGIONS)}
      <div class="toolbar" part="toolbar">
        <label>${i18n.msg('Sort rows by', { id: 'comparison.sort' })}
          <select .value=${live(sort)} @change=${(e: Event) => (this.sort = (e.target as HTMLSelectElement).value)}>
            ${sorts.map((o) => html`<option value=${o.id} ?selected=${o.id === sort}>${o.name}</option>`)}
          </select>
        </label>
        <button type="button" @click=${() => this.#downloadCsv(feed)}>${i18n.msg('Download CSV', { id: 'comparison.csv' })}</button>
      </div>
      ${this.csvError ? html`<p class="notice error" part="notice" role="alert">${this.csvError}</p>` : nothing}
      ${comparisonTable(this.#rows, this.#columns, labels, this.#national, safeScale(feed.framework.scale), format, tableWords(i18n, this.#profiles, this.targetGroup, feed, sorts.find((o) => o.id === sort)?.name))}
      ${referenceNotes(
        i18n,
        nationalBaselines(feed, this.#profiles.map((p) => p.region)),
        substitutionNotes(i18n, this.#profiles, this.targetGroup),
      )}`;
  }

  readonly #actions = {
    pick: (slot: number, id: string) => {
      const ids = [...this.ids];
      const other = ids.indexOf(id);
      if (other >= 0) ids[other] = ids[slot]!; // picking a region shown elsewhere swaps the two
      ids[slot] = id;
      this.ids = ids;
      this.selection.select(id);
      emit(this, 'regin-region-select', { regionId: id });
    },
    move: (slot: number, by: -1 | 1) => {
      const ids = [...this.ids];
      [ids[slot], ids[slot + by]] = [ids[slot + by]!, ids[slot]!];
      this.ids = ids;
      this.#focusMoved(slot + by, by);
    },
    remove: (slot: number) => {
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
    let csv: typeof import('./comparison/csv.js');
    try {
      csv = await this.loadCsv();
    } catch {
      this.csvError = this.i18n.msg('This part could not be loaded; please try again.', { id: 'common.load-error' });
      return;
    }
    csv.downloadComparison(this.i18n, feed, this.#profiles, this.#rows, this.#national, this.ids);
  }

  private readonly loadCsv = () => import('./comparison/csv.js');
}

defineElement('regin-region-comparison', ReginRegionComparison);

declare global {
  interface HTMLElementTagNameMap {
    'regin-region-comparison': ReginRegionComparison;
  }
  // The widgets' events, typed for `addEventListener` with this entry alone.
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface HTMLElementEventMap extends ReginEventMap {}
}
