import { expect } from '@open-wc/testing';
import { before, dateTimeOf, partialDateOf, validDay } from '../../../src/feed/normalise/dates.js';

describe('normalise/dates', () => {
  it('partialDateOf() keeps a bare year, a month and a day', () => {
    expect(['2019', '2019-03', ' 2019-03-15 '].map(partialDateOf)).to.deep.equal(['2019', '2019-03', '2019-03-15']);
  });

  it('partialDateOf() refuses days that do not exist and implausible years', () => {
    for (const v of ['2019-02-29', '2019-13', '1899', '2101-01', '2019-3', 19]) expect(partialDateOf(v)).to.equal(undefined);
    expect(partialDateOf('2020-02-29')).to.equal('2020-02-29');
  });

  it('dateTimeOf() keeps a day or a date-time with a time zone', () => {
    expect(dateTimeOf('2026-11-28')).to.equal('2026-11-28');
    expect(dateTimeOf('2026-11-28T10:00:00Z')).to.equal('2026-11-28T10:00:00Z');
    expect(dateTimeOf('2026-11-28T11:00+01:00')).to.equal('2026-11-28T11:00+01:00');
  });

  it('dateTimeOf() refuses a time without a zone, out-of-range hours and a bare year', () => {
    for (const v of ['2026-11-28T10:00:00', '2026-11-28T24:00Z', '2026-11-28T10:00+24:00', '2026'])
      expect(dateTimeOf(v)).to.equal(undefined);
  });

  it('validDay() knows leap years', () => {
    expect(validDay(2000, 2, 29)).to.equal(true);
    expect(validDay(1900, 2, 29)).to.equal(false);
  });

  it('before() compares only as precisely as the less precise date', () => {
    expect(before('2021', '2021-05')).to.equal(false);
    expect(before('2021-04', '2021-05-01')).to.equal(true);
    expect(before('2020', '2021-01')).to.equal(true);
  });
});
