/**
 * Which language an element speaks: the nearest `lang` attribute (its own, an ancestor's across shadow
 * roots, `<html lang>`), mapped to one of the UI languages the widgets ship.
 */

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

/** The primary language subtag, lower case: `pt-PT` → `pt`, `ca_ES` → `ca`. */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Maps any BCP 47 tag to a UI language: `pt-PT` → `pt`, `ca-ES` → `ca`, unknown → `en`. */
export function uiLanguage(tag: string): UiLanguage {
  const primary = primaryLanguage(tag);
  return (UI_LANGUAGES as readonly string[]).includes(primary) ? (primary as UiLanguage) : 'en';
}

/** `declared` in canonical BCP 47 form (`sv_se` → `sv-SE`), or `''` when it is not a valid tag. */
export function canonicalTag(declared: string): string {
  try {
    return Intl.getCanonicalLocales(declared.trim().replace(/_/g, '-'))[0] ?? '';
  } catch {
    return '';
  }
}

/** The regional conventions our translations are written in, where CLDR's default differs. */
const INTL_DEFAULT: Partial<Record<UiLanguage, string>> = { pt: 'pt-PT' };

/**
 * The tag for `Intl` formats, consistent with the UI strings: the declared tag when the UI speaks its
 * language (`ca-ES`, `en-GB`, `pt-BR`), else the UI language itself (`de` → `en`, since the
 * sentences around the numbers are English). Malformed tags give the UI language.
 */
export function formatTag(declared: string, lang: UiLanguage): string {
  if (primaryLanguage(declared) !== lang) return INTL_DEFAULT[lang] ?? lang;
  // Our Portuguese is European Portuguese; a bare `pt` means Brazilian conventions to Intl (CLDR)
  if (declared.trim().toLowerCase() === lang) return INTL_DEFAULT[lang] ?? lang;
  return canonicalTag(declared) || lang;
}
