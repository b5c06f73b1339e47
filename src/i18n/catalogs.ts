/**
 * The translated messages of each UI language, loaded lazily and only for the languages a page actually
 * uses, then kept for the life of the page. The messages come from `src/generated/locales/*.ts`, which
 * `npm run localize:build` writes from the XLIFF files in `xliff/`.
 *
 * This never touches @lit/localize's page-wide state (`configureLocalization`, the active locale, its
 * status event), so a host page that uses @lit/localize for its own components is not affected.
 */
import { joinStringsAndValues, type TemplateLike, type TemplateMap } from '@lit/localize';
import type { UiLanguage } from './languages.js';

type Translated = Exclude<UiLanguage, 'en'>;

// One static import() per language: every bundler (Vite, Rollup, esbuild, webpack) turns these into
// separate lazy chunks without globbing.
const loaders: Record<Translated, () => Promise<{ templates: TemplateMap }>> = {
  fr: () => import('../generated/locales/fr.js'),
  es: () => import('../generated/locales/es.js'),
  ca: () => import('../generated/locales/ca.js'),
  it: () => import('../generated/locales/it.js'),
  pt: () => import('../generated/locales/pt.js'),
  sv: () => import('../generated/locales/sv.js'),
};

const loaded = new Map<UiLanguage, TemplateMap | undefined>([['en', undefined]]);
const pending = new Map<UiLanguage, Promise<void>>();

/**
 * The messages of `lang` if they are already loaded (`undefined` for English, the source language, or
 * while loading). Pair with {@link loadCatalog}.
 */
export function catalog(lang: UiLanguage): TemplateMap | undefined {
  return loaded.get(lang);
}

/** Whether `lang`'s messages are ready (always for English). */
export function hasCatalog(lang: UiLanguage): boolean {
  return loaded.has(lang);
}

/**
 * Loads `lang`'s messages once per page. Resolves when they are ready; if the module cannot be loaded
 * (offline chunk, blocked by the page), resolves anyway and the language shows the English source.
 */
export function loadCatalog(lang: UiLanguage): Promise<void> {
  if (loaded.has(lang)) return Promise.resolve();
  let promise = pending.get(lang);
  if (!promise) {
    promise = loaders[lang as Translated]()
      .then(
        (module) => void loaded.set(lang, module.templates),
        (error: unknown) => {
          console.warn(`regin-widgets: the ${lang} translations could not be loaded; showing English.`, error);
          loaded.set(lang, undefined);
        },
      )
      .finally(() => pending.delete(lang));
    pending.set(lang, promise);
  }
  return promise;
}

/**
 * A message from `templates` (one language's messages): the translation with this id, else the English
 * source. Every call has an id (the house rule), so no id is derived from the text as @lit/localize's
 * own `msg` does. A translated `str` template holds the index of each source value in its place, as
 * translators may reorder them. Other templates (Lit `html`) are returned as written.
 */
export function translate(templates: TemplateMap | undefined, template: TemplateLike, id: string | undefined): TemplateLike {
  const localized = id === undefined ? undefined : templates?.[id];
  if (typeof template === 'string') return typeof localized === 'string' ? localized : template;
  if (!('strTag' in template)) return template;
  return localized && typeof localized !== 'string' && 'strTag' in localized
    ? joinStringsAndValues(localized.strings, template.values, localized.values as number[])
    : joinStringsAndValues(template.strings, template.values);
}
