// What a page downloads for the map: the projection code (d3-geo) only for a host's own lon/lat geometry.
// This file imports nothing that imports d3-geo, so the page's resource list shows what the map loaded.
import { expect, html, waitUntil } from '@open-wc/testing';
import { mountMap, rawFixture, unmountAll } from './helpers.js';

const loaded = (part: string) => performance.getEntriesByType('resource').some((r) => r.name.includes(part));

async function drawnMap(geometry?: string) {
  const feed = await rawFixture();
  const el = await mountMap(
    html`<regin-partner-map group="lazy" geometry=${geometry ?? ''} .feed=${feed}></regin-partner-map>`,
    960,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('svg [data-key="ES51"]'), 'the map is drawn', { timeout: 8000 });
  return el;
}

afterEach(() => unmountAll());

describe('<regin-partner-map> downloads', () => {
  it('draws the built-in geometry without downloading d3-geo', async () => {
    const el = await drawnMap();
    await expect(el).to.be.accessible();
    expect(loaded('/src/assets/geometry/base.topo.json')).to.equal(true);
    expect(loaded('/d3-geo/'), 'd3-geo').to.equal(false);
    expect(loaded('project-topology'), 'the projection module').to.equal(false);
  });

  it('downloads the projection module with d3-geo for a host’s lon/lat geometry, and draws it', async () => {
    const el = await drawnMap('/test/map/host-regions.topo.json');
    expect(loaded('project-topology')).to.equal(true);
    expect(loaded('/d3-geo/')).to.equal(true);
    expect(el.shadowRoot!.querySelector('svg [data-key="ES51"]')!.localName).to.equal('path');
  });
});
