// Layout of <regin-partner-map> on the built-in feed: the map, and the list view.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/partner-map.js';
import type { ReginPartnerMap } from '../../src/partner-map.js';
import { layoutMatrix } from './matrix.js';

const ready = (el: ReginPartnerMap) =>
  waitUntil(
    () =>
      ['ready', 'partial'].includes(el.state) &&
      el.shadowRoot!.querySelector(el.view === 'list' ? 'ul, ol, table' : '[part=map] svg'),
    'the map shows',
    { timeout: 10000 },
  );

describe('<regin-partner-map> layout', () => {
  it('is accessible', async () => {
    const el = await fixture<ReginPartnerMap>(html`<regin-partner-map></regin-partner-map>`);
    await ready(el);
    await expect(el).to.be.accessible();
  });

  layoutMatrix<ReginPartnerMap>(
    'regin-partner-map',
    (['map', 'list'] as const).map((view) => ({
      name: view,
      template: (lang: string, group: string) =>
        html`<regin-partner-map lang=${lang} group=${group} view=${view}></regin-partner-map>`,
      ready,
    })),
  );
});
