// Region identity across widgets: one colour, marker and dash per region on a page, whatever each widget
// shows and in which order; one dash per country for the national references.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/indicator-radar.js';
import '../../src/region-comparison.js';
import type { ReginIndicatorRadar } from '../../src/indicator-radar.js';
import type { ReginRegionComparison } from '../../src/region-comparison.js';
import { freshGroup } from '../radar/element-helpers.js';
import { rawCopy } from '../radar/fixture.js';

const root = (el: Element) => el.shadowRoot!;

/** Region name → colour and marker path (centred at 0,0) of the radar's legend. */
function radarLegend(el: Element): Map<string, string> {
  return new Map(
    [...root(el).querySelectorAll('[part=legend] button')].map((b) => {
      const svg = b.querySelector('svg')!;
      const marker = svg.querySelector('path.point')!.getAttribute('d')!;
      const dash = svg.querySelector('line')!.getAttribute('stroke-dasharray') ?? '';
      return [b.querySelector('span')!.textContent!.trim(), `${svg.getAttribute('color')} ${shapeOf(marker)} ${dash}`];
    }),
  );
}

/** Region name → colour and marker of the comparison's column heads. */
function comparisonHeads(el: Element): Map<string, string> {
  return new Map(
    [...root(el).querySelectorAll('thead th.region')].map((th) => {
      const svg = th.querySelector('svg.swatch')!;
      return [
        th.querySelector('span')!.textContent!.trim(),
        `${svg.getAttribute('color')} ${shapeOf(svg.querySelector('path')!.getAttribute('d')!)}`,
      ];
    }),
  );
}

/** A marker path's shape, independent of where and how large it is drawn: its commands. */
const shapeOf = (d: string) => d.replace(/[-\d.,\s]+/g, '');

describe('region identity', () => {
  it('gives a region the same colour and marker in a radar and a comparison of one group, whatever each shows', async () => {
    const group = freshGroup();
    const feed = rawCopy();
    const box = await fixture<HTMLDivElement>(html`<div style="width: 900px">
      <regin-indicator-radar group=${group} regions="SE224 ITF3 PT20" .feed=${feed}></regin-indicator-radar>
      <regin-region-comparison group=${group} regions="PT20 ES51 SE224 ITF4" .feed=${feed}></regin-region-comparison>
    </div>`);
    const radar = box.querySelector<ReginIndicatorRadar>('regin-indicator-radar')!;
    const comparison = box.querySelector<ReginRegionComparison>('regin-region-comparison')!;
    await radar.updateComplete;
    await comparison.updateComplete;
    const r = radarLegend(radar);
    const c = comparisonHeads(comparison);
    expect(r.size).to.equal(3);
    expect(c.size).to.equal(4);
    for (const name of ['Azores', 'Skåne']) {
      expect(r.get(name), name).to.be.a('string');
      expect(r.get(name)!.split(' ').slice(0, 2).join(' '), name).to.equal(c.get(name));
    }
    // In the feed's order of scored regions: Catalonia first (blue circle), the Azores second (orange square).
    expect(c.get('Catalonia')).to.equal('#0072B2 MAA');
    expect(c.get('Azores')).to.equal('#E69F00 MhvhZ');
  });

  it('keeps a region’s colour when regions are added, removed or reordered', async () => {
    const el = await fixture<ReginRegionComparison>(
      html`<regin-region-comparison group=${freshGroup()} regions="ES51 PT20" .feed=${rawCopy()}></regin-region-comparison>`,
    );
    await el.updateComplete;
    const before = comparisonHeads(el).get('Azores');
    el.regions = 'ITF3 SE224 PT20 ITF4';
    await el.updateComplete;
    expect(comparisonHeads(el).get('Azores')).to.equal(before);
    el.regions = 'PT20 ITF3';
    await el.updateComplete;
    expect(comparisonHeads(el).get('Azores')).to.equal(before);
  });

  it('draws each country’s national reference with its own dash, in the radar, the bars and the key', async () => {
    const el = await fixture<ReginIndicatorRadar>(
      html`<regin-indicator-radar group=${freshGroup()} regions="ES51 PT20 ITF3" baseline="national" .feed=${rawCopy()}></regin-indicator-radar>`,
    );
    await el.updateComplete;
    const rings = [...root(el).querySelectorAll('svg.radar polygon.national')].map((p) => p.getAttribute('stroke-dasharray'));
    expect(rings.length).to.equal(3);
    expect(new Set(rings).size).to.equal(3);
    const key = [...root(el).querySelectorAll('.notes line.national')].map((l) => l.getAttribute('stroke-dasharray'));
    expect(key).to.deep.equal(rings);
    el.view = 'bars';
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    const lines = [...root(el).querySelectorAll('svg.bars line.national')].map((l) => l.getAttribute('stroke-dasharray'));
    expect(lines, 'the bar view draws the references its key lists').to.deep.equal(key);
    const tags = [...root(el).querySelectorAll('svg.bars .national-label')].map((t) => t.textContent!.trim());
    expect(tags).to.deep.equal(['ES 60', 'PT 81', 'IT 58']);
  });
});
