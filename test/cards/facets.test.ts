import { expect } from '@open-wc/testing';
import { applyFacets, buildFacetIndex, countOf, NO_SELECTION, type FacetSelection } from '../../src/cards/facets.js';
import { basicFeed, idsAt } from './helpers.js';

const feed = basicFeed();
const index = buildFacetIndex(feed.measures);
const n = feed.measures.length;
const select = (s: Partial<FacetSelection>) => ({ ...NO_SELECTION, ...s });

/** Counts by brute force: measures passing every filter except `key`'s, having `value`. */
function bruteCount(sel: FacetSelection, key: keyof FacetSelection, value: string): number {
  const has = (m: (typeof feed.measures)[number], k: keyof FacetSelection): string[] =>
    k === 'region'
      ? [m.region]
      : k === 'dimension'
        ? [...m.dimensions]
        : k === 'targetGroup'
          ? [...m.targetGroups]
          : k === 'status'
            ? m.status
              ? [m.status]
              : []
            : [...m.funding];
  return feed.measures.filter(
    (m) =>
      (Object.keys(sel) as Array<keyof FacetSelection>).every(
        (k) => k === key || sel[k].length === 0 || sel[k].some((v) => has(m, k).includes(v)),
      ) && has(m, key).includes(value),
  ).length;
}

describe('buildFacetIndex()', () => {
  it('lists each facet’s distinct values', () => {
    expect(index.region.values).to.have.members(['ES51', 'ITF4', 'SE224', 'PT20']);
    expect(index.status.values).to.have.members(['completed', 'ongoing', 'planned']);
    expect(index.funding.values).to.include('ESF+');
  });
});

describe('applyFacets()', () => {
  it('with nothing selected, matches everything and counts every value', () => {
    const r = applyFacets(index, n, NO_SELECTION, null);
    expect(r.matches.length).to.equal(n);
    expect(countOf(index, r, 'region', 'ES51')).to.equal(3);
    expect(countOf(index, r, 'targetGroup', 'tcn')).to.equal(5);
  });

  it('ORs values within a facet and ANDs facets', () => {
    const r = applyFacets(index, n, select({ region: ['ES51', 'SE224'], status: ['completed'] }), null);
    expect(idsAt(feed, r.matches)).to.have.members(['m-es51-001', 'm-se224-002', 'm-es51-003']);
  });

  it('counts a facet without its own filter but with the others (disjunctive)', () => {
    const sel = select({ region: ['ES51'], status: ['ongoing'] });
    const r = applyFacets(index, n, sel, null);
    // region counts ignore the region filter: ongoing measures per region
    expect(countOf(index, r, 'region', 'ITF4')).to.equal(2);
    expect(countOf(index, r, 'region', 'ES51')).to.equal(1);
    // status counts ignore the status filter: ES51 measures per status
    expect(countOf(index, r, 'status', 'completed')).to.equal(2);
    // other facets count the full match set
    expect(countOf(index, r, 'dimension', 'labour')).to.equal(1);
  });

  it('agrees with a brute-force count for every facet value under many selections', () => {
    const selections: FacetSelection[] = [
      select({}),
      select({ targetGroup: ['tcn'] }),
      select({ targetGroup: ['tcn', 'youth'], funding: ['AMIF'] }),
      select({ region: ['ITF4'], dimension: ['labour', 'health'], status: ['ongoing', 'planned'] }),
      select({ funding: ['regional'], status: ['completed'], dimension: ['education'] }),
    ];
    for (const sel of selections) {
      const r = applyFacets(index, n, sel, null);
      for (const key of Object.keys(sel) as Array<keyof FacetSelection>) {
        for (const value of index[key].values) {
          expect(countOf(index, r, key, value), `${key}=${value} under ${JSON.stringify(sel)}`).to.equal(
            bruteCount(sel, key, value),
          );
        }
      }
    }
  });

  it('applies a base filter (search hits) to the matches and all counts', () => {
    const base = new Uint8Array(n);
    base[0] = 1;
    const r = applyFacets(index, n, NO_SELECTION, base);
    expect(r.matches).to.deep.equal([0]);
    expect(countOf(index, r, 'region', feed.measures[0]!.region)).to.equal(1);
    expect(countOf(index, r, 'region', 'ITF4')).to.equal(0);
  });

  it('matches nothing for a value the feed does not have', () => {
    const r = applyFacets(index, n, select({ region: ['XX99'] }), null);
    expect(r.matches).to.deep.equal([]);
    expect(countOf(index, r, 'region', 'XX99')).to.equal(0);
  });
});
