import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from './core/define.js';
import { emit } from './core/events.js';
import { loadErrorText, renderCredits, renderNotices } from './core/notices.js';
import { ReginElement } from './core/regin-element.js';
import { baseStyles } from './core/styles.js';
import type { Feed } from './feed/types.js';
import { scaleClasses, type Choropleth } from './map/colour.js';
import { GeometryController } from './map/geometry-controller.js';
import { mapItems, type MapItem } from './map/items.js';
import { MapInteraction } from './map/interaction.js';
import { describeItem, insetLabel, itemWords, summaryText, type ItemWords } from './map/words.js';
import { resolveGeometryUrl } from './map/load.js';
import type { Scene } from './map/scene.js';
import { geometryFiles } from './map/files.js';
import { SizeController } from './core/size-controller.js';
import { mapStyles } from './map/styles.js';
import { placeTooltip } from './map/tooltip.js';
import {
  legendReserve,
  mapCredits,
  renderLegendBelow,
  renderList,
  mapNotice,
  renderMapNotices,
  renderSvg,
  renderToolbar,
  renderTooltip,
  renderUnplaced,
  type MapView,
} from './map/view.js';
import { Inputs } from './core/inputs.js';
import type { ReginEventMap } from './core/events.js';

/**
 * Europe with the partner and member regions of the feed: NUTS polygons where the code is known, markers
 * otherwise (and for partner organisations without a region), insets for outermost regions, coloured by
 * role or — with `color-by` — by an indicator score. Hover or focus shows a tooltip; click, Enter or
 * Space selects a region for the whole `group` and opens its details. The list view shows the same
 * places as a table.
 *
 * Keyboard: the map is one tab stop. Left/Right move west/east through every place, Up/Down to the
 * nearest place above/below, Home/End to the first/last; Enter or Space selects; Escape closes the
 * details, or hides the tooltip when none are open; `+`, `-` and `0` (and the zoom buttons) zoom in and out around the focused place, and back.
 * Ctrl/⌘ + wheel and a two-finger pinch zoom around the pointer; dragging pans a zoomed map. A region
 * selected in another widget of the group is highlighted and, on a zoomed map, panned into view.
 *
 * The mainland is an equal-area map framed on the shown places and filled with Europe around them; the
 * outermost regions get equal insets beside it (below it on a portrait map, where the legend goes under
 * the map). Partner organisations' markers never hide a region: one over a region moves aside, with a
 * leader line to its place.
 *
 * @summary Interactive map of REGIN partner and CPMR member regions, by role or as a choropleth.
 * @fires regin-region-select - A person selected a region (click, Enter/Space, list, "See measures"). `detail: {regionId}`.
 * @fires regin-feed-load - The feed loaded or changed. `detail: {url, counts}`.
 * @fires regin-feed-error - The feed could not be loaded. `detail: {url, code, message}`.
 * @csspart map - The box that holds the map; its size decides the drawing.
 * @csspart map-svg - The SVG map.
 * @csspart region - A region polygon.
 * @csspart marker - A marker (a region without polygon, or a partner organisation).
 * @csspart inset - An inset for an outermost region.
 * @csspart legend - The legend, inside the SVG.
 * @csspart tooltip - The tooltip.
 * @csspart panel - The details of the selected place.
 * @csspart list - The list view (a table).
 * @csspart summary - The text summary under the map.
 * @csspart notice - A state notice (error, stale, partial, illustrative data).
 * @csspart credits - The boundary credit, "data as of …" and the feed's credits.
 * @cssprop --regin-partner-map-aspect-ratio - Shape of the map box (default `4 / 3`; `4 / 5` when narrow).
 * @cssprop --regin-partner-map-max-height - Tallest the map box gets (default `80vh`).
 * @cssprop --regin-partner-map-color-coordinator - Fill of the coordinator (default Okabe–Ito orange `#e69f00`).
 * @cssprop --regin-partner-map-color-regional-partner - Fill of regional partners (default `#0072b2`).
 * @cssprop --regin-partner-map-color-technical-partner - Fill of technical partners (default `#009e73`).
 * @cssprop --regin-partner-map-color-associated-partner - Fill of associated partners (default `#cc79a7`).
 * @cssprop --regin-partner-map-color-cpmr-member - Fill of CPMR member regions (default `#56b4e9`).
 * @cssprop --regin-partner-map-color-other - Fill of other regions (default `#a0a7ae`).
 * @cssprop --regin-partner-map-scale-0 - Choropleth class of the lowest scores (default viridis `#fde725`).
 * @cssprop --regin-partner-map-scale-1 - Choropleth class 2 of 5 (default `#5ec962`).
 * @cssprop --regin-partner-map-scale-2 - Choropleth class 3 of 5 (default `#21918c`).
 * @cssprop --regin-partner-map-scale-3 - Choropleth class 4 of 5 (default `#3b528b`).
 * @cssprop --regin-partner-map-scale-4 - Choropleth class of the highest scores (default `#440154`).
 * @cssprop --regin-partner-map-land - Land outside the shown regions.
 * @cssprop --regin-partner-map-land-border - Borders between countries.
 * @cssprop --regin-partner-map-region-border - Borders of the shown regions.
 * @cssprop --regin-partner-map-sea - Sea and inset background.
 */
export class ReginPartnerMap extends ReginElement {
  static override styles = [baseStyles, mapStyles];

  /** Id of a framework dimension (e.g. `labour`): colours regions by that score instead of by role. */
  @property({ attribute: 'color-by' }) colorBy?: string;
  /** Id of the selected region; set by script it selects the region for the group, without an event. */
  @property() selected?: string | null;
  /** URL of the host's own TopoJSON for region shapes (features matched by their id to each region's `nuts` code; relative to the page). */
  @property() geometry?: string;
  /** `map` or `list`: the view shown; the person can switch it. */
  @property({ reflect: true }) view: 'map' | 'list' = 'map';

  /** The place whose details are open. */
  @state() private panel?: string;

  readonly #size = new SizeController(this, () => this.renderRoot.querySelector('.map'));
  readonly #geo = new GeometryController(this);
  readonly #nav = new MapInteraction(this, () => ({
    scene: this.#scene,
    width: this.#size.width,
    height: this.#size.height,
    choose: (key) => this.#choose(key),
  }));
  #items: MapItem[] = [];
  #byKey = new Map<string, MapItem>();
  #scene?: Scene;
  /** The items the scene places on the map, and their roles (for the legend); they change with the scene. */
  #placed: MapItem[] = [];
  #placedRoles: ReadonlySet<MapItem['role']> = new Set();
  #colour?: Choropleth;
  #paint = new Map<string, string>();
  #names = new Map<string, string>();
  /** What is said of each item apart from its score: kept across recolours, which change only the score. */
  #words = new Map<string, ItemWords>();
  /** The score of an item in words, when coloured. */
  #score?: (item: MapItem) => string;
  /** The code that colours by an indicator, loaded only for a map with `color-by`. */
  readonly #colourBy = this.lazyPart({ name: 'map.colour-by', load: () => import('./map/colour-by.js') }, { hold: true });
  readonly #inputs = new Inputs();
  /** The details panel, loaded the first time a place is chosen; its styles join the shadow root's when it loads. */
  readonly #panelView = this.lazyPart(
    { name: 'map.panel', load: () => import('./map/panel-view.js'), styles: (code) => code.panelStyles },
    { hold: true },
  );

  protected hasContent(feed: Feed): boolean {
    return feed.regions.length + feed.partners.length > 0;
  }

  /**
   * With `color-by`, the colouring code loads first (and an update waits for it: a map is not drawn by
   * role and then recoloured); after a failure, it is tried again when `color-by` changes.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const status = this.#colourBy.status;
    if (this.colorBy && status !== 'complete' && status !== 'pending' && this.#inputs.changed('colour-code', this.colorBy)) {
      void this.#colourBy.load();
    }
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const feed = this.feedData.feed;
    const { i18n } = this;
    if (this.#inputs.changed('items', feed)) {
      this.#items = feed ? mapItems(feed) : [];
      this.#byKey = new Map(this.#items.map((i) => [i.key, i]));
    }
    if (feed && this.view === 'map') {
      const custom = resolveGeometryUrl(this.geometry, document.baseURI);
      this.#geo.want(
        custom,
        geometryFiles(this.#items).filter((f) => !custom || !f.startsWith('nuts3-')),
      );
    }
    const { width, height } = this.#size;
    const { geometry, draw } = this.#geo;
    // paths: only when the places, the geometry or the size change
    if (this.#inputs.changed('scene', this.#items, geometry, draw, width, height, i18n.lang)) {
      const roles = new Set(this.#items.map((i) => i.role));
      this.#scene =
        feed && geometry && draw && width > 0 && height > 0
          ? draw({
              items: this.#items,
              geometry,
              width,
              height,
              legendHeight: legendReserve(i18n, roles, scaleClasses(feed)),
              insetLabel: (id) => insetLabel(i18n, id),
            })
          : undefined;
      const scene = this.#scene;
      this.#placed = scene ? this.#items.filter((i) => scene.points.has(i.key)) : [];
      this.#placedRoles = new Set(this.#placed.map((i) => i.role));
      this.#nav.sync();
    }
    // the code that colours by an indicator: loaded once, when first coloured by an indicator (after a failure: again when the indicator changes)
    const colourBy = this.#colourBy.value;
    // recolouring: classes and the score in each name only (by role until the colouring code is there)
    if (this.#inputs.changed('colour', feed, this.colorBy, colourBy)) {
      this.#colour = feed && this.colorBy && colourBy ? colourBy.choropleth(feed, this.colorBy) : undefined;
      this.#paint = new Map(this.#items.map((item) => [item.key, this.#paintOf(item)]));
    }
    if (this.#inputs.changed('words', this.#items, i18n.lang, i18n.declared)) {
      this.#words = new Map(this.#items.map((i) => [i.key, itemWords(i18n, i)]));
    }
    // (new words, a new language, come as a new map)
    if (this.#inputs.changed('names', this.#words, this.#colour)) {
      const score = (this.#score = this.#colour && colourBy!.scoreFormatter(i18n, this.#colour));
      this.#names = new Map(this.#items.map((i) => [i.key, describeItem(this.#words.get(i.key)!, i, score)]));
    }
    // `selected` set by script selects for the group (no event); a selection from the group updates it.
    if (changed.has('selected')) this.selection.select(this.selected ?? null);
    else if ((this.selected ?? null) !== this.selection.selected) {
      this.selected = this.selection.selected;
      // chosen in another widget of the group: bring it into view (it is highlighted as selected)
      const key = this.selected ? this.#items.find((i) => i.regionId === this.selected)?.key : undefined;
      if (key) this.#nav.reveal(key);
    }
  }

  #paintOf(item: MapItem): string {
    if (!this.#colour || !item.regionId) return `role-${item.role}`;
    const cls = this.#colour.classOf.get(item.regionId);
    return cls === undefined ? 'nodata' : `class-${cls}`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // the tooltip follows its place through CSS custom properties (CSSOM: allowed under a strict CSP)
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const point = this.#nav.pointed ? this.#nav.screenPoint(this.#nav.pointed) : undefined;
    if (!tip || !point) return;
    const p = placeTooltip(point, this.#size.width, this.#size.height, tip.offsetWidth, tip.offsetHeight);
    tip.style.setProperty('--_tip-x', `${p.left.toFixed(1)}px`);
    tip.style.setProperty('--_tip-y', `${p.top.toFixed(1)}px`);
  }

  protected override renderContent() {
    const { msg } = this.i18n;
    const snapshot = this.feedData.snapshot;
    const feed = snapshot.feed;
    const broken = this.#geo.status === 'error';
    const list = this.view === 'list' || broken;
    const view = this.#viewModel(list);
    return html`<div class="frame" @keydown=${this.#onKeyDown}>
      ${renderNotices(this.i18n, snapshot, this.state, { synthetic: this.#colour?.synthetic, debug: this.debug })}
      ${renderMapNotices(this.i18n, broken, !!(this.#colour && !this.#colour.dimension))}
      ${this.colorBy ? this.#colourBy.render({ error: () => this.#loadError() }) : nothing}
      ${
        this.state === 'empty'
          ? html`<p>${msg('There are no regions or partners in this data yet.', { id: 'map.empty' })}</p>`
          : feed
            ? html`${renderToolbar(this.i18n, list, !broken, this.#nav, () => (this.view = this.view === 'list' ? 'map' : 'list'))}
            ${list && view ? renderList(view, (key) => this.#choose(key)) : this.#renderMap(view)}
            ${
              view && this.panel && this.#byKey.has(this.panel)
                ? this.#panelView.render({
                    complete: ({ renderPanel }) =>
                      renderPanel(view, this.panel!, {
                        close: () => this.#closePanel(),
                        seeMeasures: (id) => this.#selectRegion(id),
                      }),
                    error: () => this.#loadError(),
                  })
                : nothing
            }`
            : nothing
      }
      ${renderCredits(this.i18n, snapshot, mapCredits(this.i18n, feed))}
    </div>`;
  }

  #renderMap(view: MapView | undefined) {
    const nav = this.#nav;
    const scene = this.#scene;
    const shown = this.#placed;
    const unplaced = (scene?.unplaced ?? []).map((k) => this.#byKey.get(k)!);
    return html`<div part="map" class="map ${nav.zoom.k > 1 ? 'zoomed' : ''}" @keydown=${nav.onKeyDown}
        @focusin=${nav.onFocusIn} @focusout=${nav.onFocusOut} @pointerover=${nav.onPointerOver} @pointerleave=${nav.onPointerLeave}
        @pointerdown=${nav.onPointerDown} @pointermove=${nav.onPointerMove} @pointerup=${nav.onPointerUp}
        @pointercancel=${nav.onPointerUp} @click=${nav.onClick} @wheel=${nav.onWheel}>
        ${
          view && scene
            ? html`${renderSvg(view, scene, this.#placedRoles)}
            ${nav.pointed ? html`<div part="tooltip" class="tooltip" aria-hidden="true">${renderTooltip(view, nav.pointed)}</div>` : nothing}`
            : html`<div class="skeleton" part="skeleton"></div>`
        }
      </div>
      ${view && scene ? renderLegendBelow(view, scene, this.#placedRoles) : nothing}
      ${
        view && scene
          ? html`<p part="summary" class="summary" id="summary">
            ${summaryText(
              this.i18n,
              shown,
              scene.insets.map((i) => i.area.id),
              unplaced.length,
              this.#colour && this.#colourBy.value!.scaleSentence(this.i18n, this.#colour, shown),
            )}
          </p>`
          : nothing
      }
      ${renderUnplaced(this.i18n, unplaced)}`;
  }

  #viewModel(list: boolean): MapView | undefined {
    // The map waits for its scene, the list does not.
    if (!(this.#scene || list)) return undefined;
    const nav = this.#nav;
    return {
      i18n: this.i18n,
      items: this.#byKey,
      paint: this.#paint,
      names: this.#names,
      words: this.#words,
      colour: this.#colour,
      score: this.#score,
      zoom: nav.zoom,
      active: nav.active,
      selected: this.selected ?? undefined,
      focused: nav.pointed,
    };
  }

  /** A person chose a place: open its details and, for a region, select it for the group. */
  #choose(key: string): void {
    if (!this.#byKey.has(key)) return;
    void this.#panelView.load();
    this.panel = key;
    this.#nav.active = key;
    const regionId = this.#byKey.get(key)!.regionId;
    if (regionId) this.#selectRegion(regionId);
  }

  /** A part of the view whose code could not be loaded. */
  #loadError() {
    return mapNotice(loadErrorText(this.i18n), 'notice error');
  }

  #selectRegion(regionId: string): void {
    this.selected = regionId;
    this.selection.select(regionId);
    emit(this, 'regin-region-select', { regionId });
  }

  #closePanel(): void {
    const key = this.panel;
    this.panel = undefined;
    if (key && this.view === 'map' && this.#scene?.points.has(key)) void this.#nav.focus(key);
  }

  readonly #onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    // Escape closes the details first; with none open, it hides the tooltip (WCAG 1.4.13)
    if (this.panel) this.#closePanel();
    else if (!this.#nav.dismissTooltip()) return;
    e.preventDefault();
  };
}

defineElement('regin-partner-map', ReginPartnerMap);

declare global {
  interface HTMLElementTagNameMap {
    'regin-partner-map': ReginPartnerMap;
  }
  // The widgets' events, typed for `addEventListener` with this entry alone.

  interface HTMLElementEventMap extends ReginEventMap {}
}
