import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { describeProblem } from '../../src/feed/diagnostics.js';
import { normaliseFeed } from '../../src/feed/normalise.js';
import { feedLike, mixedFeed } from './arbitraries.js';
import { checkInvariants } from './invariants.js';

const runs = { numRuns: 300 };
const roundTrip = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('normaliseFeed() properties', function () {
  // Hundreds of generated feeds per property: give a busy machine time.
  this.timeout(120_000);

  it('never throws for any JSON value, and any feed it returns keeps every promise', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const { feed, problems } = normaliseFeed(input);
        expect(problems.length).to.be.greaterThan(0);
        if (feed) checkInvariants(feed);
      }),
      runs,
    );
  });

  it('never throws for any value at all (prototype-less objects, typed arrays, sparse arrays …)', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true, withMap: true, withSet: true }), (input) => {
        expect(() => normaliseFeed(input)).to.not.throw();
        expect(() => normaliseFeed({ format: 'regin-feed', version: '1.0', regions: [input], measures: input, title: input })).to.not.throw();
      }),
      runs,
    );
  });

  it('turns feed-shaped garbage into a feed that keeps every promise', () => {
    fc.assert(
      fc.property(feedLike, (input) => {
        const { feed, problems } = normaliseFeed(input);
        expect(feed, JSON.stringify(problems)).to.not.equal(null);
        checkInvariants(feed!);
        for (const p of problems) {
          expect(p.severity).to.be.oneOf(['dropped', 'fixed']);
          expect(p.path).to.match(/^\$/);
          expect(describeProblem(p).length).to.be.greaterThan(0);
        }
      }),
      runs,
    );
  });

  it('keeps every valid entry, in order, and drops exactly the junk mixed in with them', () => {
    fc.assert(
      fc.property(mixedFeed, ({ input, regionIds, measureIds, scoreKeys, junk }) => {
        const { feed, problems } = normaliseFeed(input);
        expect(feed).to.not.equal(null);
        expect(feed!.regions.map((r) => r.id)).to.deep.equal(regionIds);
        expect(feed!.measures.map((m) => m.id)).to.deep.equal(measureIds);
        expect(feed!.scores.map((s) => `${s.region}|${s.dimension}`)).to.deep.equal(scoreKeys);
        expect(problems.map((p) => p.severity)).to.deep.equal(Array(junk).fill('dropped'));
        checkInvariants(feed!);
      }),
      runs,
    );
  });

  it('is idempotent: normalising its own output changes nothing and finds no problem', () => {
    fc.assert(
      fc.property(fc.oneof(feedLike, mixedFeed.map((m) => m.input)), (input) => {
        const once = normaliseFeed(input).feed!;
        const twice = normaliseFeed(roundTrip(once));
        expect(twice.problems).to.deep.equal([]);
        expect(twice.feed).to.deep.equal(once);
      }),
      runs,
    );
  });
});
