import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { LonLat } from '../../src/feed/types.js';
import { INSET_AREAS, type Box } from '../../src/map/insets.js';
import {
  azimuthalEqualArea,
  boxOutline,
  EUROPE_CENTRE,
  EUROPE_EXTENT,
  extend,
  fitExtent,
  insetInner,
  place,
  frameFit,
  windowOf,
  type Bounds,
} from '../../src/map/projection.js';
import { d3Projection } from './d3-projection.js';
import { inside } from './helpers.js';

describe('azimuthalEqualArea()', () => {
  it('projects points as d3-geo does, to a millionth of a kilometre (property)', () => {
    const lonlat = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -89, max: 89, noNaN: true }));
    const centres: LonLat[] = [
      EUROPE_CENTRE,
      ...INSET_AREAS.map(({ bounds: [[x0, y0], [x1, y1]] }) => [(x0 + x1) / 2, (y0 + y1) / 2] as LonLat),
    ];
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...centres), lonlat), lonlat, (centre, point) => {
        // anywhere within 150° of the centre (near the antipode the projection has no stable image)
        const r = Math.PI / 180;
        const cos =
          Math.sin(centre[1] * r) * Math.sin(point[1] * r) +
          Math.cos(centre[1] * r) * Math.cos(point[1] * r) * Math.cos((point[0] - centre[0]) * r);
        fc.pre(cos > Math.cos(150 * r));
        const [x, y] = azimuthalEqualArea(centre, 6371.0088)(point);
        const [dx, dy] = d3Projection(centre, 6371.0088)(point as [number, number])!;
        return Math.abs(x - dx) < 1e-6 && Math.abs(y - dy) < 1e-6;
      }),
      { numRuns: 2000 },
    );
  });

  it('is equal-area: a degree square keeps its area anywhere in Europe', () => {
    const project = azimuthalEqualArea(EUROPE_CENTRE, 6371.0088);
    const area = ([x, y]: LonLat) => {
      const ring = (
        [
          [x, y],
          [x, y + 0.01],
          [x + 0.01, y + 0.01],
          [x + 0.01, y],
        ] as LonLat[]
      ).map(project);
      return Math.abs(ring.reduce((s, [ax, ay], i) => s + ax * ring[(i + 1) % 4]![1] - ring[(i + 1) % 4]![0] * ay, 0) / 2);
    };
    // on a sphere a 0.01° cell has area R²·Δλ·(sin φ1 − sin φ0)
    const expected = ([, y]: LonLat) =>
      6371.0088 ** 2 * 0.01 * (Math.PI / 180) * (Math.sin(((y + 0.01) * Math.PI) / 180) - Math.sin((y * Math.PI) / 180));
    for (const p of [
      [10, 52],
      [-9, 38.7],
      [30, 65],
      [25, 35],
    ] as LonLat[])
      expect(area(p) / expected(p), String(p)).to.be.closeTo(1, 1e-4);
  });
});

describe('fitExtent()', () => {
  it('places points where d3-geo fitted to the same outline does, to a thousandth of a pixel', () => {
    const boxes: Box[] = [
      [
        [176, 8],
        [792, 592],
      ],
      [
        [8, 76],
        [392, 592],
      ],
      [
        [12, 12],
        [124, 108],
      ],
    ];
    const extents = [EUROPE_EXTENT, ...INSET_AREAS.map((a) => a.bounds)];
    for (const box of boxes) {
      for (const extent of extents) {
        const [[x0, y0], [x1, y1]] = extent;
        const centre: LonLat = extent === EUROPE_EXTENT ? EUROPE_CENTRE : [(x0 + x1) / 2, (y0 + y1) / 2];
        const d3 = d3Projection(centre, 1).fitExtent(box as [[number, number], [number, number]], {
          type: 'MultiPoint',
          coordinates: boxOutline(extent) as [number, number][],
        });
        const project = azimuthalEqualArea(centre, 6371.0088);
        const fit = fitExtent(box, extend(undefined, boxOutline(extent).map(project))!);
        for (const p of [extent[0], extent[1], centre, [x0 + (x1 - x0) / 3, y1 - (y1 - y0) / 5]] as LonLat[]) {
          const [x, y] = place(fit, project(p));
          const [dx, dy] = d3(p as [number, number])!;
          expect(Math.abs(x - dx) + Math.abs(y - dy), `${p} in ${box}`).to.be.below(1e-3);
        }
      }
    }
  });

  it('fits Europe into the mainland box, touching two of its sides', () => {
    const box: Box = [
      [100, 10],
      [900, 590],
    ];
    const project = azimuthalEqualArea(EUROPE_CENTRE, 6371.0088);
    const fit = fitExtent(box, extend(undefined, boxOutline(EUROPE_EXTENT).map(project))!);
    const [[x0, y0], [x1, y1]] = EUROPE_EXTENT;
    for (const corner of [[x0, y0], [x1, y0], [x0, y1], [x1, y1], EUROPE_CENTRE] as LonLat[]) {
      expect(inside(place(fit, project(corner)), box), String(corner)).to.equal(true);
    }
    const [cx, cy] = place(fit, project(EUROPE_CENTRE));
    expect(cx).to.be.closeTo(500, 60);
    expect(cy).to.be.within(10, 590);
    const outline = extend(
      undefined,
      boxOutline(EUROPE_EXTENT).map((p) => place(fit, project(p))),
    )!;
    const touching = [outline[0][0] - 100, 900 - outline[1][0], outline[0][1] - 10, 590 - outline[1][1]].filter(
      (gap) => Math.abs(gap) < 1e-6,
    );
    expect(touching.length).to.be.at.least(2);
  });

  it('keeps an inset area inside its frame and clear of the label strip', () => {
    const box: Box = [
      [8, 8],
      [128, 128],
    ];
    const area = INSET_AREAS.find((a) => a.id === 'PT20')!;
    const project = azimuthalEqualArea([-28.15, 38.3], 6371.0088);
    const fit = fitExtent(insetInner(box, 16), extend(undefined, boxOutline(area.bounds).map(project))!);
    for (const lonlat of [area.bounds[0], area.bounds[1], [-25.67, 37.74]] as LonLat[]) {
      expect(
        inside(
          place(fit, project(lonlat)),
          [
            [8, 8],
            [128, 112],
          ],
          1,
        ),
        String(lonlat),
      ).to.equal(true);
    }
  });
});

describe('frameFit()', () => {
  const box = (x0: number, y0: number, x1: number, y1: number): Bounds => [
    [x0, y0],
    [x1, y1],
  ];
  /** Bounds from `lo` to `hi` + `size` (inside the extent below). */
  const arbBounds = (lo: number, hi: number, size: number) =>
    fc
      .tuple(
        fc.double({ min: lo, max: hi, noNaN: true }),
        fc.double({ min: lo, max: hi, noNaN: true }),
        fc.double({ min: 1, max: size, noNaN: true }),
        fc.double({ min: 1, max: size, noNaN: true }),
      )
      .map(([x, y, w, h]) => box(x, y, x + w, y + h));

  it('shows all that is required, fills the box with context when it can, and stays in the extent (property)', () => {
    const extent = box(-3300, -2520, 3300, 2440);
    const context = box(-1800, -2200, 1500, 1700);
    fc.assert(
      fc.property(
        arbBounds(-1500, 1000, 1400),
        fc.integer({ min: 200, max: 1400 }),
        fc.integer({ min: 200, max: 1000 }),
        (required, w, h) => {
          const frame = box(8, 8, 8 + w, 8 + h);
          const fit = frameFit(frame, required, context, extent);
          const [[wx0, wy0], [wx1, wy1]] = windowOf(fit, frame);
          const eps = 1e-6 * (wx1 - wx0);
          // what is required is inside the window
          expect(
            required[0][0] >= wx0 - eps &&
              required[1][0] <= wx1 + eps &&
              required[0][1] >= wy0 - eps &&
              required[1][1] <= wy1 + eps,
          ).to.equal(true);
          // the window stays in the extent, where the files have land (required being inside the extent here)
          // (when the window fits there: a very wide or tall box may need more than the extent to show all that is required)
          if (wx1 - wx0 <= extent[1][0] - extent[0][0] + eps && wy1 - wy0 <= extent[1][1] - extent[0][1] + eps) {
            expect(
              wx0 >= extent[0][0] - eps && wx1 <= extent[1][0] + eps && wy0 >= extent[0][1] - eps && wy1 <= extent[1][1] + eps,
            ).to.equal(true);
          }
          // no smaller than the context allows: when the context can cover the box, it does in one direction at least
          const covers = Math.max(w / 3300, h / 3900);
          if (fit.k < covers - 1e-9)
            expect(Math.min(w / (required[1][0] - required[0][0]), h / (required[1][1] - required[0][1]))).to.be.closeTo(
              fit.k,
              1e-9,
            );
        },
      ),
      { numRuns: 300 },
    );
  });
});
