/** The generated locale modules, loaded the way the widgets load them. */
import type { TemplateMap } from '@lit/localize';

export async function templatesOf(lang: string): Promise<TemplateMap> {
  const modules: Record<string, () => Promise<{ templates: TemplateMap }>> = {
    fr: () => import('../../src/generated/locales/fr.js'),
    es: () => import('../../src/generated/locales/es.js'),
    ca: () => import('../../src/generated/locales/ca.js'),
    it: () => import('../../src/generated/locales/it.js'),
    pt: () => import('../../src/generated/locales/pt.js'),
    sv: () => import('../../src/generated/locales/sv.js'),
  };
  return (await modules[lang]!()).templates;
}
