import { expect, html, waitUntil } from '@open-wc/testing';
import { FEED, mount, unmountAll, type TestLangWidget } from './lang-widget.js';
import './lang-widget.js';
import { hasCatalog } from '../../src/i18n/catalogs.js';

const HEADING: Record<string, string> = {
  en: 'Loading data…',
  fr: 'Chargement des données…',
  es: 'Cargando los datos…',
  ca: 'S’estan carregant les dades…',
  it: 'Caricamento dei dati…',
  pt: 'A carregar os dados…',
  sv: 'Läser in data…',
};

const shadow = (el: TestLangWidget) => el.shadowRoot!;
const heading = (el: TestLangWidget) => shadow(el).querySelector('h2')!.textContent!.trim();
const text = (el: TestLangWidget, selector: string) => shadow(el).querySelector(selector)?.textContent?.trim();

async function widgetIn(template: unknown): Promise<TestLangWidget> {
  const root = await mount(template);
  return (root.localName === 'test-lang-widget' ? root : root.querySelector('test-lang-widget')) as TestLangWidget;
}

describe('language per element', () => {
  let htmlLang: string | null;
  beforeEach(() => {
    htmlLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
  });
  afterEach(() => {
    unmountAll();
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it('is accessible in French', async () => {
    const el = await widgetIn(html`<test-lang-widget lang="fr" .feed=${FEED}></test-lang-widget>`);
    await expect(el).to.be.accessible();
  });

  it('speaks its own lang attribute on the first render, without showing English first', async () => {
    expect(hasCatalog('it'), 'Italian is not loaded yet on this page').to.equal(false);
    const seen: string[] = [];
    const el = document.createElement('test-lang-widget');
    el.setAttribute('lang', 'it');
    el.feed = FEED;
    const record = () => {
      const h = el.shadowRoot?.querySelector('h2');
      if (h) seen.push(h.textContent!.trim());
    };
    const observer = new MutationObserver(record);
    document.body.append(el);
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await el.updateComplete;
    record();
    observer.disconnect();
    el.remove();
    expect(seen.length).to.be.greaterThan(0);
    expect(
      seen.every((h) => h === HEADING.it),
      seen.join(' | '),
    ).to.equal(true);
  });

  it('takes the nearest ancestor lang', async () => {
    const el = await widgetIn(html`<div lang="es"><section><test-lang-widget .feed=${FEED}></test-lang-widget></section></div>`);
    expect(heading(el)).to.equal(HEADING.es);
  });

  it('prefers its own lang to an ancestor’s', async () => {
    const el = await widgetIn(html`<div lang="es"><test-lang-widget lang="sv" .feed=${FEED}></test-lang-widget></div>`);
    expect(heading(el)).to.equal(HEADING.sv);
  });

  it('takes <html lang> when nothing nearer is set', async () => {
    document.documentElement.setAttribute('lang', 'it');
    const el = await widgetIn(html`<test-lang-widget .feed=${FEED}></test-lang-widget>`);
    expect(heading(el)).to.equal(HEADING.it);
  });

  it('speaks English when no lang is declared anywhere', async () => {
    const el = await widgetIn(html`<test-lang-widget .feed=${FEED}></test-lang-widget>`);
    expect(heading(el)).to.equal(HEADING.en);
  });

  it('finds the lang of an ancestor across shadow roots and follows changes there', async () => {
    const host = await mount(html`<div lang="pt"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    root.append(inner);
    const el = document.createElement('test-lang-widget');
    el.feed = FEED;
    inner.append(el);
    await el.updateComplete;
    expect(heading(el)).to.equal(HEADING.pt);
    inner.setAttribute('lang', 'ca'); // inside the shadow root
    await waitUntil(() => heading(el) === HEADING.ca, 'did not switch to Catalan');
    host.setAttribute('lang', 'fr'); // outside: the nearer Catalan still wins
    await new Promise((r) => setTimeout(r, 50));
    expect(heading(el)).to.equal(HEADING.ca);
    inner.removeAttribute('lang');
    await waitUntil(() => heading(el) === HEADING.fr, 'did not fall back to the host’s French');
  });

  it('re-renders when lang changes at run time: own attribute, property, ancestor, <html>', async () => {
    const el = await widgetIn(html`<div lang="es"><test-lang-widget lang="fr" .feed=${FEED}></test-lang-widget></div>`);
    expect(heading(el)).to.equal(HEADING.fr);
    el.setAttribute('lang', 'ca');
    await waitUntil(() => heading(el) === HEADING.ca, 'own attribute');
    el.lang = 'it';
    await waitUntil(() => heading(el) === HEADING.it, 'lang property');
    el.removeAttribute('lang');
    await waitUntil(() => heading(el) === HEADING.es, 'back to the ancestor');
    el.parentElement!.removeAttribute('lang');
    document.documentElement.setAttribute('lang', 'sv');
    await waitUntil(() => heading(el) === HEADING.sv, '<html lang>');
  });

  it('shows two languages side by side, and changing one leaves the other alone', async () => {
    const root = await mount(html`<div>
      <test-lang-widget lang="es" .feed=${FEED}></test-lang-widget>
      <test-lang-widget lang="ca" .feed=${FEED}></test-lang-widget>
    </div>`);
    const [es, ca] = [...root.querySelectorAll('test-lang-widget')];
    await Promise.all([es!.updateComplete, ca!.updateComplete]);
    expect([heading(es!), heading(ca!)]).to.deep.equal([HEADING.es, HEADING.ca]);
    // Spanish groups thousands only from five digits on (CLDR minimumGroupingDigits 2)
    expect([text(es!, '.number'), text(ca!, '.number')]).to.deep.equal(['1234,5', '1.234,5']);
    es!.setAttribute('lang', 'pt');
    await waitUntil(() => heading(es!) === HEADING.pt);
    expect(heading(ca!)).to.equal(HEADING.ca);
  });

  for (const [tag, lang] of [
    ['pt-PT', 'pt'],
    ['pt-BR', 'pt'],
    ['ca-ES', 'ca'],
    ['fr-CA', 'fr'],
    ['sv_SE', 'sv'],
    ['en-GB', 'en'],
    ['de', 'en'],
    ['', 'en'],
    ['not a language!', 'en'],
  ] as const) {
    it(`shows ${lang} for lang="${tag}"`, async () => {
      const el = await widgetIn(html`<test-lang-widget lang=${tag} .feed=${FEED}></test-lang-widget>`);
      expect(heading(el)).to.equal(HEADING[lang]);
    });
  }

  it('formats numbers in the declared regional tag when the UI speaks it, else like the UI', async () => {
    const ca = await widgetIn(html`<test-lang-widget lang="ca-ES" .feed=${FEED}></test-lang-widget>`);
    expect(text(ca, '.number')).to.equal('1.234,5');
    const de = await widgetIn(html`<test-lang-widget lang="de-DE" .feed=${FEED}></test-lang-widget>`);
    expect(text(de, '.number'), 'English sentences, English numbers').to.equal('1,234.5');
    const sv = await widgetIn(html`<test-lang-widget lang="sv" .feed=${FEED}></test-lang-widget>`);
    expect(text(sv, '.number')).to.equal('1\u00a0234,5');
  });

  it('formats amounts, dates, periods and lists, and sorts names, in the element’s language', async () => {
    const sv = (await widgetIn(html`<test-lang-widget lang="sv" .feed=${FEED}></test-lang-widget>`)).locale;
    expect(sv.currency(120000, 'EUR')).to.equal('120\u00a0000\u00a0€');
    expect(sv.percent(0.5)).to.equal('50\u00a0%');
    expect(sv.date('2021-03')).to.equal('mars 2021');
    expect(sv.period(undefined, '2022-12')).to.equal('till och med december 2022');
    expect(sv.period('2021-03', '2022-12')).to.match(/^mars 2021\s?–\s?december 2022$/);
    expect(sv.list(['Skåne', 'Puglia'])).to.equal('Skåne och Puglia');
    expect(['Örebro', 'Åland', 'Zeeland'].sort(sv.compare)).to.deep.equal(['Zeeland', 'Åland', 'Örebro']);
    const ca = (await widgetIn(html`<test-lang-widget lang="ca" .feed=${FEED}></test-lang-widget>`)).locale;
    expect(ca.period('2021-03', undefined)).to.equal('des de març del 2021');
    expect(ca.list(['Catalunya', 'Múrcia', 'Pulla'])).to.equal('Catalunya, Múrcia i Pulla');
    expect([ca.tag, ca.lang]).to.deep.equal(['ca', 'ca']);
  });

  it('translates in willUpdate and in event handlers, not only in render', async () => {
    const el = await widgetIn(html`<test-lang-widget lang="pt" .feed=${FEED}></test-lang-widget>`);
    expect(el.willUpdateHeading).to.equal(HEADING.pt);
    shadow(el).querySelector('button')!.click();
    expect(el.clicked).to.equal('Não foi possível carregar os dados.');
  });

  it('fills placeholders and picks plural forms in the language', async () => {
    const fr = await widgetIn(html`<test-lang-widget lang="fr" .feed=${FEED}></test-lang-widget>`);
    expect(text(fr, '.period')).to.equal('depuis mars 2021');
    expect(text(fr, '.count')).to.equal('1 entrée des données n’a pas pu être utilisée et n’est pas affichée.');
    const en = await widgetIn(html`<test-lang-widget .feed=${FEED}></test-lang-widget>`);
    expect(text(en, '.period')).to.equal('since March 2021');
    expect(text(en, '.count')).to.equal('1 entry in the data could not be used and is not shown.');
  });

  it('shows feed texts in the language, and marks a fallback with its own lang', async () => {
    const ca = await widgetIn(html`<test-lang-widget lang="ca_ES" .feed=${FEED}></test-lang-widget>`);
    const own = shadow(ca).querySelector('.region')!;
    expect(own.textContent).to.equal('Catalunya');
    expect(own.getAttribute('lang')).to.equal('');
    const fr = await widgetIn(html`<test-lang-widget lang="fr" .feed=${FEED}></test-lang-widget>`);
    const fallback = shadow(fr).querySelector('.region')!;
    expect(fallback.textContent).to.equal('Catalonia');
    expect(fallback.getAttribute('lang')).to.equal('en');
  });

  it('marks its interface as English on a page in a language it does not speak, and feed texts in the page language as such', async () => {
    const feed = { ...FEED, regions: [{ ...FEED.regions[0], name: { en: 'Catalonia', de: 'Katalonien' } }] };
    const de = await widgetIn(html`<div lang="de-AT"><test-lang-widget .feed=${feed}></test-lang-widget></div>`);
    const ui = shadow(de).firstElementChild!;
    expect(ui.getAttribute('lang')).to.equal('en');
    expect(heading(de)).to.equal(HEADING.en);
    const name = shadow(de).querySelector('.region')!;
    expect(name.textContent).to.equal('Katalonien');
    expect(name.getAttribute('lang')).to.equal('de');
    // A page in a language the interface speaks needs no mark: the page's lang already says it.
    const ca = await widgetIn(html`<div lang="ca-ES"><test-lang-widget .feed=${FEED}></test-lang-widget></div>`);
    expect(shadow(ca).firstElementChild!.hasAttribute('lang')).to.equal(false);
    expect(shadow(ca).querySelector('.region')!.getAttribute('lang')).to.equal('');
  });

  it('explains a feed error in the language only, and the technical detail (marked as English) with debug', async () => {
    const el = await widgetIn(html`<test-lang-widget lang="it" .feed=${{ format: 'something else' }}></test-lang-widget>`);
    const alert = shadow(el).querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('Non è stato possibile caricare i dati.');
    expect(alert.textContent).to.contain('Il file di dati non è un flusso di dati REGIN utilizzabile.');
    expect(alert.textContent).not.to.match(/cannot be used/);
    expect(alert.querySelector('[lang=en]')).to.equal(null);
    const debug = await widgetIn(
      html`<test-lang-widget lang="it" debug .feed=${{ format: 'something else' }}></test-lang-widget>`,
    );
    const detail = shadow(debug).querySelector('[role=alert] [lang=en]')!;
    expect(detail.textContent).to.match(/cannot be used/);
  });

  it('never shows a message id, in any language', async () => {
    for (const lang of Object.keys(HEADING)) {
      const el = await widgetIn(html`<test-lang-widget lang=${lang} .feed=${FEED}></test-lang-widget>`);
      const shown = shadow(el).textContent!;
      expect(shown, lang).not.to.match(/\b(notice|credits|period)\.[a-z]/);
      expect(shown, lang).not.to.contain('${');
      expect(shown, lang).to.contain(HEADING[lang]);
    }
  });

  it('does not fire widget events or @lit/localize status events when the language changes', async () => {
    const el = await widgetIn(html`<test-lang-widget lang="fr" .feed=${FEED}></test-lang-widget>`);
    const fired: string[] = [];
    const types = ['regin-region-select', 'regin-measure-open', 'regin-feed-load', 'regin-feed-error', 'lit-localize-status'];
    const listener = (e: Event) => fired.push(e.type);
    for (const t of types) window.addEventListener(t, listener);
    el.setAttribute('lang', 'sv');
    await waitUntil(() => heading(el) === HEADING.sv);
    for (const t of types) window.removeEventListener(t, listener);
    expect(fired).to.deep.equal([]);
  });
});
