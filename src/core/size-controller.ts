/**
 * The rendered size of one element of the host's shadow root, kept up to date with a ResizeObserver, so
 * the map is drawn for the pixels it has (crisp at any size) and redrawn when its container changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class SizeController implements ReactiveController {
  width = 0;
  height = 0;
  #observer?: ResizeObserver;
  #target?: Element;
  readonly #host: ReactiveControllerHost;
  readonly #find: () => Element | null | undefined;
  readonly #measured?: () => void;

  /**
   * @param find returns the element to measure (called after each update; it may come and go).
   * @param measured called when the size changes, before the host updates: the moment to read other
   *   computed styles, when the browser has them at hand (reading them during an update instead costs a
   *   style pass per element on a page with many).
   */
  constructor(host: ReactiveControllerHost, find: () => Element | null | undefined, measured?: () => void) {
    this.#host = host;
    this.#find = find;
    this.#measured = measured;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver((entries) => this.#set(entries[entries.length - 1]!.contentRect));
    this.#target = undefined;
    this.hostUpdated();
  }

  hostUpdated(): void {
    const target = this.#find() ?? undefined;
    if (target === this.#target || !this.#observer) return;
    if (this.#target) this.#observer.unobserve(this.#target);
    this.#target = target;
    if (!target) return;
    this.#observer.observe(target);
    // Measure a new target at once as well: observers report on the next rendered frame, which a page
    // in a background tab may not get for a long time.
    void this.#host.updateComplete.then(() => {
      if (this.#target === target) this.#set(target.getBoundingClientRect());
    });
  }

  #set(box: { width: number; height: number }): void {
    const width = Math.round(box.width);
    const height = Math.round(box.height);
    if (width === this.width && height === this.height) return;
    this.width = width;
    this.height = height;
    this.#measured?.();
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#target = undefined;
  }
}
