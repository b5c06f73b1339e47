import { expect } from '@open-wc/testing';
import { REQUIRED_FIELDS } from '../../../src/feed/contract.js';
import { fields, required } from '../../../src/feed/normalise/fields.js';
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

  it("fields().id() sets the entry's id, or gives the reason it is left out", () => {
    const f = fields({ id: ' ES51 ' }, '$', problemList());
    expect(f.id('region')).to.equal(undefined);
    expect(f.out.id).to.equal('ES51');
    const r = fields({ id: 'a b' }, '$', problemList()).id('region') as Reason;
    expect([r.code, ...r.params]).to.deep.equal(['no-id', 'region']);
  });

  it('fields().name() sets a short text, or gives the no-<key> reason the entry is left out', () => {
    const ctx = context();
    const f = fields({ title: 'Courses', label: ' ' }, '$.measures[0]', ctx.problems);
    expect(f.name('title', 'measure')).to.equal(undefined);
    expect(f.out.title).to.deep.equal({ '': 'Courses' });
    const r = f.name('label', 'baseline') as Reason;
    expect([r.code, ...r.params]).to.deep.equal(['no-label', 'baseline']);
    expect(fields({}, '$', ctx.problems).name('name', 'region')).to.be.instanceOf(Reason);
  });

  it('fields().ref() sets an id that names a known entry, or gives the reason the entry is left out', () => {
    const known = new Set(['ES51']);
    const f = fields({ region: 'ES51', other: 'SE22' }, '$', problemList());
    expect(f.ref('region', 'measure', known, 'is in')).to.equal(undefined);
    expect(f.out.region).to.equal('ES51');
    const r = f.ref('other', 'measure', known, 'is in') as Reason;
    expect([r.code, ...r.params]).to.deep.equal(['unknown-ref', 'measure', 'is in', 'other', 'SE22']);
  });
});

describe('normalise/fields required()', () => {
  it("reads an entry's required fields in the order of REQUIRED_FIELDS (the schema's)", () => {
    const order: string[] = [];
    const read = (key: string) => () => {
      order.push(key);
      return undefined;
    };
    expect(required('measure', { title: read('title'), region: read('region'), id: read('id') })).to.equal(undefined);
    expect(order).to.deep.equal([...REQUIRED_FIELDS.measure]);
  });

  it('gives the reason of the first required field missing, and reads no further', () => {
    const order: string[] = [];
    const why = new Reason('no-name', 'region');
    const result = required('region', {
      id: () => void order.push('id'),
      name: () => (order.push('name'), why),
      country: () => void order.push('country'),
    });
    expect(result).to.equal(why);
    expect(order).to.deep.equal(['id', 'name']);
  });
});
