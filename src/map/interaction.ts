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

  /** Zooms in twice around the focused place (the toolbar's button and `+`). */
  zoomIn(): void {
    this.#zoomAroundFocus(2);
  }

  /** Zooms out by half around the focused place (the toolbar's button and `-`). */
  zoomOut(): void {
    this.#zoomAroundFocus(0.5);
  }

  /** Shows the whole map again (the toolbar's button and `0`). */
  resetZoom(): void {
    this.setZoom(IDENTITY);
  }

  /**
   * Zooms by `factor` around the focused place (the place with the tab stop when none has focus, the
   * view's centre for a place in an inset).
   */
  #zoomAroundFocus(factor: number): void {
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

  // The listeners of the map box, one per event type (arrow functions, so the element can bind them as they are).

  readonly onKeyDown = (e: KeyboardEvent): void => {
    const { key: pressed, ctrlKey, metaKey, altKey } = e;
    const key = keyOf(e);
    if (isNavKey(pressed)) {
      e.preventDefault();
      const next = nextKey(this.#order, key ?? this.active, pressed);
      if (next) void this.focus(next);
    } else if ((pressed === 'Enter' || pressed === ' ') && key) {
      e.preventDefault();
      this.#model().choose(key);
    } else if (!ctrlKey && !metaKey && !altKey) {
      const zoom = zoomKeyAction(this, pressed);
      if (zoom) {
        e.preventDefault();
        zoom();
      }
    }
  };

  readonly onClick = (e: MouseEvent): void => {
    const key = keyOf(e);
    if (key && !this.#drag?.moved) this.#model().choose(key);
  };

  /** Ctrl/⌘ + wheel (and trackpad pinch) zooms; a plain wheel scrolls the page. */
  readonly onWheel = (e: WheelEvent): void => {
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    const box = (e.currentTarget as Element).getBoundingClientRect();
    this.zoomBy(Math.exp(-e.deltaY / 300), [e.clientX - box.left, e.clientY - box.top]);
  };

  readonly onPointerDown = (e: PointerEvent): void => {
    const { clientX: x, clientY: y, pointerId: id } = e;
    this.#pointers.set(id, [x, y]);
    if (this.#pointers.size === 2) {
      this.#pinch = this.#pointerDistance();
      this.#drag = undefined;
    } else if (e.button === 0 && this.zoom.k > 1) this.#drag = { id, x, y, moved: false };
  };

  readonly onPointerMove = (e: PointerEvent): void => {
    const { clientX: x, clientY: y, pointerId: id } = e;
    if (this.#pinch && this.#pointers.has(id)) {
      this.#pointers.set(id, [x, y]);
      const [a, b] = [...this.#pointers.values()] as [Point, Point];
      const distance = this.#pointerDistance();
      const box = (e.currentTarget as Element).getBoundingClientRect();
      if (distance > 0) this.zoomBy(distance / this.#pinch, [(a[0] + b[0]) / 2 - box.left, (a[1] + b[1]) / 2 - box.top]);
      this.#pinch = distance || this.#pinch;
      return;
    }
    const drag = this.#drag;
    if (drag?.id !== id) return;
    const dx = x - drag.x;
    const dy = y - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < DRAG) return;
    if (!drag.moved) capture(e);
    drag.moved = true;
    drag.x = x;
    drag.y = y;
    const { width, height } = this.#model();
    this.setZoom(panBy(this.zoom, dx, dy, width, height));
  };

  /** For `pointerup` and `pointercancel`. */
  readonly onPointerUp = (e: PointerEvent): void => {
    const id = e.pointerId;
    this.#pointers.delete(id);
    if (this.#pointers.size < 2) this.#pinch = 0;
    const drag = this.#drag;
    if (drag?.id !== id) return;
    // a drag ends without a click on the place it ends over
    if (drag.moved) setTimeout(() => (this.#drag = undefined));
    else this.#drag = undefined;
  };

  // Focus and hover: what the tooltip is for.

  readonly onFocusIn = (e: FocusEvent): void => {
    const key = this.#undismiss(e);
    this.focused = key;
    if (key) this.active = key;
    this.#update();
  };

  readonly onFocusOut = (e: FocusEvent): void => {
    this.#undismiss(e);
    this.focused = undefined;
    this.#update();
  };

  readonly onPointerOver = (e: PointerEvent): void => {
    const key = this.#undismiss(e);
    if (this.#drag?.moved || key === this.hovered) return;
    this.hovered = key;
    this.#update();
  };

  readonly onPointerLeave = (e: PointerEvent): void => {
    this.#undismiss(e);
    this.hovered = undefined;
    this.#update();
  };

  /** The place an event is on; a tooltip dismissed with Escape shows again once focus or pointer is on another place. */
  #undismiss(e: Event): string | undefined {
    const key = keyOf(e);
    if (key !== this.dismissed) this.dismissed = undefined;
    return key;
  }

  /** The distance between the two pointers of a pinch. */
  #pointerDistance(): number {
    const [a, b] = [...this.#pointers.values()] as [Point, Point];
    return Math.hypot(a[0] - b[0], a[1] - b[1]);
  }
}

/** What a zoom key does: `+` (and `=`, the same key without Shift) zooms in, `-` out, `0` resets. */
function zoomKeyAction(nav: MapInteraction, pressed: string): (() => void) | undefined {
  switch (pressed) {
    case '+':
    case '=':
      return () => nav.zoomIn();
    case '-':
      return () => nav.zoomOut();
    case '0':
      return () => nav.resetZoom();
    default:
      return undefined;
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
