/**
 * No-JS fallback: what the page author writes inside the element (a link, a list) is readable before the
 * script runs — or when it never does — and is not shown a second time once the widget renders.
 */
import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import { TAGS, settled } from './helpers.js';

const shown = (el: Element) => {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && el.checkVisibility();
};

describe('light-DOM fallback content', () => {
  // One page for the whole file (not a per-test fixture): the same elements before and after the upgrade.
  const page = document.createElement('div');

  before(() => {
    document.body.append(page);
    // The library is not loaded yet: the elements are still plain, unknown elements.
    render(
      html`<section>
          <regin-partner-map>
            <p>REGIN regional partners:</p>
            <ul>
              <li><a href="https://web.gencat.cat/">Catalonia</a></li>
              <li><a href="https://www.skane.se/">Skåne</a></li>
            </ul>
          </regin-partner-map>
        </section>
        <section>
          <regin-measure-cards><p><a href="https://cpmr.org/">Measures database</a></p></regin-measure-cards>
        </section>
        <section>
          <regin-indicator-radar><p><a href="https://cpmr.org/">MIPEX-R indicators</a></p></regin-indicator-radar>
        </section>
        <section>
          <regin-region-comparison><p><a href="https://cpmr.org/">Region comparison</a></p></regin-region-comparison>
        </section>`,
      page,
    );
  });

  after(() => page.remove());

  it('is accessible before the script runs', async () => {
    expect(TAGS.every((t) => customElements.get(t) === undefined)).to.equal(true);
    await expect(page).to.be.accessible();
  });

  it('is readable before the script runs', () => {
    const links = [...page.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).to.deep.equal([
      'Catalonia',
      'Skåne',
      'Measures database',
      'MIPEX-R indicators',
      'Region comparison',
    ]);
    for (const a of links) expect(shown(a), a.textContent ?? '').to.equal(true);
    expect(shown(page.querySelector('regin-partner-map ul')!)).to.equal(true);
  });

  it('is not shown once the widgets render, and stays in the page', async () => {
    await import('../../src/index.js');
    const widgets = TAGS.map((t) => page.querySelector(t)!);
    await Promise.all(widgets.map(settled));
    for (const el of widgets) {
      const fallback = [...el.children];
      expect(fallback.length, el.localName).to.be.greaterThan(0);
      for (const child of fallback) expect(shown(child), `${el.localName} > ${child.localName}`).to.equal(false);
      expect(shown(el), el.localName).to.equal(true);
    }
  });

  it('leaves the rendered widgets accessible', async () => {
    for (const t of TAGS) await expect(page.querySelector(t)!).to.be.accessible();
  });
});
