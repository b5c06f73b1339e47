import { expect } from '@open-wc/testing';
import { siteName, sourceViews } from '../../src/core/sources.js';
import { localeIn, unmountAll } from '../i18n/locale.js';

describe('siteName()', () => {
  it('names a link by its host, without www., and an e-mail link by its address', () => {
    expect(siteName('https://www.example.org/a/b?c')).to.equal('example.org');
    expect(siteName('http://portal.azores.gov.pt/')).to.equal('portal.azores.gov.pt');
    expect(siteName('mailto:info@regin.example')).to.equal('info@regin.example');
    expect(siteName('not a link')).to.equal('not a link');
  });
});

describe('sourceViews()', () => {
  after(() => unmountAll());

  it('names each source by its title in the widget language, else by its site, with its date in words', async () => {
    const i18n = await localeIn('es');
    const views = sourceViews(i18n, [
      { url: 'https://www.example.org/report', title: { en: 'Annual report', es: 'Informe anual' }, date: '2023-03-15' },
      { url: 'https://other.example/page', title: { en: 'Only in English' } },
      { url: 'https://third.example/x', date: '2022' },
    ]);
    expect(views.map(({ url, name, lang }) => ({ url, name, lang }))).to.deep.equal([
      { url: 'https://www.example.org/report', name: 'Informe anual', lang: undefined },
      { url: 'https://other.example/page', name: 'Only in English', lang: 'en' },
      { url: 'https://third.example/x', name: 'third.example', lang: undefined },
    ]);
    expect(views.map((v) => v.date)).to.deep.equal([i18n.date('2023-03-15'), '', i18n.date('2022')]);
    expect(views[0]!.date).to.match(/2023/);
  });

  it('leaves out sources whose link fails the URL check', async () => {
    const i18n = await localeIn('en');
    const views = sourceViews(i18n, [
      { url: 'javascript:alert(1)', title: { en: 'Bad' } },
      { url: 'data:text/html,<b>x</b>' },
      { url: 'https://ok.example/' },
    ]);
    expect(views.map((v) => v.name)).to.deep.equal(['ok.example']);
  });

  it('numbers links that would read the same, so each says where it goes', async () => {
    const i18n = await localeIn('en');
    const views = sourceViews(i18n, [
      { url: 'https://reginproject.eu/a' },
      { url: 'https://other.example/' },
      { url: 'https://www.reginproject.eu/b' },
    ]);
    expect(views.map((v) => v.name)).to.deep.equal(['reginproject.eu (1)', 'other.example', 'reginproject.eu (2)']);
  });
});
