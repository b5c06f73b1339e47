import { expect } from '@open-wc/testing';
import { buildProfiles } from '../../src/chart/profiles.js';
import { comparisonRows, sortRows } from '../../src/comparison/model.js';
import { feed } from '../radar/fixture.js';

describe('comparisonRows() and sortRows()', () => {
  const f = feed();
  const ids = ['ES51', 'ITF3', 'PT20'];
  const profiles = buildProfiles(f, ids);
  const rows = comparisonRows(profiles, f.framework.dimensions);

  it('comparisonRows() has a row per dimension and a value per region, in column order', () => {
    expect(rows).to.have.length(8);
    expect(rows[0]!.dimension.id).to.equal('labour');
    expect(rows[0]!.values).to.deep.equal([67, 49, 58]);
  });

  it('comparisonRows() finds the highest and lowest value and the gap between them', () => {
    expect(rows[0]).to.include({ min: 49, max: 67, gap: 18 });
    expect(rows[0]!.highest).to.deep.equal([0]);
    expect(rows[0]!.lowest).to.deep.equal([1]);
  });

  it('comparisonRows() leaves no data out of the gap and keeps it as no data', () => {
    const religion = rows[6]!;
    expect(religion.values).to.deep.equal([35, undefined, 44]);
    expect(religion.gap).to.equal(9);
    const single = comparisonRows(buildProfiles(f, ['ITF3', 'FRH']), f.framework.dimensions)[6]!;
    expect(single.gap).to.equal(undefined);
    expect(single.highest).to.deep.equal([]);
  });

  it('comparisonRows() marks no highest or lowest when all values are equal', () => {
    const same = comparisonRows(buildProfiles(f, ['ES51', 'ES51']), f.framework.dimensions)[0]!;
    expect(same.gap).to.equal(0);
    expect(same.highest).to.deep.equal([]);
  });

  it('sortRows("dimension") keeps the framework’s canonical order', () => {
    const shuffled = [...rows].reverse();
    expect(sortRows(shuffled, 'dimension', ids).map((r) => r.index)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('sortRows("gap") puts the largest gap first, ties in canonical order', () => {
    const sorted = sortRows(rows, 'gap', ids);
    const gaps = sorted.map((r) => r.gap!);
    expect(gaps).to.deep.equal([...gaps].sort((a, b) => b - a));
    expect(sorted[0]!.dimension.id).to.equal('education'); // 78 - 45 = 33
  });

  it('sortRows(regionId) orders by that region’s value, no data last', () => {
    const byCampania = sortRows(rows, 'ITF3', ids);
    expect(byCampania[0]!.values[1]).to.equal(58);
    expect(byCampania.at(-1)!.dimension.id).to.equal('religion');
    expect(sortRows(rows, 'XX99', ids).map((r) => r.index)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('sortRows() does not change its input', () => {
    const before = rows.map((r) => r.index);
    sortRows(rows, 'gap', ids);
    expect(rows.map((r) => r.index)).to.deep.equal(before);
  });
});
