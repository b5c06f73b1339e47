/**
 * Guarded registration, as a page sees it: another version of one element was registered before this
 * library loads (an older copy, a script tag plus an npm bundle), and the library is loaded again.
 * Nothing throws; the same version is silent; another version gets one warning and keeps its element.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { VERSION } from '../../src/version.js';
import { TAGS, settled } from './helpers.js';

const VERSION_KEY = Symbol.for('regin-widgets.version');
const OLD_VERSION = '0.0.1-older';

/** The element an older copy of the library registered, before this one loads. */
class OlderRegionComparison extends HTMLElement {
  connectedCallback() {
    this.textContent = 'older copy';
  }
}
Object.defineProperty(OlderRegionComparison, VERSION_KEY, { value: OLD_VERSION });

const warnings: string[] = [];
let loadError: unknown;

before(async () => {
  customElements.define('regin-region-comparison', OlderRegionComparison);
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    await import('../../src/index.js');
  } catch (err) {
    loadError = err;
  } finally {
    console.warn = warn;
  }
});

describe('guarded registration', () => {
  it('renders an accessible widget after loading next to another version', async () => {
    const el = await fixture(html`<regin-indicator-radar></regin-indicator-radar>`);
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('throws nothing when one element is already registered by another version', () => {
    expect(loadError).to.equal(undefined);
  });

  it('keeps the other version’s element and warns once, naming both versions', () => {
    expect(customElements.get('regin-region-comparison')).to.equal(OlderRegionComparison);
    const about = warnings.filter((w) => w.includes('regin-region-comparison'));
    expect(about).to.have.length(1);
    expect(about[0]).to.include(OLD_VERSION).and.include(VERSION);
  });

  it('registers the other three elements without a warning', () => {
    for (const tag of TAGS.filter((t) => t !== 'regin-region-comparison')) {
      expect(customElements.get(tag), tag).to.be.a('function');
      expect(
        warnings.filter((w) => w.includes(tag)),
        tag,
      ).to.deep.equal([]);
    }
  });

  it('does not warn when the same version registers again, and keeps the first class', async () => {
    const { defineElement } = await import('../../src/core/define.js');
    const first = customElements.get('regin-partner-map');
    const seen: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
    try {
      expect(() => defineElement('regin-partner-map', class extends HTMLElement {})).not.to.throw();
    } finally {
      console.warn = warn;
    }
    expect(seen).to.deep.equal([]);
    expect(customElements.get('regin-partner-map')).to.equal(first);
  });

  it('throws nothing when the library module is evaluated a second time', async () => {
    // A second instance of the entry module (another URL), as a second script tag with a query would give.
    const again = '../../src/index.ts?second-copy';
    await import(/* @vite-ignore */ again);
    const el = await fixture(html`<regin-measure-cards></regin-measure-cards>`);
    await settled(el);
    expect(el.shadowRoot!.childElementCount).to.be.greaterThan(0);
  });
});
