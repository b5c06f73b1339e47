import { expect } from '@open-wc/testing';
import type { Topology } from 'topojson-specification';
import { toPlanar } from '../../src/map/drawing.js';
import { projectionOf } from '../../src/map/planar.js';
import { builtGeometry, fetchJson } from './helpers.js';

describe('toPlanar()', () => {
  it('keeps a planar file of the same projection, projects a lon/lat one and refuses another projection', async () => {
    const { topologies, geometry } = await builtGeometry();
    expect(await toPlanar(topologies['nuts3-SE']!, geometry.projection)).to.equal(topologies['nuts3-SE']);
    const host = await fetchJson<Topology>('/test/map/host-regions.topo.json');
    expect(projectionOf(await toPlanar(host, geometry.projection))).to.equal(geometry.projection);
    const other = { ...topologies['nuts3-SE']!, projection: { ...geometry.projection, centre: [0, 0] } } as Topology;
    let error: unknown;
    await toPlanar(other, geometry.projection).catch((e) => (error = e));
    expect(String(error)).to.contain('projected differently');
  });
});
