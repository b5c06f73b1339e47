import { expect } from '@open-wc/testing';
import { averageOfMeans, summarise, summaryText, type SummaryWords } from '../../src/radar/summary.js';

const words: SummaryWords = {
  strongest: (d, v) => `Strongest: ${d} ${v}`,
  weakest: (d, v) => `weakest: ${d} ${v}`,
  above: (p) => `${p} points above the average of the shown regions`,
  below: (p) => `${p} points below the average of the shown regions`,
  same: () => 'level with the average of the shown regions',
  missing: (ds) => `no data for ${ds.join(' and ')}`,
  none: () => 'No data.',
};
const dims = ['labour', 'education', 'health', 'religion'];

describe('radar summary', () => {
  it('summarise() picks the strongest and weakest dimension and the difference from the reference', () => {
    const s = summarise([60, 78, 50, 35], 50);
    expect(s.strongest).to.deep.equal({ index: 1, value: 78 });
    expect(s.weakest).to.deep.equal({ index: 3, value: 35 });
    expect(s.mean).to.equal(55.75);
    expect(s.difference).to.equal(6);
  });

  it('summarise() ignores missing values and lists them', () => {
    const s = summarise([undefined, 40, NaN, 70]);
    expect(s.strongest).to.deep.equal({ index: 3, value: 70 });
    expect(s.weakest).to.deep.equal({ index: 1, value: 40 });
    expect(s.missing).to.deep.equal([0, 2]);
    expect(s.difference).to.equal(undefined);
  });

  it('summarise() takes the first dimension in canonical order on a tie', () => {
    const s = summarise([50, 80, 80, 50]);
    expect(s.strongest!.index).to.equal(1);
    expect(s.weakest!.index).to.equal(0);
  });

  it('summarise() has no weakest with a single value and nothing without values', () => {
    expect(summarise([undefined, 42]).weakest).to.equal(undefined);
    const empty = summarise([undefined, undefined], 50);
    expect(empty.strongest).to.equal(undefined);
    expect(empty.difference).to.equal(undefined);
  });

  it('averageOfMeans() is the mean of the profiles’ own means', () => {
    expect(
      averageOfMeans([
        [40, 60],
        [80, undefined],
      ]),
    ).to.equal(65);
    expect(averageOfMeans([[undefined]])).to.equal(undefined);
  });

  it('summaryText() writes the sentence from the caller’s words', () => {
    const text = summaryText(summarise([60, 78, 50, 35], 50), dims, String, words);
    expect(text).to.equal('Strongest: education 78; weakest: religion 35; 6 points above the average of the shown regions.');
  });

  it('summaryText() says below, level and missing', () => {
    expect(summaryText(summarise([40, 20], 50), dims, String, words)).to.include('20 points below');
    expect(summaryText(summarise([50, 50], 50), dims, String, words)).to.include('level with');
    expect(summaryText(summarise([50, undefined, 60, undefined]), dims, String, words)).to.include(
      'no data for education and religion',
    );
    expect(summaryText(summarise([undefined]), dims, String, words)).to.equal('No data.');
  });

  it('summaryText() gives the words the unsigned difference for the plural form', () => {
    const seen: number[] = [];
    const counting: SummaryWords = {
      ...words,
      above: (p, n) => (seen.push(n), `${p} above`),
      below: (p, n) => (seen.push(n), `${p} below`),
    };
    summaryText(summarise([51, 51], 50), dims, String, counting);
    summaryText(summarise([47, 47], 50), dims, String, counting);
    expect(seen).to.deep.equal([1, 3]);
  });

  it('summaryText() formats numbers with the caller’s formatter', () => {
    const fr = new Intl.NumberFormat('fr', { maximumFractionDigits: 1 });
    expect(summaryText(summarise([62.5, 40]), dims, (n) => fr.format(n), words)).to.include('labour 62,5');
  });
});
