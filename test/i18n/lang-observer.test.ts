import { expect } from '@open-wc/testing';
import { observeLang } from '../../src/i18n/lang-observer.js';

/** Lets the MutationObserver deliver its records. */
const delivered = () => new Promise((resolve) => setTimeout(resolve));

describe('observeLang()', () => {
  const made: Element[] = [];
  afterEach(() => made.splice(0).forEach((el) => el.remove()));

  /** A box in the page with an element two shadow roots deep: page > outer host > inner host > el. */
  function nested() {
    const box = document.createElement('div');
    document.body.append(box);
    made.push(box);
    const outer = box.appendChild(document.createElement('div'));
    const outerRoot = outer.attachShadow({ mode: 'open' });
    const wrapper = outerRoot.appendChild(document.createElement('section'));
    const inner = wrapper.appendChild(document.createElement('div'));
    const innerRoot = inner.attachShadow({ mode: 'open' });
    const el = innerRoot.appendChild(document.createElement('span'));
    return { box, wrapper, el };
  }

  it('tells of a lang change on the element, an ancestor across shadow roots, and <html>', async () => {
    const { box, wrapper, el } = nested();
    let calls = 0;
    const stop = observeLang(el, () => calls++);
    try {
      for (const [target, lang] of [
        [el, 'fr'],
        [wrapper, 'es'],
        [box, 'ca'],
      ] as const) {
        const before = calls;
        target.setAttribute('lang', lang);
        await delivered();
        expect(calls, `lang on ${target.localName}`).to.be.above(before);
      }
      const before = calls;
      const html = document.documentElement;
      const old = html.getAttribute('lang');
      html.setAttribute('lang', 'sv');
      await delivered();
      if (old === null) html.removeAttribute('lang');
      else html.setAttribute('lang', old);
      expect(calls, 'lang on <html>').to.be.above(before);
    } finally {
      stop();
    }
  });

  it('ignores other attributes, and stops telling once unsubscribed', async () => {
    const { wrapper, el } = nested();
    let calls = 0;
    const stop = observeLang(el, () => calls++);
    wrapper.setAttribute('title', 'x');
    el.setAttribute('dir', 'rtl');
    await delivered();
    expect(calls).to.equal(0);
    stop();
    wrapper.setAttribute('lang', 'it');
    await delivered();
    expect(calls).to.equal(0);
  });
});
