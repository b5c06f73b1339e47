import { expect } from '@open-wc/testing';
import {
  activeValues,
  clearAll,
  isFiltered,
  NO_FILTERS,
  presetFilters,
  removeValue,
  sameFilters,
  splitIds,
  toggleValue,
} from '../../src/cards/filters.js';

describe('filters', () => {
  it('splitIds() reads comma-separated attribute values', () => {
    expect(splitIds(' ES51, ITF4 ,,ES51')).to.deep.equal(['ES51', 'ITF4']);
    expect(splitIds(null)).to.deep.equal([]);
  });
  it('presetFilters() maps the attributes to filters', () => {
    const f = presetFilters({ region: 'ES51', dimension: 'labour,health', targetGroup: 'tcn', query: 'lang' });
    expect(f.query).to.equal('lang');
    expect(f.selection.region).to.deep.equal(['ES51']);
    expect(f.selection.dimension).to.deep.equal(['labour', 'health']);
    expect(f.selection.targetGroup).to.deep.equal(['tcn']);
  });
  it('toggleValue() ticks and unticks; removeValue() removes', () => {
    const on = toggleValue(NO_FILTERS, 'status', 'ongoing');
    expect(on.selection.status).to.deep.equal(['ongoing']);
    expect(toggleValue(on, 'status', 'ongoing').selection.status).to.deep.equal([]);
    expect(removeValue(on, 'status', 'ongoing').selection.status).to.deep.equal([]);
    expect(NO_FILTERS.selection.status).to.deep.equal([]); // not mutated
  });
  it('clearAll() keeps the sort only', () => {
    const f = { ...toggleValue(NO_FILTERS, 'region', 'ES51'), query: 'x', sort: 'title' as const };
    expect(clearAll(f)).to.deep.equal({ ...NO_FILTERS, sort: 'title' });
  });
  it('isFiltered(), activeValues() and sameFilters()', () => {
    const f = toggleValue(toggleValue(NO_FILTERS, 'funding', 'AMIF'), 'region', 'ES51');
    expect(isFiltered(NO_FILTERS)).to.equal(false);
    expect(isFiltered({ ...NO_FILTERS, query: '  ' })).to.equal(false);
    expect(isFiltered(f)).to.equal(true);
    expect(activeValues(f)).to.deep.equal([
      { key: 'region', value: 'ES51' },
      { key: 'funding', value: 'AMIF' },
    ]);
    expect(sameFilters(f, toggleValue(toggleValue(NO_FILTERS, 'funding', 'AMIF'), 'region', 'ES51'))).to.equal(true);
    expect(sameFilters(f, NO_FILTERS)).to.equal(false);
  });
});
