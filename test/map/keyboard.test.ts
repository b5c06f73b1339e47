import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isNavKey, nextKey, westToEast, type NavKey } from '../../src/map/keyboard.js';

describe('westToEast(), nextKey() and isNavKey()', () => {
  const points = westToEast([
    { key: 'b', point: [50, 50] },
    { key: 'a', point: [10, 80] },
    { key: 'c', point: [52, 10] },
    { key: 'd', point: [90, 55] },
  ] as const);

  it('westToEast() orders by x, then y', () => {
    expect(points.map((p) => p.key)).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('Left/Right step along that order and stop at the ends; Home/End jump to them', () => {
    expect(nextKey(points, 'b', 'ArrowRight')).to.equal('c');
    expect(nextKey(points, 'b', 'ArrowLeft')).to.equal('a');
    expect(nextKey(points, 'a', 'ArrowLeft')).to.equal('a');
    expect(nextKey(points, 'd', 'ArrowRight')).to.equal('d');
    expect(nextKey(points, 'c', 'Home')).to.equal('a');
    expect(nextKey(points, 'a', 'End')).to.equal('d');
    expect(nextKey(points, undefined, 'ArrowDown')).to.equal('a');
    expect(nextKey([], undefined, 'ArrowDown')).to.equal(undefined);
  });

  it('Up/Down go to the nearest item above/below, preferring the same column', () => {
    expect(nextKey(points, 'b', 'ArrowUp')).to.equal('c');
    expect(nextKey(points, 'c', 'ArrowDown')).to.equal('b');
    expect(nextKey(points, 'b', 'ArrowDown')).to.equal('a');
    expect(nextKey(points, 'a', 'ArrowDown'), 'nothing below').to.equal('a');
    expect(nextKey(points, 'd', 'ArrowUp'), 'the nearest above').to.equal('c');
  });

  it('isNavKey() knows the arrow keys, Home and End only', () => {
    expect(['ArrowUp', 'Home', 'End'].every(isNavKey)).to.equal(true);
    expect(['Enter', ' ', 'Tab', 'PageDown'].some(isNavKey)).to.equal(false);
  });

  it('every item is reachable from any item with the arrow keys (property)', () => {
    const pointArb = fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 700 }));
    fc.assert(
      fc.property(
        fc.uniqueArray(pointArb, { minLength: 1, maxLength: 40, selector: ([x, y]) => `${x},${y}` }),
        fc.nat(),
        (raw, start) => {
          const ordered = westToEast(raw.map((point, i) => ({ key: `k${i}`, point })));
          const seen = new Set<string>();
          let key: string | undefined = ordered[start % ordered.length]!.key;
          for (const k of ['Home', ...Array<NavKey>(ordered.length).fill('ArrowRight')] as NavKey[]) {
            key = nextKey(ordered, key, k);
            seen.add(key!);
          }
          return seen.size === ordered.length;
        },
      ),
    );
  });
});
