/**
 * The script-tag loader (src/autoload.ts, dist/regin-widgets.js in the CDN build): an element's code is
 * loaded the first time one appears — in the page, later, or inside an open shadow root — and the code
 * of elements the page does not show is never loaded.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { settled } from './helpers.js';

// An open shadow root that exists before the loader starts: found by the loader's first walk.
const early = document.createElement('div');
document.body.append(early);
const earlyRoot = early.attachShadow({ mode: 'open' });
earlyRoot.append(document.createElement('regin-region-comparison'));

const defined = (tag: string) => waitUntil(() => customElements.get(tag), `<${tag}> was not defined`, { timeout: 15000 });

before(async () => {
  await import('../../src/autoload.js');
});

describe('the element loader', () => {
  it('loads an element added to the page after it started, which then renders accessibly', async () => {
    expect(customElements.get('regin-indicator-radar')).to.equal(undefined);
    const el = document.createElement('regin-indicator-radar');
    document.body.append(el);
    await defined('regin-indicator-radar');
    await settled(el);
    await expect(el).to.be.accessible();
    expect(el.getAttribute('state')).to.equal('ready');
    el.remove();
  });

  it('loads an element inside an open shadow root that existed before it started', async () => {
    await defined('regin-region-comparison');
    expect(earlyRoot.querySelector('regin-region-comparison')).to.be.instanceOf(customElements.get('regin-region-comparison')!);
  });

  it('loads an element added later inside a shadow root nested in another one', async () => {
    const outer = document.createElement('div');
    document.body.append(outer);
    const inner = document.createElement('section');
    outer.attachShadow({ mode: 'open' }).append(inner);
    const root = inner.attachShadow({ mode: 'open' });
    // Added after the roots were attached, in a later task.
    await new Promise((resolve) => setTimeout(resolve));
    const cards = document.createElement('regin-measure-cards');
    root.append(cards);
    await defined('regin-measure-cards');
    expect(cards).to.be.instanceOf(customElements.get('regin-measure-cards')!);
    outer.remove();
  });

  it('does not load the code of an element the page does not show', () => {
    expect(customElements.get('regin-partner-map')).to.equal(undefined);
  });
});
