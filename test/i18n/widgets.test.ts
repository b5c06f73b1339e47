/**
 * The four widgets in every language: no message id and no untranslated English string is ever shown
 * (text or accessible names), and each widget follows a `lang` change.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { html, render } from 'lit';
import builtin from '../../src/assets/regin-feed.json';
import '../../src/partner-map.js';
import '../../src/measure-cards.js';
import '../../src/indicator-radar.js';
import '../../src/region-comparison.js';
import { UI_LANGUAGES } from '../../src/i18n/languages.js';

const TAGS = ['regin-partner-map', 'regin-measure-cards', 'regin-indicator-radar', 'regin-region-comparison'] as const;
const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription'];

/**
 * Everything a widget shows or announces in its own language: text nodes and naming attributes, across
 * shadow roots. With `own`, parts marked with a `lang` of their own (a feed text that fell back to
 * another language) are left out.
 */
function shown(root: Node, own = false): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element) {
      if (node.localName === 'style' || node.localName === 'script') return;
      if (own && node.hasAttribute('lang') && node.getAttribute('lang') !== '') return;
      for (const a of ATTRIBUTES) if (node.hasAttribute(a)) out.push(node.getAttribute(a)!);
      if (node.shadowRoot) walk(node.shadowRoot);
    } else if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) {
      out.push(node.textContent!.trim());
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return out;
}

/** Every string in the built-in feed: a feed text may fall back to English inside an accessible name. */
const FEED_TEXTS = new Set<string>();
JSON.stringify(builtin, (_, v: unknown) => (typeof v === 'string' && FEED_TEXTS.add(v), v));

interface Unit {
  readonly id: string;
  /** Source text pieces between placeholders. */
  readonly pieces: string[];
  readonly target: string;
}

async function units(lang: string): Promise<Unit[]> {
  const xml = await (await fetch(`/xliff/${lang}.xlf`)).text();
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  return [...doc.querySelectorAll('trans-unit')].map((u) => {
    const source = u.querySelector('source')!;
    const pieces: string[] = [];
    let current = '';
    for (const n of source.childNodes) {
      if (n.nodeType === Node.TEXT_NODE) current += n.textContent;
      else (pieces.push(current), (current = ''));
    }
    pieces.push(current);
    return { id: u.getAttribute('id')!, pieces, target: u.querySelector('target')?.textContent ?? '' };
  });
}

async function mountWidget(tag: string, lang: string): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  const container = document.createElement('div');
  document.body.append(container);
  render(html`<div lang=${lang}></div>`, container);
  const el = document.createElement(tag) as HTMLElement & { feed: unknown; updateComplete: Promise<boolean> };
  el.feed = builtin;
  container.firstElementChild!.append(el);
  await waitUntil(() => ['ready', 'partial', 'empty', 'error'].includes(el.getAttribute('state') ?? ''), `${tag} did not load`);
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 50));
  return el;
}

describe('the four widgets in every language', () => {
  afterEach(() => {
    for (const el of document.querySelectorAll('body > div')) el.remove();
  });

  it('are accessible in Catalan', async () => {
    for (const tag of TAGS) {
      const el = await mountWidget(tag, 'ca');
      // Longer Catalan labels make the comparison table scroll sideways: its scroll box must be reachable.
      await expect(el).to.be.accessible();
    }
  });

  for (const lang of UI_LANGUAGES) {
    it(`${lang}: show no message id and no untranslated English string`, async () => {
      const all = await units(lang === 'en' ? 'fr' : lang);
      const ids = all.map((u) => u.id);
      // English pieces of two words or more whose translation differs (so seeing them means a leak)
      const english =
        lang === 'en'
          ? []
          : all.flatMap((u) =>
              u.pieces
                .map((p) => p.trim())
                .filter((p) => /\p{L}+\s+\p{L}+/u.test(p) && p.length >= 12 && !u.target.includes(p) && !FEED_TEXTS.has(p)),
            );
      for (const tag of TAGS) {
        const el = await mountWidget(tag, lang);
        const texts = shown(el.shadowRoot!, true);
        expect(texts.length, `${tag} shows something`).to.be.greaterThan(0);
        const idsShown = ids.filter((id) => texts.some((t) => t.includes(id)));
        expect(idsShown, `${tag} in ${lang} shows message ids`).to.deep.equal([]);
        const leaks = english.filter((p) => texts.some((t) => t.includes(p)));
        expect(leaks, `${tag} in ${lang} shows English`).to.deep.equal([]);
        el.parentElement!.parentElement!.remove();
      }
    });
  }

  it('each follows a lang change on its ancestor', async () => {
    for (const tag of TAGS) {
      const el = await mountWidget(tag, 'es');
      const before = shown(el.shadowRoot!).join(' ');
      el.parentElement!.setAttribute('lang', 'sv');
      await waitUntil(() => shown(el.shadowRoot!).join(' ') !== before, `${tag} did not re-render`);
      await el.updateComplete;
      const after = shown(el.shadowRoot!).join(' ');
      const swedish = (await units('sv')).map((u) => u.target).filter((t) => /\w+\s+\w+/.test(t) && !t.includes('{'));
      expect(
        swedish.some((t) => after.includes(t)),
        `${tag} shows Swedish`,
      ).to.equal(true);
    }
  });
});
