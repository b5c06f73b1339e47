import { expect } from '@open-wc/testing';
import { COLLECTION_LIMITS } from '../../../src/feed/contract.js';
import { byId, collection } from '../../../src/feed/normalise/collection.js';
import type { Context } from '../../../src/feed/normalise/context.js';
import { Reason } from '../../../src/feed/normalise/problems.js';
import type { Obj } from '../../../src/feed/normalise/read.js';
import { context, reported } from './helpers.js';

const make = (o: Obj, _path: string, ctx: Context) => {
  ctx.problems.fix(`${_path}.x`, 'field');
  return typeof o.id === 'string' ? { id: o.id } : new Reason('no-id', 'region');
};

describe('normalise/collection', () => {
  it('collection() keeps the entries that read', () => {
    expect(collection([{ id: 'a' }, { id: 'b' }], '$.regions', context(), make, byId)).to.deep.equal([{ id: 'a' }, { id: 'b' }]);
  });

  it('collection() leaves an entry out with its reason only, not what was fixed in it', () => {
    const ctx = context();
    collection([{}], '$.regions', ctx, make, byId);
    expect(reported(ctx)).to.deep.equal(['$.regions[0] dropped left-out no-id region']);
  });

  it('collection() leaves out duplicates and entries that are not objects', () => {
    const ctx = context();
    expect(collection([{ id: 'a' }, { id: 'a' }, 7], '$.regions', ctx, make, byId)).to.deep.equal([{ id: 'a' }]);
    expect(reported(ctx).filter((l) => l.includes('dropped'))).to.deep.equal([
      '$.regions[1] dropped left-out duplicate region a',
      '$.regions[2] dropped left-out not-object region',
    ]);
  });

  it('collection() leaves out an entry that throws while read', () => {
    const ctx = context();
    const list = [
      Object.defineProperty({}, 'id', {
        get: () => {
          throw new Error('no');
        },
        enumerable: true,
      }),
    ];
    expect(collection(list, '$.regions', ctx, (o) => ({ id: String(o.id) }))).to.deep.equal([]);
    expect(reported(ctx)).to.deep.equal(['$.regions[0] dropped left-out unreadable region']);
  });

  it(`collection() reads at most the cap of its key (${COLLECTION_LIMITS.dimensions} dimensions)`, () => {
    const ctx = context();
    const list = Array.from({ length: COLLECTION_LIMITS.dimensions + 1 }, (_, i) => ({ id: `d${i}` }));
    expect(collection(list, '$.framework.dimensions', ctx, (o) => ({ id: o.id as string }))).to.have.length(
      COLLECTION_LIMITS.dimensions,
    );
    expect(reported(ctx)).to.deep.equal([
      `$.framework.dimensions dropped collection-cut dimensions ${list.length} ${COLLECTION_LIMITS.dimensions}`,
    ]);
  });

  it('collection() reports a value that is not a list and reads absent as empty', () => {
    const ctx = context();
    expect(collection({}, '$.measures', ctx, make)).to.deep.equal([]);
    expect(collection(undefined, '$.regions', ctx, make)).to.deep.equal([]);
    expect(reported(ctx)).to.deep.equal(['$.measures dropped not-a-list measures']);
  });
});
