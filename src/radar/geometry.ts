/**
 * Radar geometry: spokes, rings, label anchors, series paths and point positions, as numbers and SVG
 * path strings. DOM-free and plain trigonometry (no d3-shape: the radar's entry must stay small).
 *
 * Axis `i` of `n` points at angle `i·2π/n` clockwise from 12 o'clock, in the framework's canonical
 * order. Values are clamped to the scale. A missing value is never drawn as zero: the series outline
 * is broken there (only runs of consecutive present values are joined, so a complete profile is a
 * closed polygon and an incomplete one is a set of open segments), and the chart marks the gap on the
 * outer ring. Every coordinate is rounded and finite for any input, including NaN and ±Infinity.
 */
import { clampValue, round, safeScale, ticks, type Domain } from '../chart/scale.js';

export interface RadarLayout {
  readonly width: number;
  readonly height: number;
  readonly cx: number;
  readonly cy: number;
  /** Radius of the outer ring (the top of the scale). */
  readonly radius: number;
  /** Distance of the axis labels outside the outer ring. */
  readonly labelOffset: number;
  /** Characters per line of an axis label (longer labels wrap). */
  readonly labelChars: number;
  readonly scale: Domain;
}

/** The layout the widget draws at from 560 px up (the SVG scales up with its `viewBox`, to 40rem). */
export const DEFAULT_LAYOUT: RadarLayout = Object.freeze({
  width: 560,
  height: 440,
  cx: 280,
  cy: 220,
  radius: 150,
  labelOffset: 18,
  labelChars: 16,
  scale: [0, 100] as Domain,
});

// A narrower chart is drawn for its pixels (one unit of the viewBox is one CSS pixel), so its text keeps
// the widget's text size: the rings get smaller, the labels wrap after fewer characters (up to four
// lines), and the space they need around the rings is kept.
const NARROW_LABEL_CHARS = 10;
/** Width a label of NARROW_LABEL_CHARS takes beside the rings (13 px text), and height of four lines. */
const NARROW_LABEL_WIDTH = 80;
const NARROW_LABEL_HEIGHT = 4 * 15 + 14;
const NARROW_OFFSET = 18;
const MIN_RADIUS = 40;

/**
 * The layout for a chart `width` CSS px wide: {@link DEFAULT_LAYOUT} from its width up (or when not
 * measured), else one drawn at 1 unit = 1 px with text at its CSS size.
 */
export function layoutForWidth(width: number, scale: Domain = DEFAULT_LAYOUT.scale): RadarLayout {
  if (!(width > 0) || width >= DEFAULT_LAYOUT.width) return { ...DEFAULT_LAYOUT, scale: safeScale(scale) };
  const w = Math.round(width);
  const radius = Math.max(MIN_RADIUS, Math.min(DEFAULT_LAYOUT.radius, Math.floor(w / 2 - NARROW_OFFSET - NARROW_LABEL_WIDTH)));
  const margin = NARROW_OFFSET + NARROW_LABEL_HEIGHT;
  return {
    width: Math.max(w, 2 * (radius + NARROW_OFFSET + NARROW_LABEL_WIDTH)),
    height: 2 * (radius + margin),
    cx: Math.max(w, 2 * (radius + NARROW_OFFSET + NARROW_LABEL_WIDTH)) / 2,
    cy: radius + margin,
    radius,
    labelOffset: NARROW_OFFSET,
    labelChars: NARROW_LABEL_CHARS,
    scale: safeScale(scale),
  };
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface AxisLabel extends Point {
  readonly anchor: 'start' | 'middle' | 'end';
  /** Where the label sits relative to its anchor point: lines grow upwards, downwards or both ways. */
  readonly vertical: 'above' | 'middle' | 'below';
}

export interface Ring {
  readonly value: number;
  /** `points` of an SVG `<polygon>` (a circle's worth of spokes). */
  readonly points: string;
  /** Where the ring's value is labelled: just left of the first spoke (text anchored at its end). */
  readonly label: Point;
}

export interface RadarFrame {
  readonly layout: RadarLayout;
  readonly axes: number;
  readonly spokes: readonly { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number }[];
  readonly rings: readonly Ring[];
  /** Rings and spokes as one SVG path `d` (one node instead of one per line). */
  readonly grid: string;
  readonly labels: readonly AxisLabel[];
}

export interface SeriesPoint extends Point {
  readonly axis: number;
  /** The clamped value, or `undefined`: then (`x`, `y`) is the gap mark on the outer ring. */
  readonly value: number | undefined;
  /** Where a value label goes, just outside the point. */
  readonly labelAt: Point;
}

export interface SeriesShape {
  /** SVG path `d`: a closed polygon when `complete`, otherwise open segments between present values. */
  readonly path: string;
  readonly complete: boolean;
  /** One point per axis, present or not. */
  readonly points: readonly SeriesPoint[];
}

/** Angle of axis `i` of `n`, in radians, clockwise from 12 o'clock. */
export function axisAngle(i: number, n: number): number {
  return n > 0 && Number.isFinite(i) ? -Math.PI / 2 + (i * 2 * Math.PI) / n : -Math.PI / 2;
}

function sanitise(layout: Partial<RadarLayout>): RadarLayout {
  const num = (k: Exclude<keyof RadarLayout, 'scale'>) => {
    const v = layout[k];
    return typeof v === 'number' && Number.isFinite(v) ? v : DEFAULT_LAYOUT[k];
  };
  return {
    width: num('width'),
    height: num('height'),
    cx: num('cx'),
    cy: num('cy'),
    radius: Math.max(0, num('radius')),
    labelOffset: num('labelOffset'),
    labelChars: Math.max(1, Math.round(num('labelChars'))),
    scale: safeScale(layout.scale),
  };
}

/** How many axes are drawn for `n`: a whole number from 0 to 64. */
const axesOf = (n: number) => (Number.isInteger(n) && n > 0 ? Math.min(n, 64) : 0);

function polar(l: RadarLayout, i: number, n: number, r: number): Point {
  const a = axisAngle(i, n);
  return { x: round(l.cx + r * Math.cos(a)), y: round(l.cy + r * Math.sin(a)) };
}

/** Distance from the centre for `value` (clamped; the bottom of the scale is the centre). */
export function radiusOf(value: number, layout: RadarLayout): number {
  const [lo, hi] = layout.scale;
  const v = Math.min(hi, Math.max(lo, Number.isFinite(value) ? value : lo));
  return ((v - lo) / (hi - lo)) * layout.radius;
}

const frames = new Map<string, RadarFrame>();

/**
 * Spokes, gridline rings (at nice ticks above the bottom of the scale) and axis label anchors for `n`
 * axes. Frames are immutable and shared: every radar of the same shape on a page reuses one.
 */
export function radarFrame(n: number, layoutIn: Partial<RadarLayout> = DEFAULT_LAYOUT): RadarFrame {
  const layout = sanitise(layoutIn);
  const key = n + JSON.stringify(layout);
  let frame = frames.get(key);
  if (!frame) {
    if (frames.size > 32) frames.clear();
    frame = Object.freeze(buildFrame(n, layout));
    frames.set(key, frame);
  }
  return frame;
}

function buildFrame(n: number, layout: RadarLayout): RadarFrame {
  const axes = axesOf(n);
  const spokes = Array.from({ length: axes }, (_, i) => {
    const end = polar(layout, i, axes, layout.radius);
    return { x1: round(layout.cx), y1: round(layout.cy), x2: end.x, y2: end.y };
  });
  const rings = ticks(layout.scale, 5)
    .filter((t) => t > layout.scale[0])
    .map((value) => ringAt(value, axes, layout));
  const labels = Array.from({ length: axes }, (_, i): AxisLabel => {
    const a = axisAngle(i, axes);
    const p = polar(layout, i, axes, layout.radius + layout.labelOffset);
    const cos = Math.cos(a);
    const sin = Math.sin(a);
    return {
      ...p,
      anchor: Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end',
      vertical: sin < -0.7 ? 'above' : sin > 0.7 ? 'below' : 'middle',
    };
  });
  const grid =
    rings.map((r) => `M${r.points.replace(/ /g, 'L')}Z`).join('') +
    spokes.map((sp) => `M${sp.x1},${sp.y1}L${sp.x2},${sp.y2}`).join('');
  return { layout, axes, spokes, rings, grid, labels };
}

/** A gridline or reference ring at `value` (a polygon through every spoke). */
export function ringAt(value: number, n: number, layoutIn: Partial<RadarLayout> = DEFAULT_LAYOUT): Ring {
  const layout = sanitise(layoutIn);
  const axes = axesOf(n);
  const r = radiusOf(value, layout);
  const pts = Array.from({ length: Math.max(axes, 3) }, (_, i) => polar(layout, i, Math.max(axes, 3), r));
  return {
    value: clampValue(value, layout.scale) ?? layout.scale[0],
    points: pts.map((p) => `${p.x},${p.y}`).join(' '),
    label: { x: round(layout.cx - 4), y: round(layout.cy - r - 3) },
  };
}

/**
 * The outline and points of one series. `values[i]` belongs to axis `i`; anything that is not a finite
 * number is "no data". `gapOffset` shifts this series' gap marks along the outer ring so that the gap
 * marks of several series on one axis do not cover each other.
 */
export function seriesShape(
  values: readonly unknown[],
  n: number,
  layoutIn: Partial<RadarLayout> = DEFAULT_LAYOUT,
  gapOffset = 0,
): SeriesShape {
  const layout = sanitise(layoutIn);
  const axes = axesOf(n);
  const shift = Number.isFinite(gapOffset) ? gapOffset : 0;
  const points: SeriesPoint[] = [];
  for (let i = 0; i < axes; i++) {
    const value = clampValue(values[i], layout.scale);
    const a = axisAngle(i, axes);
    if (value === undefined) {
      const base = polar(layout, i, axes, layout.radius);
      const x = round(base.x - Math.sin(a) * shift);
      const y = round(base.y + Math.cos(a) * shift);
      points.push({ axis: i, value, x, y, labelAt: { x, y } });
    } else {
      const r = radiusOf(value, layout);
      const p = polar(layout, i, axes, r);
      points.push({ axis: i, value, ...p, labelAt: polar(layout, i, axes, r + 12) });
    }
  }
  const present = points.map((p) => p.value !== undefined);
  const complete = axes > 0 && present.every(Boolean);
  let path = '';
  if (complete) {
    path = 'M' + points.map((p) => `${p.x},${p.y}`).join('L') + (axes > 2 ? 'Z' : '');
  } else if (present.some(Boolean)) {
    // Walk runs of consecutive present values, starting just after a gap so a run may wrap past axis 0.
    const start = present.indexOf(false) + 1;
    let run: SeriesPoint[] = [];
    const flush = () => {
      if (run.length > 1) path += 'M' + run.map((p) => `${p.x},${p.y}`).join('L');
      run = [];
    };
    for (let k = 0; k < axes; k++) {
      const p = points[(start + k) % axes]!;
      if (p.value === undefined) flush();
      else run.push(p);
    }
    flush();
  }
  return { path, complete, points };
}

/** Splits an axis label into at most `maxLines` lines of about `width` characters (no hyphenation). */
export function wrapLabel(text: string, width = 16, maxLines = 3): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  for (const w of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + w).length <= width) lines[lines.length - 1] = last + ' ' + w;
    else lines.push(w);
  }
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = kept[maxLines - 1] + '…';
    return kept;
  }
  return lines;
}

/** `dy` (in em) of the first line of a label with `lines` lines, so the block sits on the right side of its anchor. */
export function firstLineDy(vertical: AxisLabel['vertical'], lines: number): number {
  const k = Math.max(1, lines);
  if (vertical === 'above') return round(-(k - 1) * 1.15, 3);
  if (vertical === 'below') return 0.8;
  return round(0.35 - ((k - 1) * 1.15) / 2, 3);
}
