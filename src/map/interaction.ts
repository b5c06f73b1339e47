/**
 * How a person moves around the map: the roving tab stop, focus and hover (which show the tooltip),
 * arrow-key navigation, zoom (buttons, `+`/`-`/`0`, Ctrl/⌘ + wheel) and dragging a zoomed map. Its state
 * is reactive (the host re-renders on change); choosing a place is left to the host.
 */
import type { ReactiveControllerHost } from 'lit';
import { isNavKey, nextKey, type NavPoint } from './keyboard.js';
import type { Point } from './scene.js';
import { apply, clamp, IDENTITY, panBy, panToShow, zoomBy, type ZoomState } from './zoom.js';

export interface InteractionHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface InteractionModel {
  /** Places in keyboard order (west to east). */
  readonly order: readonly NavPoint[];
  /** Label point of a place (mainland ones before zoom), and whether it is in an inset. */
  point(key: string): { point: Point; inset: boolean } | undefined;
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
  #drag?: { id: number; x: number; y: number; moved: boolean };
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

  /** The place the tooltip is for (hover wins over focus). */
  get pointed(): string | undefined {
    return this.hovered ?? this.focused;
  }

  /** Where a place is drawn now, in SVG units. */
  screenPoint(key: string): Point | undefined {
    const p = this.#model().point(key);
    return p && (p.inset ? p.point : apply(this.zoom, p.point));
  }

  /** Keeps the tab stop on a place that exists and the zoom inside the map (after a new scene). */
  sync(): void {
    const m = this.#model();
    if (this.active === undefined || !m.point(this.active)) this.active = m.order[0]?.key;
    this.zoom = clamp(this.zoom, m.width, m.height);
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
    const p = this.#model().point(key);
    if (p && !p.inset) this.zoom = panToShow(this.zoom, p.point, width, height);
    this.#update();
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<SVGElement>(`svg [data-key="${CSS.escape(key)}"]`)?.focus();
  }

  readonly onKeyDown = (e: KeyboardEvent): void => {
    const key = keyOf(e);
    if (isNavKey(e.key)) {
      e.preventDefault();
      const next = nextKey(this.#model().order, key ?? this.active, e.key);
      if (next) void this.focus(next);
    } else if ((e.key === 'Enter' || e.key === ' ') && key) {
      e.preventDefault();
      this.#model().choose(key);
    } else if (['+', '=', '-', '0'].includes(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      if (e.key === '0') this.setZoom(IDENTITY);
      else this.zoomBy(e.key === '-' ? 0.5 : 2);
    }
  };

  readonly onFocusIn = (e: FocusEvent): void => {
    this.focused = keyOf(e);
    if (this.focused) this.active = this.focused;
    this.#update();
  };

  readonly onFocusOut = (): void => {
    this.focused = undefined;
    this.#update();
  };

  readonly onPointerOver = (e: PointerEvent): void => {
    if (this.#drag?.moved) return;
    const key = keyOf(e);
    if (key !== this.hovered) {
      this.hovered = key;
      this.#update();
    }
  };

  readonly onPointerLeave = (): void => {
    this.hovered = undefined;
    this.#update();
  };

  readonly onPointerDown = (e: PointerEvent): void => {
    if (e.button !== 0 || this.zoom.k <= 1) return;
    this.#drag = { id: e.pointerId, x: e.clientX, y: e.clientY, moved: false };
  };

  readonly onPointerMove = (e: PointerEvent): void => {
    const d = this.#drag;
    if (!d || d.id !== e.pointerId) return;
    const dx = e.clientX - d.x;
    const dy = e.clientY - d.y;
    if (!d.moved && Math.hypot(dx, dy) < DRAG) return;
    if (!d.moved) capture(e);
    d.moved = true;
    d.x = e.clientX;
    d.y = e.clientY;
    const { width, height } = this.#model();
    this.setZoom(panBy(this.zoom, dx, dy, width, height));
  };

  readonly onPointerUp = (e: PointerEvent): void => {
    if (this.#drag?.id !== e.pointerId) return;
    // a drag ends without a click on the place it ends over
    if (this.#drag.moved) setTimeout(() => (this.#drag = undefined));
    else this.#drag = undefined;
  };

  readonly onClick = (e: MouseEvent): void => {
    if (this.#drag?.moved) return;
    const key = keyOf(e);
    if (key) this.#model().choose(key);
  };

  /** Zooms with Ctrl/⌘ + wheel (and trackpad pinch) only: a plain wheel scrolls the page. */
  readonly onWheel = (e: WheelEvent): void => {
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    const box = (e.currentTarget as Element).getBoundingClientRect();
    this.zoomBy(Math.exp(-e.deltaY / 300), [e.clientX - box.left, e.clientY - box.top]);
  };
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
