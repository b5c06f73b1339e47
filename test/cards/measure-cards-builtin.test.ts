// Done means: typing "language" or a Swedish word narrows the built-in measures at once, facets show
// honest counts, selecting a region in the group filters the cards, and the count is announced.
import { expect, html, waitUntil } from '@open-wc/testing';
import { selectIn } from '../../src/core/selection.js';
import { $, $$, count, labelCount, mount, optionCount, search, text, titles, uniqueGroup } from './element-helpers.js';

describe('<regin-measure-cards> on the built-in feed', () => {
  it('loads the built-in measures without src, accessibly', async () => {
    const el = await mount(html`<regin-measure-cards group=${uniqueGroup()}></regin-measure-cards>`);
    expect(['ready', 'partial']).to.include(el.state);
    await expect(el).to.be.accessible();
    expect(count(el)).to.match(/^\d+ measures$/);
    expect(titles(el)).to.have.length(12);
  });

  it('narrows to measures about language, with honest facet counts', async () => {
    const el = await mount(html`<regin-measure-cards group=${uniqueGroup()}></regin-measure-cards>`);
    const all = Number(count(el).split(' ')[0]);
    await search(el, 'language');
    const match = /^(\d+) of (\d+) measures match$/.exec(count(el));
    expect(match, count(el)).to.not.equal(null);
    const n = Number(match![1]);
    expect(n).to.be.greaterThan(0).and.lessThan(all);
    // the region counts add up to the matches (every measure has exactly one region)
    const regionCounts = $$(el, '[part~=facets] details')
      .find((d) => text(d.querySelector('summary')) === 'Region')!
      .querySelectorAll('label');
    const sum = [...regionCounts].reduce((s, label) => s + labelCount(label), 0);
    expect(sum).to.equal(n);
    await waitUntil(() => text($(el, '[role=status]')) === count(el), 'the count is announced');
  });

  it('finds Swedish measures by a Swedish word in an English widget', async () => {
    const el = await mount(html`<regin-measure-cards group=${uniqueGroup()}></regin-measure-cards>`);
    await search(el, 'nyanlända');
    expect(titles(el).length).to.be.greaterThan(0);
    expect(optionCount(el, 'Region', 'Skåne')).to.equal(titles(el).length);
  });

  it('filters to the region selected on the map', async () => {
    const group = uniqueGroup();
    const el = await mount(html`<regin-measure-cards group=${group}></regin-measure-cards>`);
    selectIn(group, 'ITF4');
    await el.updateComplete;
    expect(text($(el, '[part~=chip]'))).to.match(/Region: (Puglia|Apulia) \(from map\)/);
    expect(count(el)).to.match(/^\d+ of \d+ measures match$/);
  });
});
