import { expect } from '@open-wc/testing';
import { Reason } from '../../../src/feed/normalise/problems.js';
import { scoreOf } from '../../../src/feed/normalise/score.js';
import { context } from './helpers.js';

describe('normalise/score', () => {
  it('scoreOf() reads a score of a known region and dimension', () => {
    expect(
      scoreOf(
        { region: 'ES51', dimension: 'labour', value: 67, year: 2021, targetGroup: 'tcn', synthetic: true },
        '$',
        context(),
      ),
    ).to.deep.equal({
      region: 'ES51',
      dimension: 'labour',
      value: 67,
      year: 2021,
      targetGroup: 'tcn',
      synthetic: true,
    });
  });

  it('scoreOf() keeps a score without a value as "no data"', () => {
    expect(scoreOf({ region: 'ES51', dimension: 'labour' }, '$', context())).to.deep.equal({
      region: 'ES51',
      dimension: 'labour',
      synthetic: false,
    });
  });

  it('scoreOf() leaves out a score of an unknown region or dimension', () => {
    const r = scoreOf({ region: 'ES51', dimension: 'astrology' }, '$', context()) as Reason;
    expect([r.code, ...r.params]).to.deep.equal(['unknown-ref', 'score', 'is for', 'dimension', 'astrology']);
  });
});
