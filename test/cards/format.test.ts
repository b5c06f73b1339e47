import { expect } from '@open-wc/testing';
import { formatBudget, formatPeriod, humanise, parseMonth } from '../../src/cards/format.js';

const words = { since: (d: string) => `since ${d}`, until: (d: string) => `until ${d}` };

describe('parseMonth()', () => {
  it('reads YYYY, YYYY-MM and YYYY-MM-DD', () => {
    expect(parseMonth('2019-03')!.toISOString()).to.equal('2019-03-01T00:00:00.000Z');
    expect(parseMonth('2019-03-17')!.getUTCMonth()).to.equal(2);
    expect(parseMonth('2019')!.getUTCFullYear()).to.equal(2019);
  });
  it('rejects anything else', () => {
    for (const v of ['', '2019-13', '19-03', 'March 2019', undefined]) expect(parseMonth(v)).to.equal(null);
  });
});

describe('formatPeriod()', () => {
  it('formats a month range in the widget language', () => {
    const en = formatPeriod('2019-03', '2021-12', 'en', words);
    expect(en).to.match(/Mar.*2019.*Dec.*2021/);
    const es = formatPeriod('2019-03', '2021-12', 'es', words);
    expect(es).to.match(/mar.*2019.*dic.*2021/);
  });
  it('says "since" for open-ended measures and "until" without a start', () => {
    expect(formatPeriod('2022-01', undefined, 'en', words)).to.equal('since Jan 2022');
    expect(formatPeriod(undefined, '2022-01', 'en', words)).to.equal('until Jan 2022');
  });
  it('shows years only when only years are known', () => {
    expect(formatPeriod('2019', '2021', 'en', words)).to.match(/^2019\s*–\s*2021$/);
  });
  it('gives an empty string without dates', () => {
    expect(formatPeriod(undefined, 'soon', 'en', words)).to.equal('');
  });
});

describe('formatBudget()', () => {
  it('formats the currency for the language', () => {
    expect(formatBudget({ amount: 120000, currency: 'EUR' }, 'en')).to.equal('€120,000');
    expect(formatBudget({ amount: 120000, currency: 'EUR' }, 'fr')).to.match(/^120\s000\s€$/);
    expect(formatBudget({ amount: 5000000, currency: 'SEK' }, 'sv')).to.match(/^5\s000\s000\skr$/);
  });
  it('keeps an unknown currency code after the number', () => {
    expect(formatBudget({ amount: 1000, currency: 'not a currency' }, 'en')).to.equal('1,000 not a currency');
  });
  it('gives an empty string for no budget', () => {
    expect(formatBudget(undefined, 'en')).to.equal('');
    expect(formatBudget({ amount: NaN, currency: 'EUR' }, 'en')).to.equal('');
  });
});

describe('humanise()', () => {
  it('makes unknown ids readable and keeps acronyms', () => {
    expect(humanise('unaccompanied-minors')).to.equal('Unaccompanied minors');
    expect(humanise('multiLevelGovernance')).to.equal('Multi level governance');
    expect(humanise('ESF+')).to.equal('ESF+');
    expect(humanise('AMIF')).to.equal('AMIF');
  });
});
