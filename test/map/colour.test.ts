import { expect } from '@open-wc/testing';
import { MAP_ROLES } from '../../src/map/items.js';
import { roleMarker, ROLE_COLOURS } from '../../src/map/colour.js';

describe('ROLE_COLOURS and roleMarker()', () => {
  it('has a colour and a distinct marker shape for every role', () => {
    expect(Object.keys(ROLE_COLOURS)).to.deep.equal([...MAP_ROLES]);
    const shapes = new Set(MAP_ROLES.filter((r) => r !== 'other').map((r) => roleMarker(r)));
    expect(shapes.size).to.equal(MAP_ROLES.length - 1);
    expect(roleMarker('coordinator')).to.match(/^M/);
  });
});
