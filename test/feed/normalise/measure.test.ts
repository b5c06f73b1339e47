import { expect } from '@open-wc/testing';
import type { Measure } from '../../../src/feed/types.js';
import { budgetOf, evaluationOf, measureOf } from '../../../src/feed/normalise/measure.js';
import { problemList, Reason } from '../../../src/feed/normalise/problems.js';
import { context, reported } from './helpers.js';

describe('normalise/measure', () => {
  it('measureOf() reads a measure with its lists always set', () => {
    const m = measureOf(
      { id: 'm1', region: 'ES51', title: 'Welcome', status: 'ongoing', start: '2019-03', dimensions: ['labour'] },
      '$',
      context(),
    );
    expect(m).to.deep.equal({
      id: 'm1',
      region: 'ES51',
      title: { '': 'Welcome' },
      dimensions: ['labour'],
      targetGroups: [],
      status: 'ongoing',
      start: '2019-03',
      stakeholders: [],
      funding: [],
      sources: [],
      sample: false,
    });
  });

  it('measureOf() removes dimensions not in the framework, with one problem', () => {
    const ctx = context();
    expect(
      (measureOf({ id: 'm1', region: 'ES51', title: 'x', dimensions: ['labour', 'astrology'] }, '$.measures[0]', ctx) as Measure)
        .dimensions,
    ).to.deep.equal(['labour']);
    expect(reported(ctx)).to.deep.equal(['$.measures[0].dimensions fixed unknown-dimensions astrology']);
  });

  it('measureOf() clears an end before the start', () => {
    const ctx = context();
    expect(
      measureOf({ id: 'm1', region: 'ES51', title: 'x', start: '2021', end: '2020-12' }, '$.measures[0]', ctx),
    ).to.not.have.property('end');
    expect(reported(ctx)).to.deep.equal(['$.measures[0].end fixed end-before-start 2020-12 2021']);
  });

  it('measureOf() marks every measure of a sample feed as sample', () => {
    expect(
      (measureOf({ id: 'm1', region: 'ES51', title: 'x' }, '$', context(undefined, undefined, true)) as { sample: boolean })
        .sample,
    ).to.equal(true);
  });

  it('measureOf() leaves out a measure of an unknown region', () => {
    const r = measureOf({ id: 'm1', region: 'XX99', title: 'x' }, '$', context()) as Reason;
    expect([r.code, ...r.params]).to.deep.equal(['unknown-ref', 'measure', 'is in', 'region', 'XX99']);
  });

  it('budgetOf() needs an amount in range and a currency code', () => {
    expect(budgetOf({ amount: 120000, currency: 'eur' })).to.deep.equal({ amount: 120000, currency: 'EUR' });
    expect(budgetOf({ amount: -1, currency: 'EUR' })).to.equal(undefined);
    expect(budgetOf({ amount: 1 })).to.equal(undefined);
  });

  it('evaluationOf() keeps the criteria scored 1–5 and clears the others', () => {
    const problems = problemList();
    expect(evaluationOf({ inclusion: 5, innovation: 9, unknown: 3 }, '$.evaluation', problems)).to.deep.equal({ inclusion: 5 });
    expect(problems.done().map((p) => p.path)).to.deep.equal(['$.evaluation.innovation']);
  });
});
