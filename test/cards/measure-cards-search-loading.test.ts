// The search code loads on demand: a reader who never searches does not fetch it; a failed load says so
// and the cards stay usable. (Its own file: the loaded code is shared by every widget on a page.)
import { expect, html, waitUntil } from '@open-wc/testing';
import { searchCode } from '../../src/cards/search-code.js';
import { $, $$, basicJson, mount, search, text, titles, uniqueGroup, type Cards } from './element-helpers.js';

const failing = (el: Cards) =>
  ((el as unknown as { loadSearch: () => Promise<never> }).loadSearch = () => Promise.reject(new TypeError('Failed to fetch')));

describe('<regin-measure-cards> search code', () => {
  it('is not loaded to show, filter or open measures', async () => {
    const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
    await expect(el).to.be.accessible();
    expect(titles(el)).to.have.length(9);
    expect(searchCode()).to.equal(undefined);
  });

  it('says so when it cannot be loaded, shows every measure, and searches once it can', async () => {
    const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
    failing(el);
    await search(el, 'caf');
    await waitUntil(() => $(el, '[part~=notice][role=status]'), 'the notice shows');
    await expect(el).to.be.accessible();
    expect(text($(el, '[part~=notice][role=status]'))).to.equal('Search is not available: part of the widget could not be loaded.');
    expect(titles(el)).to.have.length(9);
    expect($$(el, 'mark')).to.have.length(0);

    (el as unknown as { loadSearch: unknown }).loadSearch = (await import('../../src/cards/search-code.js')).loadSearchCode;
    await search(el, 'cafe');
    expect(titles(el)).to.deep.equal(['Language cafés in Skåne libraries']);
    expect($(el, '[part~=notice][role=status]'), 'the notice is gone').to.equal(null);
  });

  it('loads before the first view when a search is preset', async () => {
    const el = await mount(html`<regin-measure-cards query="cafe" .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
    expect(titles(el)).to.deep.equal(['Language cafés in Skåne libraries']);
  });
});
