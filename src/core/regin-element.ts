/**
 * What the four widgets share: the contract's attributes (`src`, `.feed`, `lang`, `group`, `refresh`,
 * `state`), the feed, the language and the group selection. Each widget adds only its own view.
 */
import { html, LitElement, nothing, type CSSResult, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Feed, WidgetState } from '../feed/types.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { FeedController } from './feed-controller.js';
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

  /** Holds a render until the element's language is loaded (at most a few seconds), so it never flashes English. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.i18n.loading;
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const state = this.state;
    if (this.getAttribute('state') !== state) this.setAttribute('state', state);
  }

  /** Adds the styles of a part loaded on demand (a dialog, a panel) to the shadow root, once. */
  protected adoptStyles({ styleSheet }: CSSResult): void {
    const root = this.renderRoot as ShadowRoot;
    if (styleSheet && !root.adoptedStyleSheets.includes(styleSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styleSheet];
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
