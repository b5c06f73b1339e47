/**
 * Language per element: the nearest `lang` (the element's own, an ancestor's, `<html lang>`), then
 * English. Gives the element its UI language, a `msg` bound to that language, feed-text resolution and
 * `Intl` formats, and re-renders it when any of those `lang` attributes change.
 *
 * Strings are written with `this.i18n.msg('English', { id: 'area.key' })`. `msg` has the type of
 * @lit/localize's `msg`, so `lit-localize extract` finds every call; at run time it looks the id up in
 * this element's language only — never in @lit/localize's page-wide locale — and falls back to the
 * English source, never to the id.
 *
 * @example
 * ```ts
 * render() {
 *   const { msg } = this.i18n;
 *   const n = this.measures.length;
 *   return html`<p>${this.i18n.plural(n, {
 *     one: msg(str`${this.i18n.number(n)} measure`, { id: 'cards.count.one' }),
 *     other: msg(str`${this.i18n.number(n)} measures`, { id: 'cards.count.other' }),
 *   })}</p>`;
 * }
 * ```
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { str, type msg as sourceMsg, type MsgOptions, type TemplateLike } from '@lit/localize';
import type { Text } from '../feed/types.js';
import { resolveText, type ResolvedText } from '../feed/text.js';
import { catalog, hasCatalog, loadCatalog, translate } from './catalogs.js';
import { frameworkLabel } from './framework-labels.js';
import * as format from './format.js';
import { observeLang } from './lang-observer.js';
import { canonicalTag, declaredLang, formatTag, uiLanguage, type UiLanguage } from './languages.js';

export { UI_LANGUAGES, declaredLang, uiLanguage, type UiLanguage } from './languages.js';

/** How long a first render waits for its language's messages before showing English meanwhile. */
const MAX_WAIT_MS = 3000;

export class LocaleController implements ReactiveController {
  /** The tag for `Intl` formats: the declared tag (`ca-ES`) when the UI speaks it, else the UI language. */
  tag = 'en';
  /** The UI language the strings are shown in. */
  lang: UiLanguage = 'en';
  /** The nearest declared `lang` as written (`''` when none), used to resolve feed texts. */
  declared = '';

  /** `msg` bound to this element's language (extractable by `lit-localize extract`). */
  readonly msg: typeof sourceMsg = ((template: TemplateLike, options?: MsgOptions) =>
    translate(catalog(this.lang), template, options?.id)) as typeof sourceMsg;

  #unobserve?: () => void;

  readonly #host: ReactiveControllerHost & Element;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#unobserve = observeLang(this.#host, () => this.#refresh());
    this.#refresh();
  }

  hostDisconnected(): void {
    this.#unobserve?.();
    this.#unobserve = undefined;
  }

  /** Safety net for `lang` changes no observer could see (e.g. inside a closed shadow root). */
  hostUpdate(): void {
    this.#refresh(false);
  }

  /**
   * While this element's language is still loading: a promise that settles when it is ready (or after
   * a few seconds at most, showing English meanwhile). `undefined` when nothing is pending. An element
   * awaits it in `scheduleUpdate()` so it never flashes English before its own language.
   */
  get loading(): Promise<void> | undefined {
    if (hasCatalog(this.lang)) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, MAX_WAIT_MS)));
    return Promise.race([loadCatalog(this.lang), timeout]).finally(() => clearTimeout(timer));
  }

  /**
   * Resolves a feed text in this element's language; `lang` is set when it falls back to another one.
   * The default framework's dimension labels are UI strings, in the UI language (see framework-labels.ts).
   */
  text(feedText: Text | undefined): ResolvedText {
    const ui = frameworkLabel(feedText, this.msg);
    const text = ui === undefined ? feedText : { [this.lang]: ui };
    const wanted = canonicalTag(this.declared);
    const resolved = resolveText(text, wanted || this.lang);
    if (resolved.lang || !text || !wanted || !this.uiLangMark) return resolved;
    // The UI is marked with its own language (the page's is not one we speak): a text found in the
    // page's language is marked with it too.
    const primary = (tag: string) => tag.toLowerCase().split('-')[0];
    const own = Object.keys(text).find((k) => k !== '' && primary(k) === primary(wanted) && text[k] === resolved.value);
    return own === undefined ? resolved : { ...resolved, lang: own };
  }

  /**
   * `lang` for the widget's own interface when the page declares another language than the one the
   * interface speaks (a German page gets English), or none is declared; `undefined` when they agree.
   */
  get uiLangMark(): UiLanguage | undefined {
    const wanted = canonicalTag(this.declared);
    return wanted && wanted.toLowerCase().split('-')[0] === this.lang ? undefined : this.lang;
  }

  /** Picks the `one` or `other` form of a message for `n` by the UI language's plural rules. */
  plural<T>(n: number, forms: { readonly one: T; readonly other: T }): T {
    return format.selectPlural(this.lang, n, forms);
  }

  /** A number in this element's language (`1 234,5` in Swedish). Non-finite → `''`. */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return format.formatNumber(this.tag, value, options);
  }

  /** A ratio as a percentage (`0.25` → `25 %` in French). */
  percent(ratio: number, maximumFractionDigits?: number): string {
    return format.formatPercent(this.tag, ratio, maximumFractionDigits);
  }

  /** An amount of money (`120.000 €` in Spanish). */
  currency(amount: number, currency: string): string {
    return format.formatCurrency(this.tag, amount, currency);
  }

  /** A feed date (`2021-03` → `March 2021`, `març de 2021` in Catalan). */
  date(value: string | Date | undefined): string {
    return format.formatDate(this.tag, value);
  }

  /** A period between two feed dates; an open end reads "since March 2021" / "until December 2022". */
  period(start: string | undefined, end: string | undefined): string {
    const { msg } = this;
    return format.formatMonthRange(this.tag, start, end, {
      since: (date) => msg(str`since ${date}`, { id: 'period.since' }),
      until: (date) => msg(str`until ${date}`, { id: 'period.until' }),
    });
  }

  /** A list in words: `Catalonia, Murcia and Puglia` (`or` with `disjunction`). */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string {
    return format.formatList(this.tag, items, type);
  }

  /** Compares two names in this language's alphabetical order (for `sort`). */
  readonly compare = (a: string, b: string): number => format.compareText(this.tag, a, b);

  /** Re-reads the nearest `lang`; on a change, loads the language if needed and re-renders. */
  #refresh(render = true): void {
    const declared = declaredLang(this.#host);
    if (declared === this.declared) return;
    this.declared = declared;
    this.lang = uiLanguage(declared);
    this.tag = formatTag(declared, this.lang);
    if (!hasCatalog(this.lang)) void loadCatalog(this.lang).then(() => this.#host.requestUpdate());
    // Render now too: an element that awaits `loading` in `scheduleUpdate()` holds this render until
    // its language is ready; any other shows English until the second render.
    if (render) this.#host.requestUpdate();
  }
}
