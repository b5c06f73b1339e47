import { expect } from '@open-wc/testing';
import { EMPTY, isArray, isObject, read, trimmed } from '../../../src/feed/normalise/read.js';

describe('normalise/read', () => {
  it('read() returns a property', () => {
    expect(read({ a: 1 }, 'a')).to.equal(1);
  });

  it('read() reads a throwing getter as undefined', () => {
    const o = Object.defineProperty({}, 'a', {
      get: () => {
        throw new Error('no');
      },
    });
    expect(read(o, 'a')).to.equal(undefined);
  });

  it('read() reads through a throwing proxy as undefined', () => {
    const p = new Proxy(
      {},
      {
        get: () => {
          throw new Error('no');
        },
      },
    );
    expect(read(p, 'x')).to.equal(undefined);
  });

  it('isObject() is true for plain objects only', () => {
    expect([{}, [], null, 'a', 1].map(isObject)).to.deep.equal([true, false, false, false, false]);
  });

  it('isObject() and isArray() are false for a revoked proxy', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(isObject(proxy)).to.equal(false);
    expect(isArray(proxy)).to.equal(false);
  });

  it('trimmed() trims strings and ignores anything else', () => {
    expect(trimmed('  a ')).to.equal('a');
    expect(trimmed(1)).to.equal(undefined);
  });

  it('EMPTY is a frozen empty list', () => {
    expect(EMPTY).to.deep.equal([]);
    expect(Object.isFrozen(EMPTY)).to.equal(true);
  });
});
