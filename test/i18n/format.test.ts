import { expect } from '@open-wc/testing';
import {
  compareText,
  formatCurrency,
  formatDate,
  formatList,
  formatMonthRange,
  formatNumber,
  formatPercent,
  parseFeedDate,
  pluralCategory,
  selectPlural,
  textComparator,
} from '../../src/i18n/format.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('formatNumber()', () => {
  it('groups and separates decimals the way each language does', () => {
    expect(formatNumber('en', 1234.5)).to.equal('1,234.5');
    expect(formatNumber('es', 12345.5)).to.equal('12.345,5');
    expect(formatNumber('es', 1234.5), 'Spanish groups from five digits').to.equal('1234,5');
    expect(formatNumber('ca', 1234.5)).to.equal('1.234,5');
    expect(formatNumber('it', 12345.5)).to.equal('12.345,5');
    expect(formatNumber('pt', 12345.5), 'pt is Brazilian in CLDR').to.equal('12.345,5');
    expect(formatNumber('pt-PT', 12345.5)).to.equal(`12${NBSP}345,5`);
    expect(formatNumber('sv', 1234.5), 'Swedish: no-break space').to.equal(`1${NBSP}234,5`);
    expect(formatNumber('fr', 1234.5), 'French: narrow no-break space').to.equal(`1${NNBSP}234,5`);
  });

  it('gives an empty string for non-finite values (callers say "no data")', () => {
    expect(formatNumber('en', Number.NaN)).to.equal('');
    expect(formatNumber('en', Number.POSITIVE_INFINITY)).to.equal('');
  });

  it('falls back to English for a malformed tag instead of throwing', () => {
    expect(formatNumber('not a tag!', 1234.5)).to.equal('1,234.5');
  });
});

describe('formatPercent()', () => {
  it('formats a ratio with the language’s percent sign spacing', () => {
    expect(formatPercent('en', 0.25)).to.equal('25%');
    expect(formatPercent('fr', 0.25)).to.equal(`25${NBSP}%`);
    expect(formatPercent('sv', 0.25)).to.equal(`25${NBSP}%`);
    expect(formatPercent('es', 0.255, 1)).to.equal(`25,5${NBSP}%`);
  });
});

describe('formatCurrency()', () => {
  it('places the currency sign and hides cents of whole amounts', () => {
    expect(formatCurrency('en', 120000, 'EUR')).to.equal('€120,000');
    expect(formatCurrency('es', 120000, 'EUR')).to.equal(`120.000${NBSP}€`);
    expect(formatCurrency('sv', 120000, 'SEK')).to.equal(`120${NBSP}000${NBSP}kr`);
    expect(formatCurrency('en', 1500.5, 'EUR')).to.equal('€1,500.50');
  });

  it('shows the code after the number for an unknown currency code', () => {
    expect(formatCurrency('en', 100, 'not-a-code')).to.equal('100 not-a-code');
  });
});

describe('formatDate()', () => {
  it('shows month precision as month and year, day precision as a full date', () => {
    expect(formatDate('en', '2021-03')).to.equal('March 2021');
    expect(formatDate('ca', '2021-03')).to.equal('març del 2021');
    expect(formatDate('es', '2021-03-05')).to.equal('5 de marzo de 2021');
    expect(formatDate('sv', '2021-03-05')).to.equal('5 mars 2021');
    expect(formatDate('en-GB', '2021-03-05')).to.equal('5 March 2021');
  });

  it('shows a bare year as a year, never as January of it', () => {
    expect(formatDate('en', '2013')).to.equal('2013');
    expect(formatDate('ca', '2013')).to.equal('2013');
    expect(formatDate('sv', '2008')).to.equal('2008');
  });

  it('keeps the calendar date whatever the time zone (no shift to the previous day)', () => {
    expect(formatDate('en', '2021-01-01')).to.equal('January 1, 2021');
    expect(formatDate('en', '2021-01')).to.equal('January 2021');
  });

  it('gives an empty string for a date it cannot read', () => {
    expect(formatDate('en', 'soon')).to.equal('');
    expect(formatDate('en', '2021-13')).to.equal('');
    expect(formatDate('en', undefined)).to.equal('');
    expect(parseFeedDate('2021-02-30')).to.equal(undefined);
  });
});

describe('formatMonthRange()', () => {
  it('formats a closed period, shortened where the language does', () => {
    expect(formatMonthRange('en', '2019-03', '2021-12')).to.equal(`March 2019 – December 2021`);
    expect(formatMonthRange('es', '2019-03', '2021-12')).to.equal('marzo de 2019 – diciembre de 2021');
    expect(formatMonthRange('en', '2021-03', '2021-12')).to.match(/^March\s?–\s?December 2021$/);
  });

  it('keeps a period of years in years, and a period with one year end as precise as that end', () => {
    expect(formatMonthRange('en', '2022', '2025')).to.match(/^2022\s?–\s?2025$/);
    expect(formatMonthRange('en', '2017', '2020-12')).to.match(/^2017\s?–\s?2020$/);
    expect(formatMonthRange('en', '2013', undefined)).to.equal('since 2013');
    expect(formatMonthRange('es', undefined, '2016')).to.equal('until 2016');
  });

  it('reads open-ended periods with the words it is given', () => {
    const fr = { since: (d: string) => `depuis ${d}`, until: (d: string) => `jusqu’à ${d}` };
    expect(formatMonthRange('fr', '2021-03', undefined, fr)).to.equal('depuis mars 2021');
    expect(formatMonthRange('fr', undefined, '2022-12', fr)).to.equal('jusqu’à décembre 2022');
    expect(formatMonthRange('en', '2021-03', undefined)).to.equal('since March 2021');
    expect(formatMonthRange('en', undefined, undefined)).to.equal('');
  });

  it('does not throw when the end comes before the start', () => {
    expect(formatMonthRange('en', '2022-01', '2021-01')).to.equal('January 2022 – January 2021');
  });
});

describe('formatList()', () => {
  it('joins names with the language’s conjunction', () => {
    const names = ['Catalonia', 'Murcia', 'Puglia'];
    expect(formatList('en', names)).to.equal('Catalonia, Murcia, and Puglia');
    expect(formatList('en-GB', names)).to.equal('Catalonia, Murcia and Puglia');
    expect(formatList('ca', names)).to.equal('Catalonia, Murcia i Puglia');
    expect(formatList('sv', names)).to.equal('Catalonia, Murcia och Puglia');
    expect(formatList('fr', names, 'disjunction')).to.equal('Catalonia, Murcia ou Puglia');
  });
});

describe('pluralCategory() and selectPlural()', () => {
  it('follows each language’s rules: French counts 0 as singular, English does not', () => {
    expect(pluralCategory('en', 1)).to.equal('one');
    expect(pluralCategory('en', 0)).to.equal('other');
    expect(pluralCategory('fr', 0)).to.equal('one');
    expect(pluralCategory('pt', 0)).to.equal('one');
    expect(pluralCategory('sv', 0)).to.equal('other');
    const forms = { one: 'singular', other: 'plural' };
    expect(selectPlural('fr', 0, forms)).to.equal('singular');
    expect(selectPlural('en', 0, forms)).to.equal('plural');
    expect(selectPlural('es', 1000000, forms), 'many → other').to.equal('plural');
  });
});

describe('compareText() and textComparator()', () => {
  it('sorts names with accents in the language’s order', () => {
    const names = ['Zeeland', 'Åland', 'Ávila', 'Azores', 'Östergötland'];
    expect([...names].sort(textComparator('sv'))).to.deep.equal(['Ávila', 'Azores', 'Zeeland', 'Åland', 'Östergötland']);
    expect([...names].sort(textComparator('es'))).to.deep.equal(['Åland', 'Ávila', 'Azores', 'Östergötland', 'Zeeland']);
    expect(compareText('en', 'Region 2', 'Region 10'), 'numeric order').to.be.lessThan(0);
  });
});
