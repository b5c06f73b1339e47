import { expect } from '@open-wc/testing';
import { resolveLanguageTag, resolveText } from '../../src/feed/text.js';

describe('resolveText()', () => {
  const title = { en: 'Language courses', ca: 'Cursos de llengua', 'pt-BR': 'Cursos de língua' };

  it("returns the widget's language without a lang mark", () => {
    expect(resolveText(title, 'ca')).to.deep.equal({ value: 'Cursos de llengua' });
  });

  it('matches tags case-insensitively and by primary language', () => {
    expect(resolveText(title, 'CA')).to.deep.equal({ value: 'Cursos de llengua' });
    expect(resolveText(title, 'ca-ES')).to.deep.equal({ value: 'Cursos de llengua' });
    expect(resolveText(title, 'pt')).to.deep.equal({ value: 'Cursos de língua' });
  });

  it('prefers the exact tag over another variant of the same language', () => {
    expect(resolveText({ 'pt-BR': 'Brasil', 'pt-PT': 'Portugal' }, 'pt-PT')).to.deep.equal({ value: 'Portugal' });
  });

  it('falls back to English and marks it with lang', () => {
    expect(resolveText(title, 'sv')).to.deep.equal({ value: 'Language courses', lang: 'en' });
    expect(resolveText({ 'en-GB': 'Colour', fr: 'Couleur' }, 'sv')).to.deep.equal({ value: 'Colour', lang: 'en-GB' });
  });

  it('falls back to the first available language when there is no English', () => {
    expect(resolveText({ sv: 'Hälsa', it: 'Salute' }, 'fr')).to.deep.equal({ value: 'Hälsa', lang: 'sv' });
  });

  it('uses a text of unstated language (key "") before other languages, without a lang mark', () => {
    expect(resolveText({ '': 'Skåne', en: 'Scania' }, 'fr')).to.deep.equal({ value: 'Skåne' });
    expect(resolveText({ '': 'Skåne', sv: 'Skåne län' }, 'sv')).to.deep.equal({ value: 'Skåne län' });
  });

  it('returns an empty value for no text', () => {
    expect(resolveText(undefined, 'en')).to.deep.equal({ value: '' });
    expect(resolveText({}, 'en')).to.deep.equal({ value: '' });
  });
});

describe('resolveLanguageTag()', () => {
  it('returns the canonical form of a language tag', () => {
    expect(resolveLanguageTag('en')).to.equal('en');
    expect(resolveLanguageTag('EN-gb')).to.equal('en-GB');
    expect(resolveLanguageTag('sr-latn-rs')).to.equal('sr-Latn-RS');
    expect(resolveLanguageTag('es-419')).to.equal('es-419');
  });

  it('refuses keys that are not language tags', () => {
    for (const key of [
      '',
      'english',
      'en_GB',
      'e',
      '__proto__',
      'constructor',
      'toString',
      'en-',
      '-en',
      'en gb',
      '12',
      'x'.repeat(40),
    ]) {
      expect(resolveLanguageTag(key), key).to.equal(undefined);
    }
  });

  it('gives the same answer when asked again (cached)', () => {
    expect(resolveLanguageTag('FR-ca')).to.equal('fr-CA');
    expect(resolveLanguageTag('FR-ca')).to.equal('fr-CA');
    expect(resolveLanguageTag('english')).to.equal(undefined);
  });
});

describe('resolveText() language fallback', () => {
  const name = { en: 'Region of Murcia', es: 'Región de Murcia', pt: 'Região de Múrcia', 'pt-BR': 'Região de Múrcia (BR)' };

  it('takes the exact tag, then the same language in another variant', () => {
    expect(resolveText(name, 'es')).to.deep.equal({ value: 'Región de Murcia' });
    expect(resolveText(name, 'es-ES')).to.deep.equal({ value: 'Región de Murcia' });
    expect(resolveText(name, 'pt-PT')).to.deep.equal({ value: 'Região de Múrcia' });
    expect(resolveText(name, 'pt-BR')).to.deep.equal({ value: 'Região de Múrcia (BR)' });
    expect(resolveText({ 'pt-BR': 'x' }, 'pt'), 'same language, no mark').to.deep.equal({ value: 'x' });
    expect(resolveText({ EN: 'Azores' }, 'en-gb')).to.deep.equal({ value: 'Azores' });
  });

  it('takes a plain string (language not stated) before another language, unmarked', () => {
    expect(resolveText({ '': 'Skåne', en: 'Scania' }, 'sv')).to.deep.equal({ value: 'Skåne' });
  });

  it('falls back to English, then to the first language, and marks the fallback with its language', () => {
    expect(resolveText(name, 'fr')).to.deep.equal({ value: 'Region of Murcia', lang: 'en' });
    expect(resolveText({ it: 'Puglia', ca: 'Pulla' }, 'sv')).to.deep.equal({ value: 'Puglia', lang: 'it' });
    expect(resolveText({ 'en-GB': 'Azores' }, 'pt')).to.deep.equal({ value: 'Azores', lang: 'en-GB' });
  });

  it('gives an empty text for a missing value', () => {
    expect(resolveText(undefined, 'en')).to.deep.equal({ value: '' });
    expect(resolveText({}, 'en')).to.deep.equal({ value: '' });
  });
});
