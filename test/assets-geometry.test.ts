import { expect } from '@open-wc/testing';
import { importGeometry } from '../src/assets-geometry.js';

describe('importGeometry()', () => {
  it('imports a shipped geometry file by its path in the assets', async () => {
    const module = (await importGeometry('geometry/inset-PT20.topo.json')) as { default: { type: string; objects: object } };
    expect(module.default.type).to.equal('Topology');
    expect(Object.keys(module.default.objects)).to.deep.equal(['land@PT20', 'regions@PT20']);
  });

  it('has nothing for any other path', () => {
    for (const path of [
      'regin-feed.json',
      'geometry/base.topo.js',
      'geometry/sub/base.json',
      'geometry/../regin-feed.json',
      '/geometry/base.json',
      'geometry/.json',
    ]) {
      expect(importGeometry(path), path).to.equal(undefined);
    }
  });
});
