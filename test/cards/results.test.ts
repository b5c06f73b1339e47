import { expect } from '@open-wc/testing';
import { NO_SELECTION } from '../../src/cards/facets.js';
import { cardsModel, runCardsQuery, sortOrder, type CardsQuery, type SortContext } from '../../src/cards/results.js';
import * as search from '../../src/cards/search.js';
import { resolveText } from '../../src/feed/text.js';
import { basicFeed, idsAt } from './helpers.js';

const feed = basicFeed();
const ctx = (lang: string): SortContext => ({
  lang,
  title: (m) => resolveText(m.title, lang).value,
  regionName: (m) => resolveText(feed.regions.find((r) => r.id === m.region)?.name, lang).value,
});
const base: CardsQuery = { query: '', selection: NO_SELECTION, sort: 'relevance' };
// The search code loads on demand in the widget; these tests run the query with it.
const run = (q: Partial<CardsQuery>, lang = 'en') =>
  idsAt(feed, runCardsQuery(cardsModel(feed), { ...base, ...q }, ctx(lang), search).ids);

describe('cardsModel()', () => {
  it('is built once per feed', () => {
    expect(cardsModel(feed)).to.equal(cardsModel(feed));
    expect(cardsModel(feed).byId.get('m-itf4-002')).to.equal(3);
  });
});

describe('sortOrder()', () => {
  it('"recent" puts the newest start first and undated measures last', () => {
    const ids = idsAt(feed, [...sortOrder(cardsModel(feed), 'recent', ctx('en'))]);
    expect(ids[0]).to.equal('m-itf4-002'); // 2025-09
    expect(ids.at(-1)).to.equal('m-se224-002'); // 2016-01
  });
  it('"title" collates in the widget language', () => {
    const en = run({ sort: 'title' });
    expect(en[0]).to.equal('m-se224-002'); // "Civic orientation…"
    const es = run({ sort: 'title' }, 'es');
    const before = (ids: string[], a: string, b: string) => ids.indexOf(a) < ids.indexOf(b);
    // "Employment mentoring…" < "Language cafés…" in English; "Mentoría laboral…" > "Language cafés…" in Spanish
    expect(before(en, 'm-es51-002', 'm-se224-001')).to.equal(true);
    expect(before(es, 'm-es51-002', 'm-se224-001')).to.equal(false);
    // "Educación" sorts with the E's, not after Z
    expect(before(es, 'm-es51-003', 'm-itf4-001')).to.equal(true);
  });
  it('"region" groups by region name, then title', () => {
    const ids = run({ sort: 'region' });
    expect(ids.slice(0, 3).every((id) => id.startsWith('m-itf4'))).to.equal(true); // Apulia first
    expect(ids.slice(3, 4)).to.deep.equal(['m-pt20-001']); // Azores
  });
});

describe('runCardsQuery()', () => {
  it('orders search results by relevance: title hits first', () => {
    const ids = run({ query: 'language ' });
    expect(ids.slice(0, 2)).to.have.members(['m-es51-001', 'm-se224-001']);
    expect(ids.slice(2)).to.have.members(['m-es51-002', 'm-se224-002']);
  });
  it('keeps the chosen sort while searching', () => {
    expect(run({ query: 'language ', sort: 'recent' })).to.deep.equal(['m-es51-002', 'm-es51-001', 'm-se224-001', 'm-se224-002']);
  });
  it('combines search and facets', () => {
    expect(run({ query: 'language ', selection: { ...NO_SELECTION, status: ['ongoing'] } })).to.have.members([
      'm-se224-001',
      'm-es51-002',
    ]);
  });
  it('filters to a region and counts the other regions as what ticking them would add', () => {
    const r = runCardsQuery(cardsModel(feed), { ...base, selection: { ...NO_SELECTION, region: ['ITF4'] } }, ctx('en'));
    expect(idsAt(feed, r.ids)).to.have.members(['m-itf4-001', 'm-itf4-002', 'm-itf4-003']);
    const f = cardsModel(feed).facets;
    expect(r.facets.counts.region[f.region.values.indexOf('ES51')]).to.equal(3);
  });
  it('finds nothing for a region without measures', () => {
    expect(run({ selection: { ...NO_SELECTION, region: ['ES62'] } })).to.deep.equal([]);
  });
});
