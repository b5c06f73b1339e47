// The search code loads on demand: a reader who never searches does not fetch it; a failed load says so
// and the cards stay usable. (Its own file: the loaded code is shared by every widget on a page.)
import { expect, html, waitUntil } from '@open-wc/testing';
import { LazyPart } from '../../src/core/lazy-part.js';
import { $, $$, basicJson, mount, search, text, titles, uniqueGroup } from './element-helpers.js';

describe('<regin-measure-cards> search code', () => {
  afterEach(() => LazyPart.loaders.clear());

  it('is not loaded to show, filter or open measures', async () => {
    let loads = 0;
    LazyPart.loaders.set('cards.search', () => (loads++, import('../../src/cards/search.js')));
    const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
    await expect(el).to.be.accessible();
    expect(titles(el)).to.have.length(9);
    expect(loads).to.equal(0);
  });

  it('says so when it cannot be loaded, shows every measure, and searches once it can', async () => {
    const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
    LazyPart.loaders.set('cards.search', () => Promise.reject(new TypeError('Failed to fetch')));
    await search(el, 'caf');
    await waitUntil(() => $(el, '[part~=notice][role=status]'), 'the notice shows');
    await expect(el).to.be.accessible();
    expect(text($(el, '[part~=notice][role=status]'))).to.equal(
      'Search is not available: part of the widget could not be loaded.',
    );
    expect(titles(el)).to.have.length(9);
    expect($$(el, 'mark')).to.have.length(0);

    LazyPart.loaders.delete('cards.search');
    await search(el, 'cafe');
    expect(titles(el)).to.deep.equal(['Language cafés in Skåne libraries']);
    expect($(el, '[part~=notice][role=status]'), 'the notice is gone').to.equal(null);
  });

  it('loads before the first view when a search is preset', async () => {
    const el = await mount(
      html`<regin-measure-cards query="cafe" .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`,
    );
    expect(titles(el)).to.deep.equal(['Language cafés in Skåne libraries']);
  });
});
