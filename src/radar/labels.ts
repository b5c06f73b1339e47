/**
 * Where the radar's texts go: axis names (always shown, wrapped, abbreviated where room is short),
 * value labels, national reference tags and ring numbers, placed by {@link placeLabels} so that no two
 * come closer than 2 px. Ring numbers are dropped first, then reference tags, then values (a dropped
 * value is still in the point's accessible name and in the table view). DOM-free: the caller gives the
 * text measure (see `measure-text.ts`).
 */
import { nudgesAlong, placeLabels, type LabelBox } from '../chart/label-layout.js';
import { firstLineDy, wrapLabel, type Point, type RadarFrame } from './geometry.js';

/** Text sizes (px of the drawing) of the radar, as in `chartStyles`. */
const AXIS_PX = 13;
const TICK_PX = 12;
const VALUE_PX = 11;
const TAG_PX = 11;
const LINE_EM = 1.15;
/** Height of a line's ink box above and below the baseline, in em. */
const ASCENT = 0.8;
const DESCENT = 0.25;
/** Least distance (px) between two labelled rings: a line of ring numbers. */
const RING_LABEL_SPACING = 16;
/** Half the size of a point marker's box, with its outline. */
const MARKER_R = 6;

export type Measure = (text: string, size: number, weight: number) => number;

export interface AxisText {
  readonly lines: readonly string[];
  /** `dy` of the first line, in em. */
  readonly dy: number;
  /** The full name when the lines abbreviate it (shown as a tooltip; the points' names carry it too). */
  readonly full?: string;
}

export interface PlacedText extends Point {
  readonly text: string;
}

export interface RadarLabelInput {
  readonly frame: RadarFrame;
  readonly axisNames: readonly string[];
  /** Formatted ring values, one per ring of the frame. */
  readonly ringTexts: readonly string[];
  /** National reference tags ("ES 60") with the ring's top as anchor. */
  readonly tags: readonly { readonly text: string; readonly at: Point }[];
  /**
   * Value labels wanted (series index, axis, text, where, and the point labelled): those of the series
   * whose values are shown.
   */
  readonly values: readonly {
    readonly series: number;
    readonly axis: number;
    readonly text: string;
    readonly at: Point;
    readonly point?: Point;
  }[];
  /** Every marker drawn (centre): labels keep clear of them. */
  readonly markers?: readonly Point[];
  readonly measure: Measure;
}

export interface RadarLabels {
  readonly axes: readonly AxisText[];
  /** Ring number per ring of the frame, or `undefined` where it is left out. */
  readonly ticks: readonly (PlacedText | undefined)[];
  /** Per tag, its place, or `undefined` when left out (the notes below the chart still list it). */
  readonly tags: readonly (PlacedText | undefined)[];
  /** Per value asked for, its place, or `undefined` when left out. */
  readonly values: readonly (PlacedText | undefined)[];
  readonly dropped: readonly string[];
  /** The box `[x0, y0, x1, y1]` of every text shown (axis names included), by id: what was kept apart. */
  readonly boxes: ReadonlyMap<string, readonly [number, number, number, number]>;
}

/** Box of a text of `lines` lines at (`x`, `y`) with `anchor` and a first line at `dy` em. */
function textBox(
  id: string,
  x: number,
  y: number,
  width: number,
  size: number,
  lines: number,
  dy: number,
  anchor: 'start' | 'middle' | 'end',
): Omit<LabelBox, 'priority'> {
  const top = y + (dy - ASCENT) * size;
  const bottom = y + (dy + (lines - 1) * LINE_EM + DESCENT) * size;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { id, x: left + width / 2, y: (top + bottom) / 2, width, height: bottom - top };
}

/** The axis names as drawn: wrapped after `labelChars`, with an ellipsis (and the full name kept) when too long. */
function axisTexts(frame: RadarFrame, names: readonly string[]): AxisText[] {
  const chars = frame.layout.labelChars;
  return frame.labels.map((l, i) => {
    const name = names[i] ?? '';
    const lines = wrapLabel(name, chars, chars < 16 ? 4 : 3);
    const short = lines.join(' ') !== name.split(/\s+/).filter(Boolean).join(' ');
    return { lines, dy: firstLineDy(l.vertical, lines.length), full: short ? name : undefined };
  });
}

/** Places every text of the radar (see the module comment). */
export function radarLabels(input: RadarLabelInput): RadarLabels {
  const { frame, measure } = input;
  const { width, height } = frame.layout;
  const axes = axisTexts(frame, input.axisNames);
  const boxes: LabelBox[] = [];
  frame.labels.forEach((l, i) => {
    const a = axes[i]!;
    const w = Math.max(0, ...a.lines.map((t) => measure(t, AXIS_PX, 400)));
    boxes.push({ ...textBox(`axis:${i}`, l.x, l.y, w, AXIS_PX, a.lines.length, a.dy, l.anchor), priority: 3, fixed: true });
  });
  // Markers: obstacles that are never drawn as labels.
  (input.markers ?? []).forEach((m, k) =>
    boxes.push({ id: `marker:${k}`, x: m.x, y: m.y, width: 2 * MARKER_R, height: 2 * MARKER_R, priority: 4, fixed: true }),
  );
  // Values: just outside their point; else further out, beside it, or inside it (towards the centre).
  input.values.forEach((v, k) => {
    const w = measure(v.text, VALUE_PX, 600);
    const box = textBox(`value:${k}`, v.at.x, v.at.y, w, VALUE_PX, 1, 0.35, 'middle');
    const p = v.point ?? v.at;
    const len = Math.hypot(v.at.x - p.x, v.at.y - p.y);
    const [ux, uy] = len > 0 ? [(v.at.x - p.x) / len, (v.at.y - p.y) / len] : [0, -1];
    const nudges: [number, number][] = [
      ...nudgesAlong([[ux, uy]], 4, 2),
      ...nudgesAlong(
        [
          [uy, -ux],
          [-uy, ux],
        ],
        8,
        2,
      ),
      ...[2, 2.5, 3].map((f): [number, number] => [-ux * len * f, -uy * len * f]),
      ...nudgesAlong(
        [
          [ux + uy, uy - ux],
          [ux - uy, uy + ux],
        ],
        8,
        2,
      ),
    ];
    boxes.push({ ...box, priority: 2, nudges });
  });
  // Reference tags: right of the first spoke at their ring's top, else along the ring's edge to the
  // right (or the left), staying next to the ring they name.
  const sides = Math.max(3, frame.axes);
  const edge = Math.PI / sides;
  const along = [Math.cos(edge), Math.sin(edge)] as const;
  input.tags.forEach((t, k) => {
    const w = measure(t.text, TAG_PX, 600);
    const box = textBox(`tag:${k}`, t.at.x + 8, t.at.y, w, TAG_PX, 1, 0, 'start');
    const nudges = [
      ...nudgesAlong([along], 8, 10),
      ...nudgesAlong([[0, -1]], 7, 2),
      ...nudgesAlong([[-along[0], along[1]]], 8, 6).map(([dx, dy]): [number, number] => [dx - w - 16, dy]),
    ];
    boxes.push({ ...box, priority: 1, nudges });
  });
  // Ring numbers: every ring whose neighbours are far enough (counting from the outer one), then placement.
  const rings = frame.rings;
  const step = Math.max(1, Math.ceil(RING_LABEL_SPACING / (frame.layout.radius / Math.max(1, rings.length))));
  rings.forEach((r, i) => {
    if ((rings.length - 1 - i) % step) return;
    const text = input.ringTexts[i] ?? '';
    const w = measure(text, TICK_PX, 400);
    // The outer ring's number is placed before the inner ones.
    boxes.push({ ...textBox(`tick:${i}`, r.label.x, r.label.y, w, TICK_PX, 1, 0, 'end'), priority: i / (rings.length + 1) - 1 });
  });
  const placed = placeLabels(boxes, { gap: 2, bounds: [0, 0, width, height] });
  const at = new Map(placed.labels.map((l, i) => [l.id, { l, b: boxes[i]! }]));
  /** The anchor point of a placed label (moved by its nudge), or `undefined` when dropped. */
  const shown = (id: string, x: number, y: number, text: string): PlacedText | undefined => {
    const p = at.get(id);
    if (!p?.l.visible) return undefined;
    return { x: round(x + p.l.x - p.b.x), y: round(y + p.l.y - p.b.y), text };
  };
  return {
    axes,
    ticks: rings.map((r, i) =>
      at.has(`tick:${i}`) ? shown(`tick:${i}`, r.label.x, r.label.y, input.ringTexts[i] ?? '') : undefined,
    ),
    tags: input.tags.map((t, k) => shown(`tag:${k}`, t.at.x + 8, t.at.y, t.text)),
    values: input.values.map((v, k) => shown(`value:${k}`, v.at.x, v.at.y, v.text)),
    dropped: placed.dropped.filter((id) => !id.startsWith('axis:') && !id.startsWith('marker:')),
    boxes: new Map(
      placed.labels.flatMap((l, i) => {
        const b = boxes[i]!;
        return l.visible && !l.id.startsWith('marker:')
          ? [[l.id, [l.x - b.width / 2, l.y - b.height / 2, l.x + b.width / 2, l.y + b.height / 2] as const]]
          : [];
      }),
    ),
  };
}

const round = (n: number) => Math.round(n * 100) / 100;
