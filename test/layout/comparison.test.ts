// Layout of <regin-region-comparison> on the built-in feed: the default comparison and six regions.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/region-comparison.js';
import type { ReginRegionComparison } from '../../src/region-comparison.js';
import { layoutMatrix } from './matrix.js';

const ready = (el: ReginRegionComparison) =>
  waitUntil(() => ['ready', 'partial'].includes(el.state) && el.shadowRoot!.querySelector('.pickers'), 'the comparison shows', {
    timeout: 8000,
  });

describe('<regin-region-comparison> layout', () => {
  it('is accessible', async () => {
    const el = await fixture<ReginRegionComparison>(
      html`<regin-region-comparison regions="ES52 SE232 PT11 ES62 SE331 ES21"></regin-region-comparison>`,
    );
    await ready(el);
    await expect(el).to.be.accessible();
  });

  layoutMatrix<ReginRegionComparison>('regin-region-comparison', [
    {
      name: 'default',
      template: (lang, group) => html`<regin-region-comparison lang=${lang} group=${group}></regin-region-comparison>`,
      ready,
    },
    {
      name: 'six-regions',
      template: (lang, group) =>
        html`<regin-region-comparison lang=${lang} group=${group} regions="ES52 SE232 PT11 ES62 SE331 ES21"></regin-region-comparison>`,
      ready,
    },
  ]);
});
