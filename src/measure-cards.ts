import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FacetKey } from './cards/facets.js';
import type { HashSync } from './cards/hash-sync.js';
import { clearAll, isFiltered, NO_FILTERS, presetFilters, removeValue, toggleValue, type CardFilters } from './cards/filters.js';
import { labeller, type Labeller } from './cards/words.js';
import { countText, renderLayout } from './cards/layout-view.js';
import { pageView, type PageView } from './cards/page-model.js';
import type { Chip } from './cards/types.js';
import type { SortKey } from './cards/results.js';
import { cardsStyles } from './cards/styles.js';
import { defineElement } from './core/define.js';
import { emit } from './core/events.js';
import { loadErrorText, renderCredits, renderNotices } from './core/notices.js';
import { Inputs } from './core/inputs.js';
import { ReginElement } from './core/regin-element.js';
import { baseStyles } from './core/styles.js';
import { SizeController } from './core/size-controller.js';
import type { Feed } from './feed/types.js';
import type { ReginEventMap } from './core/events.js';

/** Below this width (the layout's container query, 48rem) the facets fold into one disclosure. */
const NARROW_PX = 768;

/** The notice that part of the widget could not be loaded, when `show`. */
const failure = (show: unknown, text: string) =>
  show
    ? html`<p class="notice error" part="notice" role="status">
        ${text}
      </p>`
    : nothing;

/**
 * The database of regional integration measures as cards: full-text search across languages, facets
 * with live counts, sort, "show more", a detail dialog, and a filter linked to the region selected in
 * the same `group` (e.g. on the map): that region is the region filter's first value, shown as a
 * ticked box and a removable chip; ticking other regions adds them, unticking it clears the link.
 *
 * @summary Searchable, filterable cards of regional integration measures with a detail view.
 * @fires regin-measure-open - A person opened a measure's details. `detail: {measureId}`.
 * @fires regin-region-select - A person cleared the region linked from another widget (its chip or its box). `detail: {regionId: null}`.
 * @fires regin-feed-load - The feed loaded or changed. `detail: {url, counts}`.
 * @fires regin-feed-error - The feed could not be loaded. `detail: {url, code, message}`.
 * @csspart search - The search box and sort control.
 * @csspart facets - The filter panel.
 * @csspart chip - An active filter; activating it removes the filter.
 * @csspart count - The number of matching measures.
 * @csspart card - One measure card.
 * @csspart more - The "show more" button.
 * @csspart empty - What is said when no measure matches (or the data has none), with the ways out.
 * @csspart detail - The detail dialog.
 * @csspart notice - A state notice (error, stale, partial, illustrative data).
 * @csspart credits - "Data as of …" and the feed's credits.
 * @cssprop --regin-cards-min-width - Narrowest a card gets before the grid has fewer columns (default `16rem`).
 * @cssprop --regin-cards-mark-background - Background of search matches (default `#ffe58a`).
 * @cssprop --regin-cards-mark-text - Text colour of search matches.
 * @cssprop --regin-color-accent - Buttons, links and evaluation bars.
 */
export class ReginMeasureCards extends ReginElement {
  static override styles = [baseStyles, cardsStyles];

  /** Region id(s), comma-separated, to filter by initially. */
  @property() region?: string;
  /** Policy area id(s), comma-separated, to filter by initially. */
  @property() dimension?: string;
  /** Target group id(s), comma-separated, to filter by initially (e.g. `tcn`). */
  @property({ attribute: 'target-group' }) targetGroup?: string;
  /** Search text to start with. */
  @property() query?: string;
  /** Keep the filters in the page's URL hash (`#measures=q:…;region:…`) so a filtered view can be shared. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** How many cards to show at first and to add with "show more". */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 12;

  @state() private filters: CardFilters = NO_FILTERS;
  @state() private shown = 0;
  @state() private openId: string | null = null;
  @state() private announcement = '';

  get #searchInput() {
    return this.#all<HTMLInputElement>('input[type=search]')[0];
  }
  get #dialog() {
    return this.#all<HTMLDialogElement>('dialog')[0];
  }
  #all<E extends Element = HTMLElement>(selector: string) {
    return this.renderRoot.querySelectorAll<E>(selector);
  }

  /** The detail dialog's code (view model, template, styles), loaded the first time a measure is opened. */
  readonly #detail = this.lazyPart({
    name: 'cards.detail',
    load: () => import('./cards/detail-view.js'),
    styles: (code) => code.detailStyles,
  });
  /**
   * The search code, loaded when a search is first typed, preset or the search box focused. Until it
   * has loaded, an update waits for it; should it fail, searches show every measure, with a notice, and
   * the person's next change of the search tries again.
   */
  readonly #search = this.lazyPart(
    { name: 'cards.search', load: () => import('./cards/search.js'), styles: (code) => code.searchStyles },
    { hold: true },
  );
  /** The code that keeps the filters in the URL hash; it loads before the first update with `sync-url`. */
  readonly #hashSync = this.lazyPart({ name: 'cards.hash-sync', load: () => import('./cards/hash-sync.js') }, { hold: true });
  #hash?: HashSync;
  readonly #size = new SizeController(this, () => this);
  #labels?: Labeller;
  #page?: PageView;
  readonly #inputs = new Inputs();
  #opener?: HTMLElement;
  #announceTimer?: ReturnType<typeof setTimeout>;

  protected hasContent(feed: Feed): boolean {
    return feed.measures.length > 0;
  }

  /**
   * Holds an update until the language, the hash code (with `sync-url`) and, for a search, the search
   * code are loaded (or have failed to), so the view drawn is complete.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.syncUrl && this.#hashSync.status === 'initial') {
      void this.#hashSync
        .load()
        .then((code) => void (this.#hash = code && new code.HashSync(this, (f) => void this.#setFilters(f, false))));
    }
    if (this.filters.query.trim() && this.#search.status === 'initial') void this.#search.load();
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (['region', 'dimension', 'targetGroup', 'query'].some((k) => changed.has(k))) {
      this.filters = { ...presetFilters(this), sort: this.filters.sort };
    }
    if (changed.has('syncUrl')) this.filters = this.#hash?.read() ?? this.filters;
    const feed = this.feedData.feed;
    const { tag, declared } = this.i18n;
    const linked = this.selection.selected;
    const search = this.#search.value;
    const detail = this.#detail.value;
    if (!feed) return;
    // The first time, the feed has changed from nothing.
    if (this.#inputs.changed('labels', feed, tag, declared)) this.#labels = labeller(feed, this.i18n);
    // A new list starts at its first page; only "show more" and opening a measure keep the paging.
    if (this.#inputs.changed('list', feed, linked, this.filters, this.pageSize)) this.shown = this.pageSize;
    if (!this.#inputs.changed('page', this.#labels, linked, this.filters, this.shown, this.openId, search, detail)) return;
    this.#page = pageView({
      feed,
      labels: this.#labels!,
      filters: this.filters,
      linked,
      shown: this.shown,
      openId: this.openId,
      detailView: detail?.detailView,
      i18n: this.i18n,
      search,
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const count = this.#page ? countText(this.i18n, this.#page.results.ids.length, this.#page.total) : '';
    if (count === this.announcement) return;
    clearTimeout(this.#announceTimer);
    // Announce once typing settles, not on every keystroke.
    this.#announceTimer = setTimeout(() => (this.announcement = count), 600);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
  }

  protected override renderContent() {
    const { msg } = this.i18n;
    const page = this.#page;
    const snapshot = this.feedData.snapshot;
    const regions = this.filters.selection.region;
    /* eslint-disable lit-a11y/click-events-have-key-events -- a click on the dialog's backdrop closes it; Escape does the same from the keyboard */
    return html`
      ${renderNotices(this.i18n, snapshot, this.state, { debug: this.debug })}
      ${failure(
        this.syncUrl && this.#hashSync.status === 'error',
        msg('The filters cannot be kept in the page address: part of the widget could not be loaded.', {
          id: 'cards.sync-error',
        }),
      )}
      ${failure(
        this.#search.status === 'error' && this.filters.query.trim(),
        msg('Search is not available: part of the widget could not be loaded.', { id: 'cards.search-error' }),
      )}
      ${
        this.state === 'empty'
          ? html`<p class="empty" part="empty">${msg('There are no measures in this data yet.', { id: 'cards.empty.feed' })}</p>`
          : page
            ? renderLayout(this.i18n, {
                page,
                labels: this.#labels!,
                filters: this.filters,
                announcement: this.announcement,
                pageSize: this.pageSize,
                narrow: this.#size.width > 0 && this.#size.width < NARROW_PX,
                empty: {
                  filtered: isFiltered(this.filters) || this.selection.selected !== null,
                  onClearRegion: this.selection.selected !== null || regions.length ? this.#clearRegionFilter : undefined,
                  onClearQuery: () => void this.#setFilters({ ...this.filters, query: '' }, true, true),
                  onClearAll: this.#onClearAll,
                },
                on: this.#handlers,
                renderFound: this.#search.value?.renderFound,
              })
            : nothing
      }
      <dialog part="detail" aria-labelledby="detail-title" @close=${this.#onDialogClose} @click=${this.#onDialogClick}>
        ${
          this.openId
            ? this.#detail.render({
                complete: (code) => page?.detail && code.renderDetail(this.i18n, page.detail, this.#onDialogClose),
                error: () => html`<div class="detail-body">
                <header>
                  <h2 id="detail-title" tabindex="-1">${loadErrorText(this.i18n)}</h2>
                  <button class="close" @click=${this.#onDialogClose}>${msg('Close', { id: 'cards.detail.close' })}</button>
                </header>
              </div>`,
              })
            : nothing
        }
      </dialog>
      ${renderCredits(this.i18n, snapshot)}
    `;
    /* eslint-enable lit-a11y/click-events-have-key-events */
  }

  /** Applies filters chosen by the person (or read from the hash); optionally focuses the search box. */
  async #setFilters(filters: CardFilters, write = true, focusSearch = false): Promise<void> {
    this.filters = filters;
    if (write) this.#hash?.write(filters);
    if (!focusSearch) return;
    await this.updateComplete;
    this.#searchInput?.focus();
  }

  readonly #clearLinked = () => {
    this.selection.select(null);
    emit(this, 'regin-region-select', { regionId: null });
  };

  /** Clears the whole region filter: the linked region and the ticked ones. */
  readonly #clearRegionFilter = () => {
    if (this.selection.selected !== null) this.#clearLinked();
    void this.#setFilters({ ...this.filters, selection: { ...this.filters.selection, region: [] } }, true, true);
  };

  readonly #onClearAll = () => {
    if (this.selection.selected !== null) this.#clearLinked();
    void this.#setFilters(clearAll(this.filters), true, true);
  };

  readonly #handlers = {
    input: (e: Event) => {
      // After a failed load, a change of the search tries again.
      if (this.#search.status === 'error') void this.#search.load();
      void this.#setFilters({ ...this.filters, query: (e.target as HTMLInputElement).value });
    },
    searchFocus: () => void this.#search.load(),
    sort: (e: Event) => void this.#setFilters({ ...this.filters, sort: (e.target as HTMLSelectElement).value as SortKey }),
    toggle: (key: FacetKey, value: string) => {
      // The linked region is the region facet's first value: unticking it clears the link.
      if (key === 'region' && value === this.selection.selected) {
        this.#clearLinked();
        void this.#setFilters(removeValue(this.filters, key, value));
      } else void this.#setFilters(toggleValue(this.filters, key, value));
    },
    clearAll: this.#onClearAll,
    removeChip: async (chip: Chip, index: number) => {
      if (chip.key === 'linked') this.#clearLinked();
      else if (chip.key === 'query') void this.#setFilters({ ...this.filters, query: '' });
      else void this.#setFilters(removeValue(this.filters, chip.key, chip.value));
      await this.updateComplete;
      // Focus the chip that took this one's place, else the one before, else the search box.
      const chips = this.#all('[part~=chip]');
      (chips[Math.min(index, chips.length - 1)] ?? this.#searchInput)?.focus();
    },
    more: async () => {
      const first = this.#page?.cards.length ?? 0;
      this.shown = first + this.pageSize;
      await this.updateComplete;
      // Focus stays on the button while there is more; at the end it moves to the first new card.
      if (!this.#all('[part~=more]').length) this.#all('.card .open')[first]?.focus();
    },
    open: async (measureId: string, e: Event) => {
      this.#opener = e.currentTarget as HTMLElement;
      this.openId = measureId;
      emit(this, 'regin-measure-open', { measureId });
      // The dialog opens once its template has loaded (at once after the first time), or with a notice if it cannot.
      await this.#detail.load();
      await this.updateComplete;
      if (!this.#dialog?.open) this.#dialog?.showModal();
      this.#all('#detail-title')[0]?.focus();
    },
  };

  /** Closes the detail (Close button, Escape, backdrop) and returns focus to the button that opened it. */
  readonly #onDialogClose = () => {
    if (this.#dialog?.open) this.#dialog.close();
    this.openId = null;
    (this.#opener?.isConnected ? this.#opener : this.#searchInput)?.focus();
  };

  /** A click on the backdrop (outside the dialog's box) closes it. */
  readonly #onDialogClick = (e: MouseEvent) => {
    const dialog = this.#dialog;
    if (!dialog || e.target !== dialog) return;
    const r = dialog.getBoundingClientRect();
    if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) this.#onDialogClose();
  };
}

defineElement('regin-measure-cards', ReginMeasureCards);

declare global {
  interface HTMLElementTagNameMap {
    'regin-measure-cards': ReginMeasureCards;
  }
  // The widgets' events, typed for `addEventListener` with this entry alone.

  interface HTMLElementEventMap extends ReginEventMap {}
}
