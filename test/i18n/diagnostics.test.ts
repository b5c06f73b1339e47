/**
 * Feed problems, told to each reader in their terms: on a Spanish page the visitor reads only Spanish
 * (what could not be shown, and that the details are for the site's editors); the editors find every
 * problem — JSON path and explanation — in the browser console, once per feed, in one group; `debug`
 * shows the details in the widget.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/measure-cards.js';
import { describeProblems } from '../../src/feed/diagnostics.js';
import { normaliseFeed } from '../../src/feed/normalise.js';
import partial from '../fixtures/partial.json';
import { settled } from '../delivery/helpers.js';
import { testRoute } from '../feed/test-server.js';

const SRC = '/test/fixtures/partial.json';
// As the editors read them: each problem's English explanation, from the diagnostics module.
const problems = describeProblems(normaliseFeed(partial).problems);
const dropped = problems.filter((p) => p.severity === 'dropped');

const groups: string[] = [];
const warnings: string[] = [];
const { groupCollapsed, warn } = console;

before(() => {
  console.groupCollapsed = (...args: unknown[]) => void groups.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
});

after(() => {
  console.groupCollapsed = groupCollapsed;
  console.warn = warn;
});

/** Waits (at most 2 s) until `ok()`. */
async function until(ok: () => boolean): Promise<void> {
  for (let t = 0; t < 100 && !ok(); t++) await new Promise((r) => setTimeout(r, 20));
}

describe('a feed with problems on a Spanish page', () => {
  it('shows the visitor an accessible notice in Spanish only', async () => {
    expect(dropped.length).to.be.greaterThan(0);
    const el = await fixture(html`<div lang="es"><regin-measure-cards src=${SRC}></regin-measure-cards></div>`);
    const cards = el.querySelector('regin-measure-cards')!;
    await settled(cards);
    await expect(cards).to.be.accessible();
    expect(cards.getAttribute('state')).to.equal('partial');
    const notice = [...cards.shadowRoot!.querySelectorAll('[part~=notice]')]
      .map((n) => n.textContent!.replace(/\s+/g, ' ').trim())
      .join(' ');
    expect(notice).to.match(/no se (ha|han) podido utilizar/);
    expect(notice).to.contain('Los detalles para los responsables del sitio están en la consola del navegador.');
    const shown = cards.shadowRoot!.textContent!;
    for (const p of problems) {
      expect(shown, p.path).not.to.contain(p.message);
      expect(shown, p.path).not.to.contain(p.path);
    }
  });

  it('tells the site editors every problem in the console, once per feed, in one group', async () => {
    // A second widget on the same feed: nothing is reported again.
    const el = await fixture(html`<regin-measure-cards lang="es" src=${SRC}></regin-measure-cards>`);
    await settled(el);
    // The explanations load on demand: the group follows them.
    await until(() => groups.length > 0);
    expect(groups).to.have.length(1);
    expect(groups[0]).to.contain(`${problems.length} problems`).and.contain('partial.json');
    for (const p of problems) expect(warnings).to.include(`${p.path}: ${p.message}`);
    expect(warnings).to.have.length(problems.length);
  });

  it('shows the details in the widget, marked as English, with debug', async () => {
    const el = await fixture(html`<regin-measure-cards lang="es" debug src=${SRC}></regin-measure-cards>`);
    await settled(el);
    await until(
      () => el.shadowRoot!.querySelector('[part~=notice] ul[lang=en]')?.textContent?.includes(dropped[0]!.message!) === true,
    );
    const list = el.shadowRoot!.querySelector('[part~=notice] ul[lang=en]')!;
    expect(list).to.exist;
    for (const p of dropped) expect(list.textContent).to.contain(p.path).and.contain(p.message);
  });

  it('a feed that cannot be loaded: the event says what happened, debug adds what to do, the visitor reads Spanish', async () => {
    const { url } = testRoute('status', { code: '404' });
    const errors: string[] = [];
    const el = await fixture(
      html`<regin-measure-cards lang="es" debug src=${url} @regin-feed-error=${(e: CustomEvent<{ message: string }>) => errors.push(e.detail.message)}></regin-measure-cards>`,
    );
    await until(() => el.getAttribute('state') === 'error' && /src attribute/.test(el.shadowRoot!.textContent!));
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.querySelector('strong')!.textContent).to.equal('No se han podido cargar los datos.');
    expect(alert.querySelector('[lang=en]')!.textContent).to.contain('HTTP 404').and.contain("Check the widget's src attribute.");
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('HTTP 404').and.not.contain('src attribute');
  });
});
