// The focused radar point is ringed: a dark and a light ring that each stand out against the chart and
// the page (≥ 3:1) in the light and the dark theme, shown for keyboard focus only and left out of exports.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/indicator-radar.js';
import type { ReginIndicatorRadar } from '../../src/indicator-radar.js';
import { html, mount, root } from './element-helpers.js';

/** sRGB relative luminance of a computed `rgb(…)` colour. */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('radar focus ring', () => {
  it('is accessible with a point focused', async () => {
    const el = await mount<ReginIndicatorRadar>(
      (feed, group) => html`<regin-indicator-radar group=${group} regions="ES51" .feed=${feed}></regin-indicator-radar>`,
    );
    const first = root(el).querySelector<SVGElement>('[role=group] [role=img][tabindex="0"]')!;
    first.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const focused = root(el).activeElement!;
    expect(focused.getAttribute('role')).to.equal('img');
    expect(focused.getAttribute('aria-label'), 'the next axis').not.to.equal(first.getAttribute('aria-label'));
    await expect(el).to.be.accessible();
  });

  for (const theme of ['light', 'dark']) {
    it(`rings the focused point with ≥ 3:1 against the chart and the page (${theme})`, async () => {
      const el = await mount<ReginIndicatorRadar>(
        (feed, group) =>
          html`<regin-indicator-radar group=${group} theme=${theme} regions="ES51 PT20" .feed=${feed}></regin-indicator-radar>`,
      );
      const ring = root(el).querySelector('.focus-ring')!;
      expect(getComputedStyle(ring).visibility, 'hidden until a point has focus').to.equal('hidden');
      root(el).querySelector<SVGElement>('svg.radar .point[tabindex="0"]')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      const focused = root(el).activeElement as SVGPathElement;
      expect(focused.classList.contains('point')).to.equal(true);
      expect(getComputedStyle(ring).visibility).to.equal('visible');
      // Around the focused point.
      const box = focused.getBBox();
      const circle = ring.querySelector('circle')!;
      expect(Math.abs(Number(circle.getAttribute('cx')) - (box.x + box.width / 2))).to.be.lessThan(2);
      expect(Math.abs(Number(circle.getAttribute('cy')) - (box.y + box.height / 2))).to.be.lessThan(2);
      const chartBg = getComputedStyle(el).backgroundColor;
      const pageBg = getComputedStyle(document.body).backgroundColor.replace(/rgba\(0, 0, 0, 0\)/, 'rgb(255, 255, 255)');
      const outer = getComputedStyle(circle).stroke;
      const inner = getComputedStyle(ring.querySelector('circle.inner')!).stroke;
      // One of the two rings stands out against each background, and the two against each other.
      for (const bg of [chartBg, pageBg]) {
        expect(Math.max(contrast(outer, bg), contrast(inner, bg)), `${outer}/${inner} on ${bg}`).to.be.at.least(3);
      }
      expect(contrast(outer, inner)).to.be.at.least(3);
      expect(parseFloat(getComputedStyle(circle).strokeWidth)).to.be.at.least(3);
    });
  }
});
