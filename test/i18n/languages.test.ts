import { expect } from '@open-wc/testing';
import { canonicalTag, formatTag, uiLanguage } from '../../src/i18n/languages.js';

describe('uiLanguage() and formatTag()', () => {
  it('maps regional variants to the UI language and anything else to English', () => {
    expect(['pt-PT', 'ca-ES', 'sv_SE', 'FR', 'it-CH', 'de', 'en-GB', '', 'x!'].map(uiLanguage)).to.deep.equal([
      'pt',
      'ca',
      'sv',
      'fr',
      'it',
      'en',
      'en',
      'en',
      'en',
    ]);
  });

  it('formats with the declared region when the UI speaks its language, else like the UI', () => {
    expect(formatTag('ca-ES', 'ca')).to.equal('ca-ES');
    expect(formatTag('sv_FI', 'sv')).to.equal('sv-FI');
    expect(formatTag('de-AT', 'en')).to.equal('en');
    expect(formatTag('pt', 'pt'), 'our Portuguese is European').to.equal('pt-PT');
    expect(formatTag('pt-BR', 'pt')).to.equal('pt-BR');
    expect(formatTag('en-x-!!', 'en')).to.equal('en');
  });
});

describe('canonicalTag()', () => {
  it('canonicalises declared tags and rejects malformed ones', () => {
    expect(['sv_se', ' EN-gb ', 'pt-pt', 'not a tag', ''].map(canonicalTag)).to.deep.equal(['sv-SE', 'en-GB', 'pt-PT', '', '']);
  });
});
