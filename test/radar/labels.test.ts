import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { overlaps } from '../../src/chart/label-layout.js';
import { estimateWidth, textWidth } from '../../src/chart/measure-text.js';
import { layoutForWidth, radarFrame, ringAt, seriesShape } from '../../src/radar/geometry.js';
import { radarLabels, type Measure } from '../../src/radar/labels.js';

const NAMES = [
  'Labour market',
  'Education',
  'Health',
  'Housing',
  'Language',
  'Culture',
  'Religion',
  'Social security and assistance',
];
const FR = [
  'Marché du travail',
  'Éducation',
  'Santé',
  'Logement',
  'Langue',
  'Culture',
  'Religion',
  'Sécurité sociale et assistance sociale',
];
const real: Measure = (t, size, weight) => textWidth(t, size, 'system-ui, sans-serif', weight);
const estimate: Measure = (t, size) => estimateWidth(t, size);

/** The labels of a radar `width` px wide with these regions' values and national scores. */
function labelsFor(
  width: number,
  series: readonly (readonly number[])[],
  national: readonly number[],
  names = NAMES,
  measure = real,
) {
  const layout = layoutForWidth(width);
  const frame = radarFrame(names.length, layout);
  const shapes = series.map((vals) => seriesShape(vals, names.length, layout));
  const values = shapes.flatMap((shape, s) =>
    shape.points.flatMap((p) =>
      p.value === undefined ? [] : [{ series: s, axis: p.axis, text: String(p.value), at: p.labelAt, point: p }],
    ),
  );
  const markers = shapes.flatMap((shape) => shape.points);
  const tags = national.map((v, i) => ({
    text: `${['ES', 'PT', 'IT', 'SE'][i]} ${v}`,
    at: ringAt(v, names.length, layout).label,
  }));
  const out = radarLabels({
    frame,
    axisNames: names,
    ringTexts: frame.rings.map((r) => String(r.value)),
    tags,
    values,
    markers,
    measure,
  });
  // The markers (5 px "radius") as boxes, to check that no label covers one.
  const boxes = new Map(out.boxes);
  markers.forEach((m, i) => boxes.set(`marker:${i}`, [m.x - 5, m.y - 5, m.x + 5, m.y + 5]));
  return { frame, values, tags, out, boxes };
}

/** Pairs of shown boxes closer than 2 px (axis names among themselves are not placed, only kept). */
function crowded(boxes: ReadonlyMap<string, readonly [number, number, number, number]>): string[] {
  const list = [...boxes];
  const out: string[] = [];
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const [a, ra] = list[i]!;
      const [b, rb] = list[j]!;
      if (/^(axis|marker):/.test(a) && /^(axis|marker):/.test(b)) continue;
      if (overlaps(ra, rb, 2 - 1e-6)) out.push(`${a} × ${b}`);
    }
  return out;
}

describe('radarLabels()', () => {
  it('separates the issue’s collisions: value 54, tag “ES 60” and ring number 60 on one spoke', () => {
    const { out, boxes } = labelsFor(560, [[54, 80, 70, 60, 50, 40, 30, 20]], [60]);
    expect(crowded(boxes)).to.deep.equal([]);
    // The values are kept (the ring numbers give way first).
    expect(out.values.every(Boolean), out.dropped.join()).to.equal(true);
    expect(out.tags[0]).to.exist;
  });

  it('drops ring numbers before values, and reports every label it leaves out', () => {
    const { out } = labelsFor(320, [[100, 100, 100, 100, 100, 100, 100, 100]], [60, 81]);
    expect(out.values.every(Boolean)).to.equal(true);
    const missing = [
      ...out.ticks.flatMap((t, i) => (t ? [] : [`tick:${i}`])),
      ...out.tags.flatMap((t, i) => (t ? [] : [`tag:${i}`])),
      ...out.values.flatMap((t, i) => (t ? [] : [`value:${i}`])),
    ];
    // Rings skipped for spacing are not "dropped": only those placement left out.
    expect(out.dropped.every((id) => missing.includes(id))).to.equal(true);
  });

  it('never lets two shown labels come closer than 2 px, nor a label cover a marker, at any width from 320 px, in English and French', () => {
    const score = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(
        fc.integer({ min: 320, max: 700 }),
        fc.array(fc.array(score, { minLength: 8, maxLength: 8 }), { minLength: 1, maxLength: 2 }),
        fc.array(score, { maxLength: 3 }),
        fc.boolean(),
        fc.boolean(),
        (width, series, national, fr, measured) => {
          const { out, values, tags, boxes } = labelsFor(width, series, national, fr ? FR : NAMES, measured ? real : estimate);
          const problems = crowded(boxes);
          // Every label asked for is shown or reported.
          const reported = new Set(out.dropped);
          const unreported = [
            ...values.flatMap((_, i) => (out.values[i] || reported.has(`value:${i}`) ? [] : [`value:${i}`])),
            ...tags.flatMap((_, i) => (out.tags[i] || reported.has(`tag:${i}`) ? [] : [`tag:${i}`])),
          ];
          return problems.length === 0 && unreported.length === 0;
        },
      ),
      { numRuns: 150 },
    );
  });

  it('abbreviates an axis name only with its full name kept', () => {
    const long = [...NAMES.slice(0, 7), 'Social security, social assistance and the many benefits of the welfare state'];
    const { out } = labelsFor(320, [[50, 50, 50, 50, 50, 50, 50, 50]], [], long);
    const last = out.axes[7]!;
    expect(last.lines.at(-1)).to.match(/…$/);
    expect(last.full).to.equal(long[7]);
    expect(out.axes[0]!.full).to.equal(undefined);
  });
});
