import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { css, html, LitElement } from 'lit';
import { LazyPart } from '../../src/core/lazy-part.js';

const partStyles = css`
  p {
    margin: 3px;
  }
`;

/** Loads the code of a part that has its own styles; `fail` turns the loader into a failing one. */
function makeLoader() {
  const calls = { count: 0, fail: false };
  const load = () => {
    calls.count++;
    return calls.fail ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve({ text: 'loaded', partStyles });
  };
  return { calls, load };
}

class PartHostElement extends LitElement {
  readonly loader = makeLoader();
  readonly lazy = new LazyPart(this, { name: 'test.part', load: this.loader.load, styles: (code) => code.partStyles });

  override render() {
    return this.lazy.render({
      initial: () => html`<p>initial</p>`,
      pending: () => html`<p>pending</p>`,
      complete: (code) => html`<p>${code.text}</p>`,
      error: (error) => html`<p>error: ${String(error)}</p>`,
    });
  }
}
customElements.define('lazy-part-host', PartHostElement);

const shown = (el: PartHostElement) => el.shadowRoot!.querySelector('p')!.textContent;

describe('LazyPart', () => {
  afterEach(() => LazyPart.loaders.clear());

  it('goes from initial through pending to complete, updating its host, and adopts the part’s styles', async () => {
    const el = await fixture<PartHostElement>(testHtml`<lazy-part-host></lazy-part-host>`);
    expect(el.lazy.status).to.equal('initial');
    expect(shown(el)).to.equal('initial');
    const loading = el.lazy.load();
    expect(el.lazy.status).to.equal('pending');
    await el.updateComplete;
    expect(shown(el)).to.equal('pending');
    expect((await loading)?.text).to.equal('loaded');
    await el.updateComplete;
    expect(el.lazy.status).to.equal('complete');
    expect(shown(el)).to.equal('loaded');
    expect(getComputedStyle(el.shadowRoot!.querySelector('p')!).marginTop).to.equal('3px');
  });

  it('loads once, however often it is asked for', async () => {
    const el = await fixture<PartHostElement>(testHtml`<lazy-part-host></lazy-part-host>`);
    await Promise.all([el.lazy.load(), el.lazy.load()]);
    await el.lazy.load();
    expect(el.loader.calls.count).to.equal(1);
  });

  it('resolves with nothing and renders its error when the load fails, and loads again when asked again', async () => {
    const el = await fixture<PartHostElement>(testHtml`<lazy-part-host></lazy-part-host>`);
    el.loader.calls.fail = true;
    expect(await el.lazy.load()).to.equal(undefined);
    await el.updateComplete;
    expect(el.lazy.status).to.equal('error');
    expect(el.lazy.value).to.equal(undefined);
    expect(shown(el)).to.equal('error: TypeError: Failed to fetch');
    el.loader.calls.fail = false;
    expect((await el.lazy.load())?.text).to.equal('loaded');
    await el.updateComplete;
    expect(shown(el)).to.equal('loaded');
    expect(el.loader.calls.count).to.equal(2);
  });

  it('takes the loader set for its name in LazyPart.loaders instead of its own', async () => {
    LazyPart.loaders.set('test.part', () => Promise.reject(new TypeError('offline')));
    const el = await fixture<PartHostElement>(testHtml`<lazy-part-host></lazy-part-host>`);
    await el.lazy.load();
    expect(el.lazy.status).to.equal('error');
    expect(el.loader.calls.count).to.equal(0);
  });
});
