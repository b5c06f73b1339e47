/**
 * A part of an element whose code loads on demand (`import()`): a dialog, a panel, a view, an action.
 * Modelled on `@lit/task`'s `Task` (run by hand): the part's `status` (`initial`, `pending`,
 * `complete`, `error`), its code once loaded, `render({ pending, complete, error })`, and an update of
 * the host whenever the status changes. The styles the part brings are adopted into the host's shadow
 * root when it arrives. A failed load is tried again the next time the part is asked for; the element
 * shows its localised notice meanwhile and the page goes on. (`@lit/task` itself, wrapped, weighed
 * 0.6–0.7 kB gzip more on every page of `npm run size` than this class.)
 *
 * Every part has a name (`'<folder>.<part>'`, e.g. `'map.panel'`); {@link LazyPart.loaders} replaces
 * the loader of a named part on every element: the seam tests use to simulate a network that fails.
 * An element makes its parts with `ReginElement.lazyPart()`, which can also hold its updates while a
 * part loads.
 */
import type { CSSResult, ReactiveControllerHost } from 'lit';

export type PartStatus = 'initial' | 'pending' | 'complete' | 'error';

/** Loads a part's code (an `import()` of its module). */
export type PartLoader<T> = () => Promise<T>;

export interface PartOptions<T> {
  /** The part's name, `'<folder>.<part>'`: the key of {@link LazyPart.loaders}. */
  readonly name: string;
  readonly load: PartLoader<T>;
  /** The styles the part brings, adopted into the host's shadow root when it has loaded. */
  readonly styles?: (code: T) => CSSResult;
}

/** What to show in each state of a part; a state left out shows nothing. */
export interface PartRenderer<T, R> {
  initial?: () => R;
  pending?: () => R;
  complete?: (code: T) => R;
  error?: (error: unknown) => R;
}
/** The host of a part: an element with a render root (its shadow root). */
export type PartHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Adds `css` to the shadow root `root`, once. */
function adoptStyles(root: HTMLElement | DocumentFragment, { styleSheet }: CSSResult): void {
  if (!styleSheet || !(root instanceof ShadowRoot) || root.adoptedStyleSheets.includes(styleSheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, styleSheet];
}

export class LazyPart<T> {
  /**
   * Loaders that replace those of the parts of these names, on every element (tests: a loader that
   * rejects as an offline network does). Empty unless a test fills it; clear it after.
   */
  static readonly loaders = new Map<string, PartLoader<unknown>>();
  #status: PartStatus = 'initial';
  #value?: T;
  #error?: unknown;
  #loading?: Promise<T | undefined>;
  readonly #host: PartHost;
  readonly #options: PartOptions<T>;

  constructor(host: PartHost, options: PartOptions<T>) {
    this.#host = host;
    this.#options = options;
  }

  /** `initial` (not asked for yet), `pending`, `complete` or `error`. */
  get status(): PartStatus {
    return this.#status;
  }

  /** The part's code once it has loaded. */
  get value(): T | undefined {
    return this.#value;
  }

  /** Why the last load failed, while the status is `error`. */
  get error(): unknown {
    return this.#error;
  }

  /**
   * Starts loading the part unless it has loaded or is loading (after a failure: again). Resolves with
   * its code, or `undefined` when it could not be loaded; never rejects.
   */
  load(): Promise<T | undefined> {
    if (this.#status === 'complete' || this.#status === 'pending') return this.#loading!;
    const { name, load, styles } = this.#options;
    this.#status = 'pending';
    this.#host.requestUpdate();
    return (this.#loading = (LazyPart.loaders.get(name) ?? load)().then(
      (code) => {
        const value = code as T;
        if (styles) adoptStyles(this.#host.renderRoot, styles(value));
        this.#status = 'complete';
        this.#value = value;
        this.#host.requestUpdate();
        return value;
      },
      (error: unknown) => {
        this.#status = 'error';
        this.#error = error;
        this.#host.requestUpdate();
        return undefined;
      },
    ));
  }

  /** What `renderer` shows for the part's state. */
  render<R>(renderer: PartRenderer<T, R>): R | undefined {
    const s = this.#status;
    return s === 'complete'
      ? renderer.complete?.(this.#value as T)
      : s === 'error'
        ? renderer.error?.(this.#error)
        : renderer[s]?.();
  }
}
