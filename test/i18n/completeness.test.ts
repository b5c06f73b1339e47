/**
 * Every language has every message: the XLIFF files (what translators edit) each hold a non-empty
 * target for every source message, with the same placeholders, and the generated locale modules (what
 * the widgets load) match them. `npm run localize:check` adds the missing link: the messages in the
 * source code are exactly those in the XLIFF files.
 */
import { expect } from '@open-wc/testing';
import type { TemplateMap } from '@lit/localize';
import { UI_LANGUAGES } from '../../src/i18n/languages.js';
import { templatesOf } from './xliff.js';

interface Unit {
  readonly id: string;
  readonly source: string;
  readonly target: string | null;
  readonly sourcePlaceholders: string[];
  readonly targetPlaceholders: string[];
}

async function readXliff(lang: string): Promise<{ targetLanguage: string | null; units: Unit[] }> {
  const response = await fetch(`/xliff/${lang}.xlf`);
  expect(response.ok, `xliff/${lang}.xlf exists`).to.equal(true);
  const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
  expect(doc.querySelector('parsererror'), `xliff/${lang}.xlf is well-formed`).to.equal(null);
  const placeholders = (el: Element | null) => [...(el?.querySelectorAll('x') ?? [])].map((x) => x.getAttribute('id')!).sort();
  const units = [...doc.querySelectorAll('trans-unit')].map((unit) => {
    const source = unit.querySelector('source');
    const target = unit.querySelector('target');
    return {
      id: unit.getAttribute('id')!,
      source: source?.textContent ?? '',
      target: target ? target.textContent : null,
      sourcePlaceholders: placeholders(source),
      targetPlaceholders: placeholders(target),
    };
  });
  return { targetLanguage: doc.querySelector('file')?.getAttribute('target-language') ?? null, units };
}

const TARGETS = UI_LANGUAGES.filter((l) => l !== 'en');

describe('translations are complete', () => {
  it('ships one XLIFF file per UI language other than English, all with the same messages', async () => {
    const ids = await Promise.all(TARGETS.map(async (lang) => (await readXliff(lang)).units.map((u) => u.id).sort()));
    expect(ids[0]!.length, 'messages extracted').to.be.greaterThan(0);
    for (const [i, lang] of TARGETS.entries()) expect(ids[i], lang).to.deep.equal(ids[0]);
  });

  for (const lang of TARGETS) {
    it(`${lang}: every message has a translation with the same placeholders`, async () => {
      const { targetLanguage, units } = await readXliff(lang);
      expect(targetLanguage).to.equal(lang);
      const missing = units.filter((u) => !u.target?.trim() && u.targetPlaceholders.length === 0).map((u) => u.id);
      expect(missing, `untranslated in xliff/${lang}.xlf`).to.deep.equal([]);
      const mismatched = units
        .filter((u) => u.target !== null && u.sourcePlaceholders.join() !== u.targetPlaceholders.join())
        .map((u) => u.id);
      expect(mismatched, `placeholders differ in xliff/${lang}.xlf`).to.deep.equal([]);
    });

    it(`${lang}: the generated locale module matches the XLIFF file (run npm run localize:build)`, async () => {
      const { units } = await readXliff(lang);
      const templates: TemplateMap = await templatesOf(lang);
      expect(Object.keys(templates).sort()).to.deep.equal(units.map((u) => u.id).sort());
      for (const [id, template] of Object.entries(templates)) {
        const text = typeof template === 'string' ? template : 'strings' in template ? template.strings.join('') : '';
        expect(text.trim(), `${lang} ${id}`).not.to.equal('');
      }
    });
  }
});
