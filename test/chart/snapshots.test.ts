// Snapshots of the charts' SVG structure, in a text form a reviewer can read (see svg-text.ts): what
// the radar, its bar view and the comparison's dot plots draw for the test feed at a fixed width.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/indicator-radar.js';
import '../../src/region-comparison.js';
import type { ReginIndicatorRadar } from '../../src/indicator-radar.js';
import type { ReginRegionComparison } from '../../src/region-comparison.js';
import { freshGroup } from '../radar/element-helpers.js';
import { rawCopy } from '../radar/fixture.js';
import { svgText } from './svg-text.js';
import { SNAPSHOTS } from './__snapshots__/charts.js';

const root = (el: Element) => el.shadowRoot!;
const settle = async (el: { updateComplete: Promise<unknown> }) => {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
  }
};

/** Fails with the whole new text, so an intended change can be reviewed and copied into the snapshot. */
function matches(name: keyof typeof SNAPSHOTS, actual: string) {
  const expected = SNAPSHOTS[name].replace(/^\n/, '');
  if (actual !== expected) console.log(`--- ${name} ---\n${actual}\n--- end ---`);
  expect(actual, name).to.equal(expected);
}

describe('chart snapshots', () => {
  it('is accessible', async () => {
    const el = await fixture<ReginIndicatorRadar>(
      html`<regin-indicator-radar regions="ES51" .feed=${rawCopy()}></regin-indicator-radar>`,
    );
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('radar: one region with its national reference, at 600 px', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 600px"><regin-indicator-radar group=${freshGroup()} regions="ES51" baseline="national" .feed=${rawCopy()}></regin-indicator-radar></div>`,
    );
    const el = box.firstElementChild as ReginIndicatorRadar;
    await settle(el);
    matches('radar-one', svgText(root(el).querySelector('svg.radar')!));
  });

  it('radar: two regions of two countries, at 360 px', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 360px"><regin-indicator-radar group=${freshGroup()} regions="ES51 PT20" baseline="national" .feed=${rawCopy()}></regin-indicator-radar></div>`,
    );
    const el = box.firstElementChild as ReginIndicatorRadar;
    await settle(el);
    matches('radar-two-narrow', svgText(root(el).querySelector('svg.radar')!));
  });

  it('bars: two regions with their national references, at 600 px', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 600px"><regin-indicator-radar group=${freshGroup()} regions="ES51 PT20" baseline="national" view="bars" .feed=${rawCopy()}></regin-indicator-radar></div>`,
    );
    const el = box.firstElementChild as ReginIndicatorRadar;
    await new Promise((r) => setTimeout(r, 100));
    await settle(el);
    matches('bars-two', svgText(root(el).querySelector('svg.bars')!));
  });

  it('comparison: the scale and the first row’s dot plot, at 900 px', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 900px"><regin-region-comparison group=${freshGroup()} regions="PT20 ES51 ITF3" .feed=${rawCopy()}></regin-region-comparison></div>`,
    );
    const el = box.firstElementChild as ReginRegionComparison;
    await settle(el);
    matches(
      'comparison-row',
      [svgText(root(el).querySelector('svg.scale')!), svgText(root(el).querySelector('svg.plot')!)].join('\n'),
    );
  });
});
