// Layout of <regin-measure-cards> on the built-in feed: the cards, and the detail dialog open.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/measure-cards.js';
import type { ReginMeasureCards } from '../../src/measure-cards.js';
import { layoutMatrix } from './matrix.js';

const shown = (el: ReginMeasureCards) =>
  waitUntil(
    () => ['ready', 'partial'].includes(el.state) && el.shadowRoot!.querySelector('[aria-haspopup=dialog]'),
    'the cards show',
    { timeout: 8000 },
  );

async function withDetail(el: ReginMeasureCards): Promise<void> {
  await shown(el);
  const dialog = el.shadowRoot!.querySelector('dialog')!;
  if (!dialog.open) el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-haspopup=dialog]')!.click();
  await waitUntil(() => dialog.open && dialog.querySelector('h2'), 'the detail opens', { timeout: 8000 });
}

describe('<regin-measure-cards> layout', () => {
  it('is accessible', async () => {
    const el = await fixture<ReginMeasureCards>(html`<regin-measure-cards></regin-measure-cards>`);
    await shown(el);
    await expect(el).to.be.accessible();
  });

  layoutMatrix<ReginMeasureCards>('regin-measure-cards', [
    {
      name: 'cards',
      template: (lang, group) => html`<regin-measure-cards lang=${lang} group=${group}></regin-measure-cards>`,
      ready: shown,
    },
    {
      name: 'detail',
      template: (lang, group) => html`<regin-measure-cards lang=${lang} group=${group}></regin-measure-cards>`,
      ready: withDetail,
    },
  ]);
});
