// Layout of <regin-indicator-radar> on the built-in feed: the radar, the bars and the table view.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/indicator-radar.js';
import type { ReginIndicatorRadar } from '../../src/indicator-radar.js';
import { layoutMatrix } from './matrix.js';

const ready = (el: ReginIndicatorRadar) =>
  waitUntil(() => ['ready', 'partial'].includes(el.state) && el.shadowRoot!.querySelector('svg, table'), 'the radar shows', {
    timeout: 8000,
  });

describe('<regin-indicator-radar> layout', () => {
  it('is accessible', async () => {
    const el = await fixture<ReginIndicatorRadar>(html`<regin-indicator-radar baseline="national"></regin-indicator-radar>`);
    await ready(el);
    await expect(el).to.be.accessible();
  });

  layoutMatrix<ReginIndicatorRadar>('regin-indicator-radar', [
    ...(['radar', 'bars', 'table'] as const).map((view) => ({
      name: view,
      template: (lang: string, group: string) =>
        html`<regin-indicator-radar lang=${lang} group=${group} baseline="national" view=${view} regions="ES52 SE232 PT11 ES62"></regin-indicator-radar>`,
      ready,
    })),
    // One region: every value labelled, beside the national reference tag and the ring numbers.
    {
      name: 'radar-one',
      template: (lang: string, group: string) =>
        html`<regin-indicator-radar lang=${lang} group=${group} baseline="national" regions="ES51"></regin-indicator-radar>`,
      ready,
    },
  ]);
});
