/**
 * The map as a cartographer draws it: the frame and its cut, marker placement on the built-in feed at
 * phone and desktop widths, the dark palette, the geometry files a feed needs, and the view following
 * a selection made in another widget.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { selectIn } from '../../src/core/selection.js';
import { GEOMETRY_FILES, geometryFiles } from '../../src/map/files.js';
import { pathOf } from '../../src/map/path.js';
import { MAINLAND, projector } from '../../src/map/planar.js';
import { frameFit, place, windowOf, type Bounds } from '../../src/map/projection.js';
import { touchesPolygons } from '../../src/map/placement.js';
import '../../src/partner-map.js';
import type { ReginPartnerMap } from '../../src/partner-map.js';
import { builtGeometry, covers, mountMap, unmountAll } from './helpers.js';

const root = (el: ReginPartnerMap) => el.shadowRoot!;

afterEach(() => unmountAll());

/** The built-in feed's map in a box `width` px wide, drawn. */
async function builtIn(width: number): Promise<ReginPartnerMap> {
  const el = await mountMap(html`<regin-partner-map group=${`carto-${width}-${Math.random()}`}></regin-partner-map>`, width);
  await waitUntil(() => root(el).querySelector('svg path.region'), 'the map is drawn', { timeout: 15000 });
  await el.updateComplete;
  return el;
}

describe('the frame', () => {
  const box = (x0: number, y0: number, x1: number, y1: number): Bounds => [
    [x0, y0],
    [x1, y1],
  ];
  /** Bounds from `lo` to `hi` + `size` (inside the extent below). */
  const arbBounds = (lo: number, hi: number, size: number) =>
    fc.tuple(fc.double({ min: lo, max: hi, noNaN: true }), fc.double({ min: lo, max: hi, noNaN: true }), fc.double({ min: 1, max: size, noNaN: true }), fc.double({ min: 1, max: size, noNaN: true }))
      .map(([x, y, w, h]) => box(x, y, x + w, y + h));

  it('frameFit() shows all that is required, fills the box with context when it can, and stays in the extent (property)', () => {
    const extent = box(-3300, -2520, 3300, 2440);
    const context = box(-1800, -2200, 1500, 1700);
    fc.assert(
      fc.property(arbBounds(-1500, 1000, 1400), fc.integer({ min: 200, max: 1400 }), fc.integer({ min: 200, max: 1000 }), (required, w, h) => {
        const frame = box(8, 8, 8 + w, 8 + h);
        const fit = frameFit(frame, required, context, extent);
        const [[wx0, wy0], [wx1, wy1]] = windowOf(fit, frame);
        const eps = 1e-6 * (wx1 - wx0);
        // what is required is inside the window
        expect(required[0][0] >= wx0 - eps && required[1][0] <= wx1 + eps && required[0][1] >= wy0 - eps && required[1][1] <= wy1 + eps).to.equal(true);
        // the window stays in the extent, where the files have land (required being inside the extent here)
        // (when the window fits there: a very wide or tall box may need more than the extent to show all that is required)
        if (wx1 - wx0 <= extent[1][0] - extent[0][0] + eps && wy1 - wy0 <= extent[1][1] - extent[0][1] + eps) {
          expect(wx0 >= extent[0][0] - eps && wx1 <= extent[1][0] + eps && wy0 >= extent[0][1] - eps && wy1 <= extent[1][1] + eps).to.equal(true);
        }
        // no smaller than the context allows: when the context can cover the box, it does in one direction at least
        const covers = Math.max(w / 3300, h / 3900);
        if (fit.k < covers - 1e-9) expect(Math.min(w / (required[1][0] - required[0][0]), h / (required[1][1] - required[0][1]))).to.be.closeTo(fit.k, 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('the land is cut along the frame in projected space: nothing outside the extent, no long straight edge through land away from it', async () => {
    const { topologies } = await builtGeometry();
    const base = topologies['base']! as Topology & { projection: { extent: Bounds } };
    const [[ex0, ey0], [ex1, ey1]] = base.projection.extent;
    const { scale, translate } = base.transform!;
    // how many times each arc is used by the base file's land and regions: once means a coast or a cut
    const uses = new Map<number, number>();
    const count = (a: unknown): void => {
      if (Array.isArray(a)) a.forEach(count);
      else if (typeof a === 'number') uses.set(a < 0 ? ~a : a, (uses.get(a < 0 ? ~a : a) ?? 0) + 1);
    };
    for (const o of Object.values(base.objects)) for (const g of (o as GeometryCollection).geometries) count((g as { arcs: unknown }).arcs);
    const onFrame = (x: number, y: number) => Math.min(Math.abs(x - ex0), Math.abs(x - ex1), Math.abs(y - ey0), Math.abs(y - ey1)) < 1;
    let outer = 0;
    for (const [i, n] of uses) {
      let x = 0;
      let y = 0;
      let last: [number, number] | undefined;
      for (const [dx, dy] of base.arcs[i]!) {
        x += dx!;
        y += dy!;
        const p: [number, number] = [x * scale[0] + translate[0], y * scale[1] + translate[1]];
        expect(p[0] >= ex0 - 1 && p[0] <= ex1 + 1 && p[1] >= ey0 - 1 && p[1] <= ey1 + 1, `arc ${i} inside the extent`).to.equal(true);
        if (last && n === 1) {
          const length = Math.hypot(p[0] - last[0], p[1] - last[1]);
          // a long straight coast is a cut: it must lie along the frame
          if (length > 120) expect(onFrame(...last) && onFrame(...p), `arc ${i}: a ${Math.round(length)} km edge through land away from the frame`).to.equal(true);
          outer++;
        }
        last = p;
      }
    }
    expect(outer, 'coast segments checked').to.be.above(1000);
  });

  it('the land leaves the sea open: seas and oceans inside the frame are not land', async () => {
    const { countries, geometry } = await builtGeometry();
    const project = projector(geometry.projection, MAINLAND);
    const land = pathOf(countries, { k: 0.1, tx: 400, ty: 300 });
    const at = (lonlat: [number, number]) => place({ k: 0.1, tx: 400, ty: 300 }, project(lonlat));
    const seas: Record<string, [number, number]> = {
      'Bay of Biscay': [-5, 45.5],
      Atlantic: [-20, 45],
      'Western Mediterranean': [5, 39],
      'Black Sea': [34, 43.5],
      Baltic: [19, 56.5],
      'Norwegian Sea': [0, 66],
      'Barents Sea': [38, 72.5],
    };
    for (const [name, lonlat] of Object.entries(seas)) expect(covers(land, at(lonlat)), name).to.equal(false);
    const lands: Record<string, [number, number]> = { Madrid: [-3.7, 40.4], Kyiv: [30.5, 50.45], London: [-0.1, 51.5], Moscow: [37.6, 55.75], Algiers: [3.05, 36.7] };
    for (const [name, lonlat] of Object.entries(lands)) expect(covers(land, at(lonlat)), name).to.equal(true);
  });

  for (const width of [360, 1280]) {
    it(`draws nothing of the mainland outside its frame, and none of the shown regions is cropped, at ${width} px`, async () => {
      const el = await builtIn(width);
      const svg = root(el).querySelector('svg')!;
      const clip = root(el).getElementById('regin-map-main')!.querySelector('rect')!;
      const frame = [clip.x.baseVal.value, clip.y.baseVal.value, clip.x.baseVal.value + clip.width.baseVal.value, clip.y.baseVal.value + clip.height.baseVal.value];
      expect(svg.querySelector('g[clip-path="url(#regin-map-main)"] .main'), 'the mainland is clipped to its frame').to.exist;
      for (const path of svg.querySelectorAll<SVGPathElement>('.main path.region')) {
        const b = path.getBBox();
        const key = path.dataset['key'];
        expect(b.x >= frame[0]! - 0.5 && b.y >= frame[1]! - 0.5 && b.x + b.width <= frame[2]! + 0.5 && b.y + b.height <= frame[3]! + 0.5, `${key} inside the frame`).to.equal(true);
      }
      // the insets never overlap the mainland's frame
      for (const inset of svg.querySelectorAll<SVGRectElement>('.inset-frame')) {
        const [x0, y0, x1, y1] = [inset.x.baseVal.value, inset.y.baseVal.value, inset.x.baseVal.value + inset.width.baseVal.value, inset.y.baseVal.value + inset.height.baseVal.value];
        expect(x1 <= frame[0]! || x0 >= frame[2]! || y1 <= frame[1]! || y0 >= frame[3]!, 'inset apart from the mainland').to.equal(true);
      }
    });
  }
});

describe('organisation markers', () => {
  for (const width of [360, 1280]) {
    it(`never cover a region's polygon on the built-in feed at ${width} px, and a region with a polygon has no marker`, async () => {
      const el = await builtIn(width);
      const svg = root(el).querySelector('svg')!;
      const polygons = [...svg.querySelectorAll<SVGPathElement>('path.region')];
      const markers = [...svg.querySelectorAll<SVGGElement>('g.marker')];
      expect(markers.length, 'markers drawn').to.be.above(0);
      const polygonKeys = new Set(polygons.map((p) => p.dataset['key']));
      for (const m of markers) expect(polygonKeys.has(m.dataset['key']), `${m.dataset['key']} has a polygon and a marker`).to.equal(false);
      let checked = 0;
      for (const m of markers) {
        const [, tx, ty] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(m.getAttribute('transform')!)!.map(Number) as [number, number, number];
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

  it('touchesPolygons() finds a circle over a polygon, on its edge or inside it, and not beside it', () => {
    const square = [{ points: [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]] as [number, number][], box: [[0, 0], [10, 10]] as const }];
    expect(touchesPolygons([5, 5], 1, square), 'inside').to.equal(true);
    expect(touchesPolygons([11, 5], 2, square), 'on the edge').to.equal(true);
    expect(touchesPolygons([14, 5], 2, square), 'beside').to.equal(false);
  });
});

/** Relative luminance of a CSS colour `rgb(r, g, b)` (WCAG 2). */
function luminance(rgb: string): number {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((v) => {
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
    await waitUntil(() => root(el).querySelector('svg path.region'), 'the map is drawn', { timeout: 15000 });
    const land = getComputedStyle(root(el).querySelector('.main path.land')!).fill;
    const fill = (role: string) => getComputedStyle(root(el).querySelector(`.legend .role-${role}`)!).fill;
    const roles = ['regional-partner', 'technical-partner', 'coordinator', 'cpmr-member'];
    const ratios = roles.map((r) => contrast(fill(r), land));
    roles.forEach((r, i) => expect(ratios[i], `${r} against the land`).to.be.at.least(3));
    for (let i = 1; i < ratios.length; i++) expect(ratios[i - 1], `${roles[i - 1]} stands out more than ${roles[i]}`).to.be.above(ratios[i]!);
  });
});

describe('geometry files', () => {
  it('the built-in feed and the REGIN member list need the base file and their insets only', async () => {
    const feed = (await (await fetch('/src/assets/regin-feed.json')).json()) as { regions: { nuts?: string }[]; partners: { location?: [number, number] }[] };
    const files = geometryFiles([...feed.regions, ...feed.partners]);
    expect(files.filter((f) => !f.startsWith('inset-'))).to.deep.equal(['base']);
    const members = ['DEF0', 'NO0A2', 'FRH', 'FRG', 'FRI', 'FRJ', 'FRL', 'FRM', 'ES11', 'ES12', 'ES61', 'ES21', 'ES51', 'ES62', 'PT11', 'PT30', 'PT20', 'ITG1', 'ITG2', 'ITI1', 'ITF3', 'ITF4', 'EL43', 'EL63', 'SE224'];
    expect(geometryFiles(members.map((nuts) => ({ nuts })))).to.deep.equal(['base', 'inset-PT20', 'inset-PT30']);
  });

  it('a NUTS 3 region outside the base file loads its country’s file; an outermost region its inset', () => {
    expect(geometryFiles([{ nuts: 'DE300' }, { nuts: 'ES703' }, { nuts: 'SE224' }, { location: [55.5, -21.1] }])).to.deep.equal([
      'base',
      'inset-ES70',
      'inset-FRY4',
      'nuts3-DE',
      'nuts3-ES',
    ]);
    expect(GEOMETRY_FILES.nuts3).to.include.members(['DE', 'ES', 'FR', 'IT', 'SE']);
  });
});

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
    (root(el).querySelector('.zoom button') as HTMLButtonElement).click();
    await el.updateComplete;
    const after = centre();
    expect(Math.hypot(after[0]! - before[0]!, after[1]! - before[1]!), 'Skåne stays in place').to.be.below(2);
    expect(root(el).querySelector('.main')!.getAttribute('transform')).to.contain('scale(2)');
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

describe('following the group', () => {
  it('pans a zoomed map to a region another widget selects, and highlights it', async () => {
    const el = await builtIn(960);
    const nav = root(el);
    // zoom in around Skåne, in the north
    const skane = nav.querySelector<SVGElement>('[data-key="SE224"]')!;
    skane.focus();
    for (let i = 0; i < 3; i++) (nav.querySelector('.zoom button') as HTMLButtonElement).click();
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
