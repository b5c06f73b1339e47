import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { nudgesAlong, overlaps, placeLabels, type LabelBox } from '../../src/chart/label-layout.js';

const rect = (l: { x: number; y: number }, b: LabelBox) =>
  [l.x - b.width / 2, l.y - b.height / 2, l.x + b.width / 2, l.y + b.height / 2] as const;

describe('placeLabels()', () => {
  it('keeps labels that do not collide where they want to be', () => {
    const { labels, dropped } = placeLabels([
      { id: 'a', x: 10, y: 10, width: 10, height: 10, priority: 1 },
      { id: 'b', x: 30, y: 10, width: 10, height: 10, priority: 1 },
    ]);
    expect(labels).to.deep.equal([
      { id: 'a', x: 10, y: 10, visible: true },
      { id: 'b', x: 30, y: 10, visible: true },
    ]);
    expect(dropped).to.deep.equal([]);
  });

  it('drops the lower-priority label of two that collide, whatever their order', () => {
    const value = { id: 'value', x: 50, y: 20, width: 14, height: 12, priority: 2 };
    const grid = { id: 'grid', x: 52, y: 22, width: 14, height: 12, priority: 0 };
    expect(placeLabels([grid, value]).dropped).to.deep.equal(['grid']);
    expect(placeLabels([value, grid]).dropped).to.deep.equal(['grid']);
  });

  it('nudges a label to its first free candidate spot instead of dropping it', () => {
    const { labels, dropped } = placeLabels([
      { id: 'value', x: 50, y: 20, width: 14, height: 12, priority: 2 },
      {
        id: 'tag',
        x: 50,
        y: 20,
        width: 30,
        height: 12,
        priority: 1,
        nudges: [
          [0, -14],
          [0, 14],
        ],
      },
    ]);
    expect(dropped).to.deep.equal([]);
    expect(labels[1]).to.deep.equal({ id: 'tag', x: 50, y: 6, visible: true });
  });

  it('keeps at least the gap between shown labels (2 by default)', () => {
    const a = { id: 'a', x: 0, y: 0, width: 10, height: 10, priority: 1 };
    expect(placeLabels([a, { ...a, id: 'b', x: 11 }]).dropped).to.deep.equal(['b']); // 1 apart
    expect(placeLabels([a, { ...a, id: 'b', x: 12 }]).dropped).to.deep.equal([]); // 2 apart
    expect(placeLabels([a, { ...a, id: 'b', x: 12 }], { gap: 4 }).dropped).to.deep.equal(['b']);
  });

  it('never moves a label outside the bounds', () => {
    const { labels } = placeLabels(
      [
        { id: 'a', x: 10, y: 10, width: 10, height: 10, priority: 1 },
        {
          id: 'b',
          x: 10,
          y: 10,
          width: 10,
          height: 10,
          priority: 0,
          nudges: [
            [0, -20],
            [0, 20],
          ],
        },
      ],
      { bounds: [0, 0, 100, 100] },
    );
    expect(labels[1]).to.deep.equal({ id: 'b', x: 10, y: 30, visible: true });
  });

  it('keeps fixed labels as obstacles that are never dropped', () => {
    const { labels, dropped } = placeLabels([
      { id: 'value', x: 0, y: 0, width: 10, height: 10, priority: 5 },
      { id: 'axis', x: 0, y: 0, width: 40, height: 12, priority: 0, fixed: true },
    ]);
    expect(labels[1]!.visible).to.equal(true);
    expect(dropped).to.deep.equal(['value']);
  });

  it('drops a label whose box is not a finite size, never throwing', () => {
    const { dropped } = placeLabels([{ id: 'x', x: NaN, y: 0, width: 10, height: 10, priority: 1 }]);
    expect(dropped).to.deep.equal(['x']);
  });

  describe('properties (random label sets)', () => {
    const box = fc.record({
      x: fc.integer({ min: 0, max: 300 }),
      y: fc.integer({ min: 0, max: 300 }),
      width: fc.integer({ min: 1, max: 80 }),
      height: fc.integer({ min: 1, max: 20 }),
      priority: fc.integer({ min: 0, max: 3 }),
      nudge: fc.boolean(),
    });
    const labelSets = fc.array(box, { maxLength: 40 }).map((list) =>
      list.map(({ nudge, ...b }, i): LabelBox => ({
        ...b,
        id: `l${i}`,
        nudges: nudge
          ? nudgesAlong(
              [
                [0, -1],
                [0, 1],
                [1, 0],
                [-1, 0],
              ],
              8,
              3,
            )
          : undefined,
      })),
    );

    it('no two shown labels come closer than the gap', () => {
      fc.assert(
        fc.property(labelSets, fc.integer({ min: 0, max: 6 }), (labels, gap) => {
          const out = placeLabels(labels, { gap });
          const shown = out.labels.map((l, i) => ({ l, b: labels[i]! })).filter(({ l }) => l.visible);
          for (let i = 0; i < shown.length; i++)
            for (let j = i + 1; j < shown.length; j++) {
              const a = rect(shown[i]!.l, shown[i]!.b);
              const c = rect(shown[j]!.l, shown[j]!.b);
              if (overlaps(a, c, gap)) return false;
            }
          return true;
        }),
      );
    });

    it('reports every dropped label, and only those', () => {
      fc.assert(
        fc.property(labelSets, (labels) => {
          const out = placeLabels(labels);
          expect(out.labels.map((l) => l.id)).to.deep.equal(labels.map((l) => l.id));
          expect(out.dropped).to.deep.equal(out.labels.filter((l) => !l.visible).map((l) => l.id));
        }),
      );
    });

    it('a shown label sits at its wanted spot or at one of its nudges', () => {
      fc.assert(
        fc.property(labelSets, (labels) => {
          const out = placeLabels(labels);
          return out.labels.every((l, i) => {
            if (!l.visible) return true;
            const b = labels[i]!;
            return [[0, 0], ...(b.nudges ?? [])].some(([dx, dy]) => l.x === b.x + dx! && l.y === b.y + dy!);
          });
        }),
      );
    });

    it('the highest-priority label is always shown', () => {
      fc.assert(
        fc.property(
          labelSets.filter((l) => l.length > 0),
          (labels) => {
            const top = Math.max(...labels.map((l) => l.priority));
            const first = labels.findIndex((l) => l.priority === top);
            return placeLabels(labels).labels[first]!.visible;
          },
        ),
      );
    });
  });
});

describe('nudgesAlong()', () => {
  it('lists moves nearest first, along each direction in turn', () => {
    expect(
      nudgesAlong(
        [
          [0, -1],
          [0, 1],
        ],
        5,
        2,
      ),
    ).to.deep.equal([
      [0, -5],
      [0, 5],
      [0, -10],
      [0, 10],
    ]);
  });
});
