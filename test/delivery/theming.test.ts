/**
 * Host pages style the widgets only through the documented hooks (--regin-* properties, ::part, the theme
 * attribute, the reader's colour scheme). A hostile host stylesheet does not change how they look inside,
 * and their styles do not change the host page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import { TAGS, settled, shadowElements, styleSnapshot, type Tag } from './helpers.js';

/** What a hostile or careless host stylesheet does: inherited text styles on body, resets, !important rules on common tags. */
const HOSTILE_CSS = `
  body {
    font: italic 700 23px/3 "Comic Sans MS", cursive; color: #ff00ff; letter-spacing: 3px; word-spacing: 9px;
    text-transform: uppercase; text-align: right; text-indent: 40px; text-shadow: 2px 2px red; white-space: pre;
    font-variant: small-caps; cursor: wait;
  }
  *, *::before, *::after { box-sizing: border-box; }
  p, ul, ol, li, h1, h2, h3, h4, h5, h6, table, caption, thead, tbody, tr, th, td, span, a, button, input, select,
  option, label, div, section, article, aside, header, footer, nav, form, fieldset, legend, output, dialog, details,
  summary, figure, figcaption, strong, em, b, i, small, code, mark, img, svg, g, path, circle, rect, line, polygon,
  polyline, text, tspan, title, desc, ol li, dl, dt, dd {
    color: red !important; background: yellow !important; font-family: Impact, fantasy !important;
    font-size: 31px !important; margin: 17px !important; padding: 13px !important; border: 4px dotted lime !important;
    display: inline-block !important; fill: orange !important; stroke: purple !important; stroke-width: 9px !important;
    list-style: square inside !important; text-decoration: underline wavy !important; opacity: 0.5 !important;
    float: left !important; position: relative !important; outline: 5px solid black !important;
  }
  a:link, a:visited { color: hotpink !important; }
  button { all: unset !important; }
  svg { display: none !important; }
  [hidden] { display: block !important; }
  .notice, .credits, .card, .legend, .visually-hidden { display: block !important; color: green !important; }
`;

const PROPERTIES = [
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'font-variant-caps',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'text-indent',
  'text-shadow',
  'text-decoration-line',
  'white-space',
  'display',
  'visibility',
  'opacity',
  'float',
  'position',
  'margin-top',
  'margin-left',
  'padding-top',
  'padding-left',
  'border-top-width',
  'border-top-style',
  'outline-style',
  'list-style-type',
  'fill',
  'stroke',
  'stroke-width',
  'cursor',
] as const;

/** A widget at a fixed width, so the host's box model cannot change its layout. */
async function widget(tag: Tag): Promise<HTMLElement> {
  const el = document.createElement(tag);
  el.setAttribute('theme', 'light');
  el.style.width = '720px';
  el.style.display = 'block';
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.append(el);
  await settled(el);
  return el;
}

async function nextFrame(): Promise<void> {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

describe('theming and style isolation', () => {
  it('renders every widget accessibly in the test page', async () => {
    for (const tag of TAGS) {
      const el = await widget(tag);
      await expect(el).to.be.accessible();
    }
  });

  for (const tag of TAGS) {
    it(`<${tag}> looks the same under a hostile host stylesheet`, async () => {
      const el = await widget(tag);
      const before = styleSnapshot(el, PROPERTIES);
      expect(before.length).to.be.greaterThan(3);
      const style = document.createElement('style');
      style.textContent = HOSTILE_CSS;
      document.head.append(style);
      try {
        await nextFrame();
        // The hostile sheet does reach the page: a paragraph next to the widget is red.
        const p = document.createElement('p');
        el.parentElement!.append(p);
        expect(getComputedStyle(p).color).to.equal('rgb(255, 0, 0)');
        const after = styleSnapshot(el, PROPERTIES);
        const changed = after.filter((line, i) => line !== before[i]);
        expect(changed, `changed inside <${tag}>:\n${changed.join('\n')}`).to.deep.equal([]);
        expect(after.length).to.equal(before.length);
      } finally {
        style.remove();
      }
    });
  }

  it('does not change the host page around it', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <p>Host paragraph</p>
      <button type="button">Host button</button>
      <a href="https://cpmr.org/">Host link</a>
    </div>`);
    const hostNodes = [...page.querySelectorAll('p, button, a')];
    const snapshot = () => hostNodes.map((n) => PROPERTIES.map((p) => getComputedStyle(n).getPropertyValue(p)).join('|'));
    const before = snapshot();
    for (const tag of TAGS) {
      const el = document.createElement(tag);
      page.append(el);
      await settled(el);
    }
    expect(snapshot()).to.deep.equal(before);
  });

  it('takes colours, font and radius from --regin-* properties set by the host', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('regin-measure-cards');
    host.append(el);
    await settled(el);
    const before = getComputedStyle(el).fontFamily;
    host.style.setProperty('--regin-font', 'Georgia, serif');
    host.style.setProperty('--regin-color-background', 'rgb(1, 2, 3)');
    host.style.setProperty('--regin-color-text', 'rgb(250, 240, 230)');
    await nextFrame();
    expect(before).not.to.equal('Georgia, serif');
    expect(getComputedStyle(el).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(1, 2, 3)');
    const inner = shadowElements(el).filter((n) => n.localName !== 'style');
    expect(inner.some((n) => getComputedStyle(n).color === 'rgb(250, 240, 230)')).to.equal(true);
  });

  describe('colour scheme', () => {
    after(() => emulateMedia({ colorScheme: 'light' }));

    const background = (el: Element) => getComputedStyle(el).backgroundColor;
    const isDark = (rgb: string) => {
      const [r, g, b] = (rgb.match(/\d+/g) ?? []).map(Number);
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 80;
    };

    it('follows prefers-color-scheme when the host sets no theme', async () => {
      const el = document.createElement('regin-indicator-radar');
      (await fixture<HTMLElement>(html`<div></div>`)).append(el);
      await settled(el);
      await emulateMedia({ colorScheme: 'light' });
      expect(isDark(background(el))).to.equal(false);
      await emulateMedia({ colorScheme: 'dark' });
      expect(isDark(background(el))).to.equal(true);
    });

    it('keeps the theme the host chose, whatever the reader’s setting', async () => {
      const light = document.createElement('regin-indicator-radar');
      light.setAttribute('theme', 'light');
      const dark = document.createElement('regin-indicator-radar');
      dark.setAttribute('theme', 'dark');
      const box = await fixture<HTMLElement>(html`<div></div>`);
      box.append(light, dark);
      await Promise.all([settled(light), settled(dark)]);
      await emulateMedia({ colorScheme: 'dark' });
      expect(isDark(background(light))).to.equal(false);
      await emulateMedia({ colorScheme: 'light' });
      expect(isDark(background(dark))).to.equal(true);
    });
  });
});
