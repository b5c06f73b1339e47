/**
 * How a person moves around the map: the roving tab stop, focus and hover (which show the tooltip),
 * arrow-key navigation, zoom (buttons, `+`/`-`/`0`, Ctrl/⌘ + wheel) and dragging a zoomed map. Its state
 * is reactive (the host re-renders on change); choosing a place is left to the host.
 */
import type { ReactiveControllerHost } from 'lit';
import { isNavKey, nextKey, westToEast, type NavPoint } from './keyboard.js';
import type { Point, Scene } from './scene.js';
import { apply, clamp, IDENTITY, panBy, panToShow, zoomBy, type ZoomState } from './zoom.js';

export interface InteractionHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface InteractionModel {
  /** The places drawn: their label points (mainland ones before zoom) and which of them are in an inset. */
  readonly scene?: Pick<Scene, 'points' | 'inInset'>;
  readonly width: number;
  readonly height: number;
  /** A person chose a place (click, Enter, Space). */
  choose(key: string): void;
}

/** Pointer movement (px) after which a press is a drag, not a click. */
const DRAG = 4;

export class MapInteraction {
  zoom: ZoomState = IDENTITY;
  /** The place that holds the tab stop. */
  active?: string;
  hovered?: string;
  focused?: string;
  /** The place whose tooltip a person dismissed with Escape (WCAG 1.4.13); shown again once they move on. */
  dismissed?: string;
  #drag?: { id: number; x: number; y: number; moved: boolean };
  /** Pointers down on the map (two of them pinch-zoom around their midpoint), and their last distance. */
  readonly #pointers = new Map<number, Point>();
  #pinch = 0;
  /** Places in keyboard order (west to east). */
  #order: NavPoint[] = [];
  readonly #host: InteractionHost;
  readonly #model: () => InteractionModel;

  constructor(host: InteractionHost, model: () => InteractionModel) {
    this.#host = host;
    this.#model = model;
  }

  /** Re-renders the host after a change of state. */
  #update(): void {
    this.#host.requestUpdate();
  }

  /** The place the tooltip is for (hover wins over focus), unless its tooltip was dismissed. */
  get pointed(): string | undefined {
    const key = this.hovered ?? this.focused;
    return key === this.dismissed ? undefined : key;
  }

  /** Hides the tooltip that shows (Escape) until the pointer or focus moves to another place. */
  dismissTooltip(): boolean {
    const key = this.pointed;
    if (key === undefined) return false;
    this.dismissed = key;
    this.#update();
    return true;
  }

  /** Label point of a place (mainland ones before zoom), and whether it is in an inset. */
  #place(key: string): [Point, boolean] | undefined {
    const { scene } = this.#model();
    const point = scene?.points.get(key);
    return point && [point, scene!.inInset.has(key)];
  }

  /** Where a place is drawn now, in SVG units. */
  screenPoint(key: string): Point | undefined {
    const p = this.#place(key);
    return p && (p[1] ? p[0] : apply(this.zoom, p[0]));
  }

  /** Orders the places, keeps the tab stop on one that exists and the zoom inside the map (after a new scene). */
  sync(): void {
    const { scene, width, height } = this.#model();
    this.#order = westToEast([...(scene?.points ?? [])].map(([key, point]) => ({ key, point })));
    if (!(this.active && this.#place(this.active))) this.active = this.#order[0]?.key;
    this.zoom = clamp(this.zoom, width, height);
  }

  setZoom(zoom: ZoomState): void {
    this.zoom = zoom;
    this.#update();
  }

  zoomBy(factor: number, at?: Point): void {
    const { width, height } = this.#model();
    this.setZoom(zoomBy(this.zoom, factor, width, height, at));
  }

  /** Moves the tab stop to a place, pans it into view and focuses it. */
  async focus(key: string): Promise<void> {
    const { width, height } = this.#model();
    this.active = key;
    const p = this.#place(key);
    if (p && !p[1]) this.zoom = panToShow(this.zoom, p[0], width, height);
    this.#update();
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<SVGElement>(`svg [data-key="${CSS.escape(key)}"]`)?.focus();
  }

  /**
   * Zooms in or out by `factor` around the focused place (the place with the tab stop when none has focus,
   * the view's centre for a place in an inset), or back to the whole map for 0 (the toolbar's buttons and
   * `+`, `-`, `0`).
   */
  zoomStep(factor: number): void {
    if (!factor) return this.setZoom(IDENTITY);
    const key = this.focused ?? this.active;
    const p = key ? this.#place(key) : undefined;
    this.zoomBy(factor, p && !p[1] ? apply(this.zoom, p[0]) : undefined);
  }

  /** Pans the map so that a place chosen elsewhere (another widget of the group) is in view; no change when it is. */
  reveal(key: string): void {
    const { width, height } = this.#model();
    const p = this.#place(key);
    if (!p || p[1]) return;
    this.active = key;
    const zoom = panToShow(this.zoom, p[0], width, height);
    if (zoom !== this.zoom) this.setZoom(zoom);
  }

  /**
   * Every event of the map box, by type: the element binds this object as the listener of `keydown`,
   * `focusin`, `focusout`, `pointerover`, `pointerleave`, `pointerdown`, `pointermove`, `pointerup`,
   * `pointercancel`, `click` and `wheel`.
   */
  handleEvent(e: Event): void {
    const { type, key: pressed, ctrlKey, metaKey, altKey, clientX: x, clientY: y, pointerId: id } = e as KeyboardEvent & PointerEvent;
    const key = keyOf(e);
    const drag = this.#drag;
    if (type === 'keydown') {
      const factor = [2, 2, 0.5, 0][['+', '=', '-', '0'].indexOf(pressed)];
      if (isNavKey(pressed)) {
        e.preventDefault();
        const next = nextKey(this.#order, key ?? this.active, pressed);
        if (next) void this.focus(next);
      } else if ((pressed === 'Enter' || pressed === ' ') && key) {
        e.preventDefault();
        this.#model().choose(key);
      } else if (factor !== undefined && !ctrlKey && !metaKey && !altKey) {
        e.preventDefault();
        this.zoomStep(factor);
      }
    } else if (type === 'click') {
      if (key && !drag?.moved) this.#model().choose(key);
    } else if (type === 'wheel') {
      // Ctrl/⌘ + wheel (and trackpad pinch) only: a plain wheel scrolls the page
      if (!ctrlKey && !metaKey) return;
      e.preventDefault();
      const box = (e.currentTarget as Element).getBoundingClientRect();
      this.zoomBy(Math.exp(-(e as WheelEvent).deltaY / 300), [x - box.left, y - box.top]);
    } else if (type === 'pointerdown') {
      this.#pointers.set(id, [x, y]);
      if (this.#pointers.size === 2) {
        const [a, b] = [...this.#pointers.values()] as [Point, Point];
        this.#pinch = Math.hypot(a[0] - b[0], a[1] - b[1]);
        this.#drag = undefined;
      } else if ((e as PointerEvent).button === 0 && this.zoom.k > 1) this.#drag = { id, x, y, moved: false };
    } else if (type === 'pointermove') {
      if (this.#pinch && this.#pointers.has(id)) {
        this.#pointers.set(id, [x, y]);
        const [a, b] = [...this.#pointers.values()] as [Point, Point];
        const distance = Math.hypot(a[0] - b[0], a[1] - b[1]);
        const box = (e.currentTarget as Element).getBoundingClientRect();
        if (distance > 0) this.zoomBy(distance / this.#pinch, [(a[0] + b[0]) / 2 - box.left, (a[1] + b[1]) / 2 - box.top]);
        this.#pinch = distance || this.#pinch;
        return;
      }
      if (drag?.id !== id) return;
      const dx = x - drag.x;
      const dy = y - drag.y;
      if (!drag.moved && Math.hypot(dx, dy) < DRAG) return;
      if (!drag.moved) capture(e as PointerEvent);
      drag.moved = true;
      drag.x = x;
      drag.y = y;
      const { width, height } = this.#model();
      this.setZoom(panBy(this.zoom, dx, dy, width, height));
    } else if (type === 'pointerup' || type === 'pointercancel') {
      this.#pointers.delete(id);
      if (this.#pointers.size < 2) this.#pinch = 0;
      if (drag?.id !== id) return;
      // a drag ends without a click on the place it ends over
      if (drag.moved) setTimeout(() => (this.#drag = undefined));
      else this.#drag = undefined;
    } else {
      // focus and hover: what the tooltip is for
      if (key !== this.dismissed) this.dismissed = undefined;
      if (type === 'focusin') {
        this.focused = key;
        if (key) this.active = key;
      } else if (type === 'focusout') this.focused = undefined;
      else if (type === 'pointerleave') this.hovered = undefined;
      else if (drag?.moved || key === this.hovered) return;
      else this.hovered = key;
      this.#update();
    }
  }
}

/** Keeps the drag going when the pointer leaves the map (not possible for every pointer). */
function capture(e: PointerEvent): void {
  try {
    (e.currentTarget as Element | null)?.setPointerCapture(e.pointerId);
  } catch {
    // no active pointer with that id (e.g. a synthetic event): the drag still works inside the map
  }
}

function keyOf(e: Event): string | undefined {
  const target = e.composedPath()[0] as Element | undefined;
  return target?.closest?.('svg [data-key]')?.getAttribute('data-key') ?? undefined;
}
