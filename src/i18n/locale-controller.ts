/**
 * Language per element: the nearest `lang` (the element's own, an ancestor's, `<html lang>`), then
 * English. Gives the element its UI language, a `msg` bound to that language, feed-text resolution and
 * `Intl` formats.
 *
 * PROVISIONAL: UI strings fall back to the English source until the locale modules are wired in.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg as sourceMsg } from '@lit/localize';
import type { Text } from '../feed/types.js';
import { resolveText, type ResolvedText } from '../feed/text.js';

/** The UI languages the widgets ship; English is the source. */
export const UI_LANGUAGES = ['en', 'fr', 'es', 'ca', 'it', 'pt', 'sv'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The nearest declared language of `el` (crossing shadow roots), or `''`. */
export function declaredLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}

/** Maps any BCP 47 tag to a UI language: `pt-PT` → `pt`, unknown → `en`. */
export function uiLanguage(tag: string): UiLanguage {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (UI_LANGUAGES as readonly string[]).includes(primary) ? (primary as UiLanguage) : 'en';
}

export class LocaleController implements ReactiveController {
  /** The full declared tag (`ca-ES`), used for feed texts and `Intl`. */
  tag = 'en';
  /** The UI language the strings are shown in. */
  lang: UiLanguage = 'en';

  /** `msg` bound to this element's language (extractable by `lit-localize extract`). */
  readonly msg: typeof sourceMsg = sourceMsg;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
  }

  hostUpdate(): void {
    this.refresh();
  }

  /** Resolves a feed text in this element's language. */
  text(text: Text | undefined): ResolvedText {
    return resolveText(text, this.tag);
  }

  private refresh(): void {
    this.tag = declaredLang(this.host) || 'en';
    this.lang = uiLanguage(this.tag);
  }
}
