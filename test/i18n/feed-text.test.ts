import { expect } from '@open-wc/testing';
import { resolveText } from '../../src/feed/text.js';

describe('resolveText()', () => {
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
