import { expect } from '@open-wc/testing';
import { builtinGeometryUrl, loadTopology, resolveGeometryUrl } from '../../src/map/load.js';

describe('loadTopology()', () => {
  it('shares one request between callers of the same URL', () => {
    const url = builtinGeometryUrl('base');
    expect(loadTopology(url)).to.equal(loadTopology(url));
  });

  it('rejects a missing file and a file that is not TopoJSON, and retries later', async () => {
    const missing = '/src/assets/geometry/none.topo.json';
    let error: unknown;
    await loadTopology(missing).catch((e) => (error = e));
    expect(String(error)).to.contain('404');
    expect(loadTopology(missing)).to.not.equal(loadTopology(missing).catch(() => undefined));
    error = undefined;
    await loadTopology('/test/fixtures/map-regin.json?as=data').catch((e) => (error = e));
    expect(String(error)).to.contain('not TopoJSON');
  });
});

describe('resolveGeometryUrl()', () => {
  const base = 'https://region.example/maps/page.html';
  it('resolves relative URLs against the page', () => {
    expect(resolveGeometryUrl('shapes/lander.json', base)).to.equal('https://region.example/maps/shapes/lander.json');
    expect(resolveGeometryUrl('  /geo.json ', base)).to.equal('https://region.example/geo.json');
  });
  it('accepts http and https, refuses every other scheme and empty values', () => {
    expect(resolveGeometryUrl('http://cdn.example/x.json', base)).to.equal('http://cdn.example/x.json');
    for (const bad of [
      'javascript:alert(1)',
      'data:application/json,{}',
      'blob:https://x/1',
      'mailto:a@b',
      '',
      '  ',
      null,
      undefined,
    ]) {
      expect(resolveGeometryUrl(bad, base), String(bad)).to.equal(null);
    }
  });
});
