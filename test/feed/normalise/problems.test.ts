import { expect } from '@open-wc/testing';
import { MAX_PROBLEMS, problemList, Reason } from '../../../src/feed/normalise/problems.js';

describe('normalise/problems', () => {
  it('problemList() keeps each problem with its path, severity, code and parameters', () => {
    const problems = problemList();
    problems.drop('$.regions[0]', 'left-out', 'no-id', 'region');
    problems.fix('$.title', 'too-long', 'title', 300);
    expect(problems.done()).to.deep.equal([
      { path: '$.regions[0]', severity: 'dropped', code: 'left-out', params: ['no-id', 'region'] },
      { path: '$.title', severity: 'fixed', code: 'too-long', params: ['title', 300] },
    ]);
  });

  it(`problemList() keeps ${MAX_PROBLEMS} problems, then counts the rest in one "more" problem`, () => {
    const problems = problemList();
    for (let i = 0; i < MAX_PROBLEMS + 3; i++) problems.fix(`$.x[${i}]`, 'field');
    const list = problems.done();
    expect(list).to.have.length(MAX_PROBLEMS + 1);
    expect(list.at(-1)).to.deep.equal({ path: '$', severity: 'fixed', code: 'more', params: [3] });
  });

  it('problemList() says "dropped" in the summary when one of the uncounted problems dropped an entry', () => {
    const problems = problemList();
    for (let i = 0; i < MAX_PROBLEMS; i++) problems.fix('$.x', 'field');
    problems.drop('$.y', 'left-out');
    expect(problems.done().at(-1)!.severity).to.equal('dropped');
  });

  it('problemList().rollback() forgets what was reported since mark()', () => {
    const problems = problemList();
    problems.fix('$.a', 'field');
    const mark = problems.mark();
    problems.fix('$.b', 'field');
    problems.rollback(mark);
    expect(problems.done().map((p) => p.path)).to.deep.equal(['$.a']);
  });

  it('problemList().done() returns a frozen list of frozen problems', () => {
    const problems = problemList();
    problems.fix('$.a', 'field', 'x');
    const list = problems.done();
    expect(Object.isFrozen(list) && Object.isFrozen(list[0]) && Object.isFrozen(list[0]!.params)).to.equal(true);
  });

  it('Reason keeps its code and parameters', () => {
    const r = new Reason('unknown-ref', 'score', 'is for', 'region', 'XX99');
    expect([r.code, ...r.params]).to.deep.equal(['unknown-ref', 'score', 'is for', 'region', 'XX99']);
  });
});
