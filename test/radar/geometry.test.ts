import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  DEFAULT_LAYOUT,
  layoutForWidth,
  axisAngle,
  firstLineDy,
  radarFrame,
  ringAt,
  seriesShape,
  wrapLabel,
} from '../../src/radar/geometry.js';

/** Every number in an SVG path or points string. */
const numbersIn = (s: string) => (s.match(/-?[\d.]+(?:e[-+]?\d+)?|NaN|Infinity/g) ?? []).map(Number);
const allFinite = (s: string) => numbersIn(s).every(Number.isFinite) && !/NaN|Infinity|undefined/.test(s);

describe('radar geometry', () => {
  const { cx, cy, radius } = DEFAULT_LAYOUT;

  it('axisAngle() starts at 12 o’clock and goes clockwise', () => {
    expect(axisAngle(0, 8)).to.be.closeTo(-Math.PI / 2, 1e-12);
    expect(axisAngle(2, 8)).to.be.closeTo(0, 1e-12); // 3 o'clock
    expect(axisAngle(4, 8)).to.be.closeTo(Math.PI / 2, 1e-12); // 6 o'clock
  });

  it('radarFrame() has one spoke and one label per axis, in canonical order', () => {
    const frame = radarFrame(8);
    expect(frame.spokes).to.have.length(8);
    expect(frame.labels).to.have.length(8);
    expect(frame.spokes[0]).to.deep.equal({ x1: cx, y1: cy, x2: cx, y2: cy - radius });
    expect(frame.spokes[2]!.x2).to.equal(cx + radius);
    expect(frame.labels[0]!.anchor).to.equal('middle');
    expect(frame.labels[0]!.vertical).to.equal('above');
    expect(frame.labels[2]!.anchor).to.equal('start');
    expect(frame.labels[4]!.vertical).to.equal('below');
    expect(frame.labels[6]!.anchor).to.equal('end');
  });

  it('radarFrame() draws rings and spokes as one path: a closed ring per tick, a line per axis', () => {
    const frame = radarFrame(8);
    expect(frame.grid.match(/Z/g)).to.have.length(frame.rings.length);
    expect(frame.grid.match(/M/g)).to.have.length(frame.rings.length + 8);
  });

  it('radarFrame() draws gridline rings at nice steps above the bottom of the scale', () => {
    expect(radarFrame(8).rings.map((r) => r.value)).to.deep.equal([20, 40, 60, 80, 100]);
    expect(radarFrame(5, { ...DEFAULT_LAYOUT, scale: [0, 10] }).rings.map((r) => r.value)).to.deep.equal([2, 4, 6, 8, 10]);
  });

  it('radarFrame() falls back to the default scale for an unusable one', () => {
    const frame = radarFrame(6, { ...DEFAULT_LAYOUT, scale: [NaN, 5] as unknown as [number, number] });
    expect(frame.layout.scale).to.deep.equal([0, 100]);
    expect(radarFrame(6, { ...DEFAULT_LAYOUT, scale: [50, 50] }).layout.scale).to.deep.equal([0, 100]);
  });

  it('seriesShape() of a complete profile is a closed polygon through every axis', () => {
    const shape = seriesShape([100, 50, 0, 50], 4);
    expect(shape.complete).to.equal(true);
    expect(shape.path.startsWith('M')).to.equal(true);
    expect(shape.path.endsWith('Z')).to.equal(true);
    expect(shape.path.match(/[ML]/g)).to.have.length(4);
    expect(shape.points[0]).to.include({ x: cx, y: cy - radius, value: 100 });
    expect(shape.points[2]).to.include({ x: cx, y: cy, value: 0 });
  });

  it('seriesShape() clamps values to the scale', () => {
    const shape = seriesShape([250, -40, 50], 3);
    expect(shape.points.map((p) => p.value)).to.deep.equal([100, 0, 50]);
    expect(shape.points[0]!.y).to.equal(cy - radius);
  });

  it('seriesShape() breaks the outline at a missing value instead of drawing zero', () => {
    const shape = seriesShape([60, 70, undefined, 80, 90], 5);
    expect(shape.complete).to.equal(false);
    expect(shape.path).not.to.include('Z');
    // one open run 80 → 90 → 60 → 70 wrapping past axis 0: one M and three L
    expect(shape.path.match(/M/g)).to.have.length(1);
    expect(shape.path.match(/L/g)).to.have.length(3);
    const gap = shape.points[2]!;
    expect(gap.value).to.equal(undefined);
    // the gap is marked on the outer ring, never at the centre
    const dist = Math.hypot(gap.x - cx, gap.y - cy);
    expect(dist).to.be.closeTo(radius, 0.01);
    expect(shape.path).not.to.include(`${cx},${cy}`);
  });

  it('seriesShape() joins only runs of two or more present values', () => {
    const shape = seriesShape([60, undefined, 70, undefined, 80, 81], 6);
    expect(shape.path.match(/M/g)).to.have.length(1);
    expect(seriesShape([undefined, 5, undefined, 6], 4).path).to.equal('');
    expect(seriesShape([NaN, NaN], 2).path).to.equal('');
  });

  it('seriesShape() spreads several series’ gap marks along the outer ring', () => {
    const a = seriesShape([undefined], 1, DEFAULT_LAYOUT, -5).points[0]!;
    const b = seriesShape([undefined], 1, DEFAULT_LAYOUT, 5).points[0]!;
    expect(a.y).to.equal(b.y);
    expect(b.x - a.x).to.equal(10);
  });

  it('every coordinate is finite and every complete path closed, for any input (property)', () => {
    const anyValue = fc.oneof(fc.double(), fc.constant(undefined), fc.constant(null), fc.string(), fc.integer());
    fc.assert(
      fc.property(fc.array(anyValue, { maxLength: 12 }), fc.integer({ min: 0, max: 12 }), fc.double(), (values, n, offset) => {
        const shape = seriesShape(values, n, DEFAULT_LAYOUT, offset);
        expect(allFinite(shape.path)).to.equal(true, shape.path);
        for (const p of shape.points) {
          for (const v of [p.x, p.y, p.labelAt.x, p.labelAt.y]) expect(Number.isFinite(v)).to.equal(true);
        }
        expect(shape.points).to.have.length(n);
        const present = values.slice(0, n).filter((v) => typeof v === 'number' && Number.isFinite(v)).length;
        expect(shape.complete).to.equal(n > 0 && present === n && values.length >= n);
        if (shape.complete && n > 2) expect(shape.path.endsWith('Z')).to.equal(true);
        if (!shape.complete) expect(shape.path).not.to.include('Z');
      }),
      { numRuns: 400 },
    );
  });

  it('frames and rings are finite for any layout numbers and scales (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -3, max: 40 }),
        fc.record({ cx: fc.double(), cy: fc.double(), radius: fc.double(), labelOffset: fc.double() }),
        fc.tuple(fc.double(), fc.double()),
        fc.double(),
        (n, box, scale, value) => {
          const layout = { ...DEFAULT_LAYOUT, ...box, scale };
          const frame = radarFrame(n, layout);
          const numbers = [...frame.spokes.flatMap((s) => [s.x1, s.y1, s.x2, s.y2]), ...frame.labels.flatMap((l) => [l.x, l.y])];
          expect(numbers.every(Number.isFinite)).to.equal(true);
          expect(allFinite(frame.grid)).to.equal(true, frame.grid);
          for (const r of [...frame.rings, ringAt(value, n, layout)]) {
            expect(allFinite(r.points)).to.equal(true, r.points);
            expect(Number.isFinite(r.value) && Number.isFinite(r.label.x) && Number.isFinite(r.label.y)).to.equal(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('ringAt() puts a reference value on every spoke', () => {
    const ring = ringAt(60, 4);
    expect(ring.value).to.equal(60);
    expect(ring.points.split(' ')).to.have.length(4);
    expect(ring.points.split(' ')[0]).to.equal(`${cx},${cy - radius * 0.6}`);
  });

  it('wrapLabel() wraps long axis labels into at most three lines', () => {
    expect(wrapLabel('Labour')).to.deep.equal(['Labour']);
    expect(wrapLabel('Social security and assistance', 16)).to.deep.equal(['Social security', 'and assistance']);
    expect(wrapLabel('a b c d e f g h', 1, 3)).to.deep.equal(['a', 'b', 'c…']);
  });

  it('firstLineDy() stacks labels above, below or centred on their anchor', () => {
    expect(firstLineDy('below', 2)).to.equal(0.8);
    expect(firstLineDy('above', 1)).to.equal(-0);
    expect(firstLineDy('above', 2)).to.equal(-1.15);
    expect(firstLineDy('middle', 1)).to.equal(0.35);
  });
});

describe('layoutForWidth()', () => {
  it('draws at the default layout from 560 px up and before the chart is measured', () => {
    for (const w of [0, Number.NaN, 560, 900]) expect(layoutForWidth(w)).to.deep.equal({ ...DEFAULT_LAYOUT, scale: [0, 100] });
  });

  it('draws a narrower chart for its pixels: the labels keep their room, the rings get smaller', () => {
    const l = layoutForWidth(344);
    expect(l.width).to.equal(344);
    expect(l.cx).to.equal(172);
    expect(l.radius).to.be.within(40, 150);
    // room for a wrapped label on both sides of the rings, inside the drawing
    expect(l.cx - l.radius - l.labelOffset).to.be.at.least(80);
    expect(l.labelChars).to.be.lessThan(DEFAULT_LAYOUT.labelChars);
    expect(radarFrame(8, l).labels.every((p) => p.x >= 0 && p.x <= l.width && p.y >= 0 && p.y <= l.height)).to.equal(true);
  });

  it('never draws rings smaller than 40 px across the radius (a very narrow chart scales down instead)', () => {
    const l = layoutForWidth(150);
    expect(l.radius).to.equal(40);
    expect(l.width).to.be.greaterThan(150);
  });
});
