// Stable loading: while its feed loads, each widget's placeholder takes about the height the widget has
// once ready (within 10 %), at the widths of a phone, a half and a full column of the demo and a CMS column.
import { expect, waitUntil } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import '../../src/index.js';
import { resetFeedStore } from '../../src/feed/store.js';
import { testRoute } from '../feed/test-server.js';

const WIDTHS = [296, 544, 640, 736, 1120];
/** The four widgets as the demo shows them (`src` absent: the built-in feed). */
const WIDGETS: Record<string, (src: string | undefined) => TemplateResult> = {
  'regin-partner-map': (src) => html`<regin-partner-map src=${src ?? ''}></regin-partner-map>`,
  'regin-measure-cards': (src) => html`<regin-measure-cards src=${src ?? ''}></regin-measure-cards>`,
  'regin-indicator-radar': (src) => html`<regin-indicator-radar src=${src ?? ''} baseline="national"></regin-indicator-radar>`,
  'regin-region-comparison': (src) => html`<regin-region-comparison src=${src ?? ''}></regin-region-comparison>`,
};

let box: HTMLElement;

async function mountAt(width: number, template: TemplateResult): Promise<HTMLElement & { state: string }> {
  box = document.body.appendChild(document.createElement('div'));
  box.style.width = `${width}px`;
  render(template, box);
  return box.firstElementChild as HTMLElement & { state: string };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 400));

afterEach(() => {
  render(null, box);
  box.remove();
  resetFeedStore();
});

describe('loading placeholders', () => {
  it('are accessible', async () => {
    const el = await mountAt(544, WIDGETS['regin-region-comparison']!(testRoute('hang').url));
    await waitUntil(() => el.shadowRoot?.querySelector('[part=skeleton]'), 'the placeholder shows');
    await expect(el).to.be.accessible();
  });

  for (const [tag, widget] of Object.entries(WIDGETS)) {
    it(`of ${tag} take the ready height within 10 %`, async () => {
      const heights: string[] = [];
      const off: string[] = [];
      for (const width of WIDTHS) {
        const loading = await mountAt(width, widget(testRoute('hang').url));
        await waitUntil(() => loading.shadowRoot?.querySelector('[part=skeleton]'), 'the placeholder shows');
        const before = loading.getBoundingClientRect().height;
        render(null, box);
        box.remove();
        const el = await mountAt(width, widget(undefined));
        await waitUntil(
          () =>
            ['ready', 'partial'].includes(el.state) &&
            (tag !== 'regin-partner-map' || el.shadowRoot!.querySelector('[part=map] svg')),
          `${tag} is ready`,
          { timeout: 10000 },
        );
        await settled();
        const after = el.getBoundingClientRect().height;
        render(null, box);
        box.remove();
        heights.push(`${width} px: ${Math.round(before)} → ${Math.round(after)}`);
        if (Math.abs(after - before) > 0.1 * after)
          off.push(`${width} px: placeholder ${Math.round(before)} px, ready ${Math.round(after)} px`);
      }
      console.log(`${tag} loading → ready: ${heights.join('; ')}`);
      expect(off, off.join('\n')).to.deep.equal([]);
    });
  }
});
