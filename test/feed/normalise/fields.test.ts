import { expect } from '@open-wc/testing';
import { fields, withId } from '../../../src/feed/normalise/fields.js';
import { problemList, Reason } from '../../../src/feed/normalise/problems.js';
import { SHORT } from '../../../src/feed/normalise/strings.js';
import { context, reported } from './helpers.js';

describe('normalise/fields', () => {
  it('fields().opt() skips absent and null fields without a problem', () => {
    const problems = problemList();
    const f = fields({ a: null }, '$', problems);
    expect(f.opt('a', () => 1, ['x'])).to.equal(undefined);
    expect(f.opt('b', () => 1, ['x'])).to.equal(undefined);
    expect(problems.done()).to.deep.equal([]);
  });

  it('fields().opt() clears an invalid field with one problem at path.key', () => {
    const ctx = context();
    const f = fields({ year: 1800 }, '$.scores[0]', ctx.problems);
    expect(f.year()).to.equal(undefined);
    expect(f.done()).to.deep.equal({});
    expect(reported(ctx)).to.deep.equal(['$.scores[0].year fixed field year removed not-year 1900 2100']);
  });

  it('fields().url() keeps only safe links', () => {
    const f = fields({ url: 'https://x.eu/a b', bad: 'javascript:x' }, '$', problemList());
    expect(f.url('url')).to.equal('https://x.eu/a%20b');
    expect(f.url('bad')).to.equal(undefined);
  });

  it("fields().value() keeps a value on the context's scale", () => {
    const ctx = context();
    expect(fields({ value: 67 }, '$', ctx.problems).value(ctx)).to.equal(67);
    expect(fields({ value: 101 }, '$', ctx.problems).value(ctx)).to.equal(undefined);
  });

  it('fields().flag() is false when absent and counts any other value than false as true, with a problem', () => {
    const ctx = context();
    expect(fields({}, '$', ctx.problems).flag('sample', 'feed', 'sample data')).to.equal(false);
    expect(fields({ sample: 'no' }, '$', ctx.problems).flag('sample', 'feed', 'sample data')).to.equal(true);
    expect(reported(ctx)).to.deep.equal(['$.sample fixed flag sample feed sample data']);
  });

  it('fields().text() reads a text; done() returns the frozen output', () => {
    const f = fields({ name: 'Skåne' }, '$', problemList());
    f.text('name', SHORT);
    const out = f.done();
    expect(out).to.deep.equal({ name: { '': 'Skåne' } });
    expect(Object.isFrozen(out)).to.equal(true);
  });

  it('withId() starts an entry with its id, or gives the reason it is left out', () => {
    expect(withId({ id: 'ES51' }, '$', problemList(), 'region')).to.not.be.instanceOf(Reason);
    const r = withId({ id: 'a b' }, '$', problemList(), 'region') as Reason;
    expect([r.code, ...r.params]).to.deep.equal(['no-id', 'region']);
  });
});
