/**
 * What the four widgets share: the contract's attributes (`src`, `.feed`, `lang`, `group`, `refresh`,
 * `state`), the feed, the language and the group selection. Each widget adds only its own view.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Feed, WidgetState } from '../feed/types.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { FeedController } from './feed-controller.js';
import { LazyPart, type PartOptions } from './lazy-part.js';
import { SelectionController } from './selection.js';

export abstract class ReginElement extends LitElement {
  /** URL of a feed. Absent: the built-in REGIN feed that ships with the package. */
  @property() src?: string;

  /** A feed object supplied by script instead of `src`. */
  @property({ attribute: false }) feed?: unknown;

  /** Widgets with the same group share one selected region. */
  @property() group?: string;

  /** Seconds between feed re-checks for live pages (0: no polling). */
  @property({ type: Number }) refresh = 0;

  /**
   * Shows the feed's problems in full inside the widget (JSON path and explanation, in English), for the
   * site's editors. Without it, visitors see a short notice in their language, and the details are in the
   * browser console.
   */
  @property({ type: Boolean }) debug = false;

  /** `light` or `dark` forces a colour scheme; absent: follow `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  protected readonly i18n = new LocaleController(this);
  protected readonly feedData = new FeedController(this, (feed) => this.hasContent(feed));
  protected readonly selection = new SelectionController(this);

  /**
   * `loading`, `ready`, `partial` (some entries dropped), `stale` (showing last good data), `empty`
   * or `error`. Read-only; reflected as the `state` attribute.
   */
  get state(): WidgetState {
    return this.feedData.state;
  }

  /** Whether `feed` has anything this widget can show; otherwise its state is `empty`. */
  protected abstract hasContent(feed: Feed): boolean;

  /** The parts whose loading holds an update (see {@link lazyPart}). */
  readonly #holding: LazyPart<unknown>[] = [];

  /**
   * An on-demand part of this element (see `lazy-part.ts`). With `hold`, an update waits while the part
   * loads, so the view drawn is complete (and `updateComplete` includes it); without, the element
   * shows what it has meanwhile (a skeleton, the view as it was).
   */
  protected lazyPart<T>(options: PartOptions<T>, { hold = false } = {}): LazyPart<T> {
    const part = new LazyPart(this, options);
    if (hold) this.#holding.push(part as LazyPart<unknown>);
    return part;
  }

  /**
   * Holds a render until the element's language is loaded (at most a few seconds), so it never flashes
   * English, and while a part that holds updates loads.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const language = this.i18n.loading;
    return language ? language.then(() => this.#afterParts()) : this.#afterParts();
  }

  /** Updates once no part that holds updates is loading (checked again after each: another may have started). */
  #afterParts(): void | Promise<unknown> {
    const loading = this.#holding.find((p) => p.status === 'pending');
    return loading ? loading.load().then(() => this.#afterParts()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const state = this.state;
    if (this.getAttribute('state') !== state) this.setAttribute('state', state);
  }

  /** Everything the widget shows; `render()` puts it under its UI language. */
  protected abstract renderContent(): unknown;

  /**
   * The widget's content, marked with its UI language where that differs from the page's: a page in
   * German gets the English interface, and screen readers must read it as English.
   */
  protected override render() {
    return html`<div lang=${this.i18n.uiLangMark ?? nothing}>${this.renderContent()}</div>`;
  }
}
