/**
 * A host page that uses @lit/localize for its own components shares the module with the widgets (the
 * npm build keeps it external). Neither may change the other's language.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { configureLocalization, localized, msg, LOCALE_STATUS_EVENT } from '@lit/localize';
import { FEED, mount, unmountAll, type TestLangWidget } from './lang-widget.js';
import './lang-widget.js';

// The host page's own component, localized the standard page-wide way.
@localized()
class HostGreeting extends LitElement {
  override render() {
    return html`<p>${msg('Hello from the page', { id: 'host.hello' })}</p>`;
  }
}
customElements.define('host-greeting', HostGreeting);

// The host's catalog deliberately reuses one of our ids, to show the widgets never read it.
const HOST_TEMPLATES: Record<string, Record<string, string>> = {
  de: { 'host.hello': 'Hallo von der Seite', 'notice.loading': 'HOST: Daten werden geladen' },
  fr: { 'host.hello': 'Bonjour de la page', 'notice.loading': 'HOST: chargement' },
};

const heading = (el: TestLangWidget) => el.shadowRoot!.querySelector('h2')!.textContent!.trim();

describe('a host page with its own @lit/localize setup', () => {
  let host: ReturnType<typeof configureLocalization>;
  const statusEvents: string[] = [];
  const onStatus = (e: Event) => statusEvents.push((e as CustomEvent<{ status: string }>).detail.status);

  before(async () => {
    // Our widgets render first: importing and using them must not have configured @lit/localize.
    const early = await fixture<TestLangWidget>(html`<test-lang-widget lang="ca" .feed=${FEED}></test-lang-widget>`);
    await early.updateComplete;
    window.addEventListener(LOCALE_STATUS_EVENT, onStatus);
    host = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['de', 'fr'],
      loadLocale: async (locale) => ({ templates: HOST_TEMPLATES[locale]! }),
    });
    await host.setLocale('de');
  });

  afterEach(unmountAll);
  after(() => window.removeEventListener(LOCALE_STATUS_EVENT, onStatus));

  it('is accessible next to the host’s component', async () => {
    const el = await fixture<TestLangWidget>(html`<test-lang-widget lang="fr" .feed=${FEED}></test-lang-widget>`);
    await expect(el).to.be.accessible();
  });

  it('could configure @lit/localize after the widgets loaded (they never configure it)', () => {
    expect(host.getLocale()).to.equal('de');
    expect(msg('Hello from the page', { id: 'host.hello' })).to.equal('Hallo von der Seite');
  });

  it('keeps the widgets in their own languages, not the host’s active locale', async () => {
    const root = await mount(html`<div>
      <test-lang-widget lang="fr" .feed=${FEED}></test-lang-widget>
      <test-lang-widget .feed=${FEED}></test-lang-widget>
      <host-greeting></host-greeting>
    </div>`);
    const [fr, plain] = [...root.querySelectorAll('test-lang-widget')];
    await Promise.all([fr!.updateComplete, plain!.updateComplete]);
    expect(heading(fr!)).to.equal('Chargement des données…');
    expect(heading(plain!), 'no lang anywhere: English, not the host’s German').to.equal('Loading data…');
    const greeting = root.querySelector('host-greeting')!;
    expect(greeting.shadowRoot!.textContent).to.contain('Hallo von der Seite');
  });

  it('leaves the host’s locale, messages and status events alone when widgets load and switch languages', async () => {
    const before = statusEvents.length;
    const el = await fixture<TestLangWidget>(html`<test-lang-widget lang="es" .feed=${FEED}></test-lang-widget>`);
    el.setAttribute('lang', 'sv');
    await waitUntil(() => heading(el) === 'Läser in data…');
    el.setAttribute('lang', 'it');
    await waitUntil(() => heading(el) === 'Caricamento dei dati…');
    expect(host.getLocale()).to.equal('de');
    expect(msg('Hello from the page', { id: 'host.hello' })).to.equal('Hallo von der Seite');
    expect(statusEvents.length, 'no lit-localize-status events from the widgets').to.equal(before);
  });

  it('does not re-render or change the widgets when the host switches its locale', async () => {
    const el = await fixture<TestLangWidget>(html`<test-lang-widget lang="pt" .feed=${FEED}></test-lang-widget>`);
    const greeting = await fixture<HostGreeting>(html`<host-greeting></host-greeting>`);
    let renders = 0;
    const rendering = el as unknown as { render: () => unknown };
    const original = rendering.render.bind(el);
    rendering.render = () => (renders++, original());
    await host.setLocale('fr');
    await greeting.updateComplete;
    expect(greeting.shadowRoot!.textContent).to.contain('Bonjour de la page');
    await el.updateComplete;
    expect(heading(el)).to.equal('A carregar os dados…');
    expect(renders).to.equal(0);
    await host.setLocale('de');
  });
});
