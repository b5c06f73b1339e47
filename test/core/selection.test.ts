import { expect } from '@open-wc/testing';
import { selectIn, selectedIn, subscribeSelection } from '../../src/core/selection.js';

describe('selection groups', () => {
  it('selectIn() tells subscribers of the same group only', () => {
    const seen: Array<string | null> = [];
    const other: Array<string | null> = [];
    const off = subscribeSelection('g1', (id) => seen.push(id));
    const offOther = subscribeSelection('g2', (id) => other.push(id));
    selectIn('g1', 'ES51');
    selectIn('g1', 'ES51'); // no change, no call
    selectIn('g1', null);
    off();
    offOther();
    expect(seen).to.deep.equal(['ES51', null]);
    expect(other).to.deep.equal([]);
    expect(selectedIn('g1')).to.equal(null);
  });

  it('shares one registry between two copies of the library', () => {
    const key = Symbol.for('regin-widgets.selection.v1');
    selectIn('shared', 'PT20');
    const registry = (globalThis as unknown as Record<symbol, Map<string, { selected: string | null }>>)[key];
    expect(registry.get('shared')?.selected).to.equal('PT20');
  });
});
