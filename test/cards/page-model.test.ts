import { expect } from '@open-wc/testing';
import { detailView } from '../../src/cards/detail-model.js';
import { NO_FILTERS, toggleValue, type CardFilters } from '../../src/cards/filters.js';
import { labeller } from '../../src/cards/words.js';
import { pageView, type PageInput } from '../../src/cards/page-model.js';
import * as search from '../../src/cards/search.js';
import type { LocaleController } from '../../src/i18n/locale-controller.js';
import { localeIn, unmountAll } from '../i18n/locale.js';
import { basicFeed } from './helpers.js';

describe('pageView()', () => {
  let i18n: LocaleController;
  before(async () => {
    i18n = await localeIn('en');
  });
  after(() => unmountAll());

  const input = (over: Partial<PageInput> = {}): PageInput => {
    const feed = basicFeed();
    return {
      feed,
      labels: labeller(feed, i18n),
      filters: NO_FILTERS,
      linked: null,
      shown: 3,
      openId: null,
      i18n,
      search,
      ...over,
    };
  };
  const group = (page: ReturnType<typeof pageView>, key: string) => page.groups.find((g) => g.key === key)!;

  it('shows the first cards of all the measures, no chips, and every facet with its counts', () => {
    const page = pageView(input());
    expect(page.total).to.equal(9);
    expect(page.results.ids).to.have.length(9);
    expect(page.cards.map((c) => c.id)).to.deep.equal(page.results.ids.slice(0, 3).map((d) => basicFeed().measures[d]!.id));
    expect(page.chips).to.deep.equal([]);
    expect(page.regions).to.deep.equal([]);
    expect(page.onlyRegion).to.equal(false);
    expect(page.detail).to.equal(undefined);
    expect(page.groups.map((g) => g.key)).to.deep.equal(['region', 'dimension', 'targetGroup', 'status', 'funding']);
    const regions = group(page, 'region');
    expect(regions.title).to.equal('Region');
    expect(regions.selected).to.equal(0);
    expect(regions.options.map((o) => [o.label.value, o.count])).to.deep.equal([
      ['Apulia', '3'],
      ['Azores', '1'],
      ['Catalonia', '3'],
      ['Skåne', '2'],
    ]);
  });

  it('narrows to the region selected in the group, as a chip, and says it is the only filter', () => {
    const page = pageView(input({ linked: 'ES51' }));
    expect(page.regions).to.deep.equal(['ES51']);
    expect(page.cards.map((c) => c.id).sort()).to.deep.equal(['m-es51-001', 'm-es51-002', 'm-es51-003']);
    expect(page.chips).to.deep.equal([{ key: 'linked', value: 'ES51', facet: 'Region', label: { value: 'Catalonia' } }]);
    expect(page.onlyRegion).to.equal(true);
    expect(group(page, 'region').options.find((o) => o.value === 'ES51')!.checked).to.equal(true);
  });

  it('adds the regions a person ticks to the selected one, with one chip each and no chip twice', () => {
    const filters = toggleValue(toggleValue(NO_FILTERS, 'region', 'SE224'), 'region', 'ES51');
    const page = pageView(input({ linked: 'ES51', filters }));
    expect(page.regions).to.deep.equal(['ES51', 'SE224']);
    expect(page.chips.map((c) => [c.key, c.value])).to.deep.equal([
      ['linked', 'ES51'],
      ['region', 'SE224'],
    ]);
    expect(page.results.ids).to.have.length(5);
    expect(page.onlyRegion).to.equal(false);
  });

  it('keeps a selected region without measures ticked, with a count of 0, and shows no card', () => {
    const page = pageView(input({ linked: 'ES62' }));
    expect(page.cards).to.deep.equal([]);
    const first = group(page, 'region').options[0]!;
    expect(first).to.deep.equal({ value: 'ES62', label: { value: 'Region of Murcia' }, count: '0', checked: true });
  });

  it('shows the search as a quoted chip, and facet values as chips in facet order', () => {
    let filters: CardFilters = { ...NO_FILTERS, query: '  language ' };
    filters = toggleValue(toggleValue(filters, 'status', 'ongoing'), 'targetGroup', 'tcn');
    const page = pageView(input({ filters }));
    expect(page.chips.map((c) => [c.key, c.label.value])).to.deep.equal([
      ['query', '“language”'],
      ['targetGroup', 'Third-country nationals'],
      ['status', 'Ongoing'],
    ]);
    expect(group(page, 'status').selected).to.equal(1);
    expect(page.onlyRegion).to.equal(false);
  });

  it('builds the open measure’s detail only with the dialog’s code, and none for an unknown id', () => {
    expect(pageView(input({ openId: 'm-es51-001' })).detail, 'without its code').to.equal(undefined);
    const detail = pageView(input({ openId: 'm-es51-001', detailView })).detail;
    expect(detail?.id).to.equal('m-es51-001');
    expect(detail?.evaluation).to.have.length(7);
    expect(pageView(input({ openId: 'nope', detailView })).detail).to.equal(undefined);
  });

  it('shows as many cards as asked, never more than match', () => {
    expect(pageView(input({ shown: 0 })).cards).to.deep.equal([]);
    expect(pageView(input({ shown: 100 })).cards).to.have.length(9);
  });
});
