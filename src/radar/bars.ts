/**
 * Geometry of the bar view: one group of horizontal bars per dimension (one bar per series) on the
 * framework's scale — the same numbers as the radar, without the radar's area distortion. DOM-free.
 */
import { clampValue, linear, round, safeScale, ticks, type Domain } from '../chart/scale.js';

export interface BarsLayout {
  readonly width: number;
  /** x of the bottom of the scale (dimension labels sit left of it). */
  readonly x0: number;
  /** x of the top of the scale. */
  readonly x1: number;
  readonly top: number;
  readonly barHeight: number;
  readonly barGap: number;
  readonly groupGap: number;
  /** Characters per line of a dimension label (longer labels wrap). */
  readonly labelChars: number;
  readonly scale: Domain;
}

export const DEFAULT_BARS_LAYOUT: BarsLayout = Object.freeze({
  width: 560,
  x0: 180,
  x1: 520,
  top: 26,
  barHeight: 12,
  barGap: 3,
  groupGap: 14,
  labelChars: 16,
  scale: [0, 100] as Domain,
});

// Narrower than the default, the bars are drawn for their pixels (one unit of the viewBox per CSS px), so
// their text keeps its size: the labels keep their room at the left, the bars get shorter.
const NARROW_LABEL_ROOM = 128;
const NARROW_VALUE_ROOM = 36;

/** The bars' layout for a chart `width` CSS px wide ({@link DEFAULT_BARS_LAYOUT} from its width up, or unmeasured). */
export function barsLayoutForWidth(width: number): BarsLayout {
  if (!(width > 0) || width >= DEFAULT_BARS_LAYOUT.width) return DEFAULT_BARS_LAYOUT;
  const w = Math.max(Math.round(width), NARROW_LABEL_ROOM + NARROW_VALUE_ROOM + 80);
  return { ...DEFAULT_BARS_LAYOUT, width: w, x0: NARROW_LABEL_ROOM, x1: w - NARROW_VALUE_ROOM, labelChars: 12 };
}

export interface Bar {
  readonly series: number;
  readonly value: number | undefined;
  readonly x: number;
  readonly y: number;
  /** 0 for "no data" (the view writes "no data" instead of a bar). */
  readonly width: number;
  readonly height: number;
  /** Where the value (or "no data") text starts. */
  readonly labelX: number;
}

export interface BarGroup {
  readonly dimension: number;
  /** Top of the group; the dimension label is centred on `labelY`. */
  readonly y: number;
  readonly labelY: number;
  readonly bars: readonly Bar[];
}

/** A national reference: a line across every group at its value, its tag on a row of its own below. */
export interface ReferenceLine {
  /** Index in the references given. */
  readonly index: number;
  readonly value: number;
  readonly x: number;
  readonly y1: number;
  readonly y2: number;
  /** Baseline of its tag. */
  readonly labelY: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

/** Height of a reference tag's row under the bars. */
const REFERENCE_ROW = 16;

export interface BarsGeometry {
  readonly layout: BarsLayout;
  readonly height: number;
  /** Bottom of the bars' area (the grid lines and the axis end there). */
  readonly bottom: number;
  readonly references: readonly ReferenceLine[];
  readonly groups: readonly BarGroup[];
  readonly ticks: readonly { readonly value: number; readonly x: number }[];
}

/**
 * Bars for `series[s][d]` (series × dimensions); non-finite values are "no data". `references` (the
 * national scores) are drawn as lines across the groups, each tag on its own row under the bars, so
 * tags never cover each other.
 */
export function barsGeometry(
  series: readonly (readonly unknown[])[],
  dimensions: number,
  layout: BarsLayout = DEFAULT_BARS_LAYOUT,
  references: readonly number[] = [],
): BarsGeometry {
  const scale = safeScale(layout.scale);
  const x = linear(scale, [layout.x0, layout.x1]);
  const n = Number.isInteger(dimensions) && dimensions > 0 ? dimensions : 0;
  const k = series.length;
  const groupHeight = k * layout.barHeight + Math.max(0, k - 1) * layout.barGap;
  const groups: BarGroup[] = [];
  let y = layout.top;
  for (let d = 0; d < n; d++) {
    const bars = series.map((values, s): Bar => {
      const value = clampValue(values[d], scale);
      const by = y + s * (layout.barHeight + layout.barGap);
      const w = value === undefined ? 0 : round(Math.max(0, x(value) - layout.x0));
      return {
        series: s,
        value,
        x: layout.x0,
        y: round(by),
        width: w,
        height: layout.barHeight,
        labelX: round(layout.x0 + w + 4),
      };
    });
    groups.push({ dimension: d, y: round(y), labelY: round(y + groupHeight / 2), bars });
    y += groupHeight + layout.groupGap;
  }
  const bottom = round(y - layout.groupGap + 8);
  let refRow = 0;
  const refs = references.flatMap((r, i): ReferenceLine[] => {
    const value = clampValue(r, scale);
    if (value === undefined) return [];
    const rx = round(x(value));
    const span = layout.x1 - layout.x0;
    const anchor = rx > layout.x0 + 0.85 * span ? 'end' : rx < layout.x0 + 0.15 * span ? 'start' : 'middle';
    return [
      {
        index: i,
        value,
        x: rx,
        y1: layout.top - 6,
        y2: bottom + refRow * REFERENCE_ROW + 4,
        labelY: bottom + refRow++ * REFERENCE_ROW + 15,
        anchor,
      },
    ];
  });
  return {
    layout,
    height: round(bottom + refs.length * REFERENCE_ROW + (refs.length ? 4 : 0)),
    bottom,
    references: refs,
    groups,
    ticks: ticks(scale, 5).map((value) => ({ value, x: round(x(value)) })),
  };
}
