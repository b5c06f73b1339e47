/**
 * <regin-partner-map> as a cartographer sees it drawn: nothing outside the mainland's frame, organisation
 * markers clear of the region polygons at phone and desktop widths, the dark palette, zooming and the list
 * view on a phone, and the view following a selection made in another widget.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { selectIn } from '../../src/core/selection.js';
import type { ReginPartnerMap } from '../../src/partner-map.js';
import { covers, mountMap, unmountAll, zoomButton } from './helpers.js';
import '../../src/partner-map.js';

const root = (el: ReginPartnerMap) => el.shadowRoot!;

afterEach(() => unmountAll());
const zoomIn = (el: ReginPartnerMap) => zoomButton(el, 'Zoom in');

/** The built-in feed's map in a box `width` px wide, drawn. */
async function builtIn(width: number): Promise<ReginPartnerMap> {
  const el = await mountMap(html`<regin-partner-map group=${`carto-${width}-${Math.random()}`}></regin-partner-map>`, width);
  await waitUntil(() => root(el).querySelector('svg path[part~=region]'), 'the map is drawn', { timeout: 15000 });
  await el.updateComplete;
  return el;
}

describe('zoom and touch', () => {
  it('zooms around the focused place with the buttons and keys: the place stays where it was', async () => {
    const el = await builtIn(960);
    const skane = () => root(el).querySelector<SVGPathElement>('path[data-key="SE224"]')!;
    const centre = () => {
      const r = skane().getBoundingClientRect();
      return [r.left + r.width / 2, r.top + r.height / 2];
    };
    skane().focus();
    await el.updateComplete;
    const before = centre();
    zoomIn(el).click();
    await el.updateComplete;
    const after = centre();
    expect(Math.hypot(after[0]! - before[0]!, after[1]! - before[1]!), 'Skåne stays in place').to.be.below(2);
    expect(root(el).querySelector('.main')!.getAttribute('transform')).to.contain('scale(2)');
    await expect(el).to.be.accessible();
  });

  it('on a phone, the list view gives every place a button at least 24 px high and wide', async () => {
    const el = await builtIn(360);
    el.view = 'list';
    await el.updateComplete;
    const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('table button')];
    expect(buttons.length).to.be.above(10);
    for (const b of buttons) {
      const r = b.getBoundingClientRect();
      expect(r.height >= 24 && r.width >= 24, b.textContent!.trim()).to.equal(true);
    }
    expect(document.documentElement.scrollWidth, 'no sideways scroll').to.be.at.most(window.innerWidth);
  });
});

describe('the frame', () => {
  for (const width of [360, 1280]) {
    it(`draws nothing of the mainland outside its frame, and none of the shown regions is cropped, at ${width} px`, async () => {
      const el = await builtIn(width);
      const svg = root(el).querySelector('svg')!;
      const clip = root(el).getElementById('regin-map-main')!.querySelector('rect')!;
      const frame = [
        clip.x.baseVal.value,
        clip.y.baseVal.value,
        clip.x.baseVal.value + clip.width.baseVal.value,
        clip.y.baseVal.value + clip.height.baseVal.value,
      ];
      expect(svg.querySelector('g[clip-path="url(#regin-map-main)"] .main'), 'the mainland is clipped to its frame').to.exist;
      for (const path of svg.querySelectorAll<SVGPathElement>('.main path[part~=region]')) {
        const b = path.getBBox();
        const key = path.dataset['key'];
        expect(
          b.x >= frame[0]! - 0.5 &&
            b.y >= frame[1]! - 0.5 &&
            b.x + b.width <= frame[2]! + 0.5 &&
            b.y + b.height <= frame[3]! + 0.5,
          `${key} inside the frame`,
        ).to.equal(true);
      }
      // the insets never overlap the mainland's frame
      for (const inset of svg.querySelectorAll<SVGRectElement>('.inset-frame')) {
        const [x0, y0, x1, y1] = [
          inset.x.baseVal.value,
          inset.y.baseVal.value,
          inset.x.baseVal.value + inset.width.baseVal.value,
          inset.y.baseVal.value + inset.height.baseVal.value,
        ];
        expect(
          x1 <= frame[0]! || x0 >= frame[2]! || y1 <= frame[1]! || y0 >= frame[3]!,
          'inset apart from the mainland',
        ).to.equal(true);
      }
    });
  }
});

describe('organisation markers', () => {
  for (const width of [360, 1280]) {
    it(`never cover a region's polygon on the built-in feed at ${width} px, and a region with a polygon has no marker`, async () => {
      const el = await builtIn(width);
      const svg = root(el).querySelector('svg')!;
      const polygons = [...svg.querySelectorAll<SVGPathElement>('path[part~=region]')];
      const markers = [...svg.querySelectorAll<SVGGElement>('g.marker')];
      expect(markers.length, 'markers drawn').to.be.above(0);
      const polygonKeys = new Set(polygons.map((p) => p.dataset['key']));
      for (const m of markers)
        expect(polygonKeys.has(m.dataset['key']), `${m.dataset['key']} has a polygon and a marker`).to.equal(false);
      let checked = 0;
      for (const m of markers) {
        const [, tx, ty] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(m.getAttribute('transform')!)!.map(Number) as [
          number,
          number,
          number,
        ];
        const b = m.querySelector('path')!.getBBox();
        // points over the marker's shape box (in the SVG's units), against the browser's own fill of every polygon
        for (let i = 0; i <= 6; i++) {
          for (let j = 0; j <= 6; j++) {
            const p = [tx + b.x + (b.width * i) / 6, ty + b.y + (b.height * j) / 6];
            for (const polygon of polygons) {
              if (polygon.closest('.inset') !== m.closest('.inset')) continue;
              expect(covers(polygon.getAttribute('d')!, p), `${m.dataset['key']} over ${polygon.dataset['key']}`).to.equal(false);
              checked++;
            }
          }
        }
      }
      expect(checked).to.be.above(100);
      // the ones moved off their place show where it is with a leader line
      expect(svg.querySelectorAll('line.leader').length, 'leader lines').to.be.above(0);
    });
  }
});

/** Relative luminance of a CSS colour `rgb(r, g, b)` (WCAG 2). */
function luminance(rgb: string): number {
  const [r, g, b] = rgb
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

describe('the dark palette', () => {
  it('keeps every role fill at 3:1 or more against the land, and the emphasis order: regional partners, technical partners, coordinator, members', async () => {
    const el = await mountMap(html`<regin-partner-map theme="dark" group="carto-dark"></regin-partner-map>`, 1280);
    await waitUntil(() => root(el).querySelector('svg path[part~=region]'), 'the map is drawn', { timeout: 15000 });
    const land = getComputedStyle(root(el).querySelector('.main path.land')!).fill;
    const fill = (role: string) => getComputedStyle(root(el).querySelector(`[part=legend] .role-${role}`)!).fill;
    const roles = ['regional-partner', 'technical-partner', 'coordinator', 'cpmr-member'];
    const ratios = roles.map((r) => contrast(fill(r), land));
    roles.forEach((r, i) => expect(ratios[i], `${r} against the land`).to.be.at.least(3));
    for (let i = 1; i < ratios.length; i++)
      expect(ratios[i - 1], `${roles[i - 1]} stands out more than ${roles[i]}`).to.be.above(ratios[i]!);
  });
});

describe('following the group', () => {
  it('pans a zoomed map to a region another widget selects, and highlights it', async () => {
    const el = await builtIn(960);
    const nav = root(el);
    // zoom in around Skåne, in the north
    const skane = nav.querySelector<SVGElement>('[data-key="SE224"]')!;
    skane.focus();
    for (let i = 0; i < 3; i++) zoomIn(el).click();
    await el.updateComplete;
    const murcia = () => nav.querySelector<SVGPathElement>('path[data-key="ES62"]')!;
    const svg = nav.querySelector('svg')!;
    const visible = () => {
      const r = murcia().getBoundingClientRect();
      const s = svg.getBoundingClientRect();
      return r.right > s.left && r.left < s.right && r.bottom > s.top && r.top < s.bottom;
    };
    expect(visible(), 'Murcia is out of view when zoomed on Skåne').to.equal(false);
    selectIn(el.group!, 'ES62');
    await el.updateComplete;
    expect(visible(), 'the map pans to Murcia').to.equal(true);
    expect(nav.querySelector('path.outline.selected')?.getAttribute('d')).to.equal(murcia().getAttribute('d'));
  });
});
