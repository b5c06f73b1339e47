/**
 * Which layout the comparison takes at a width (its own, in CSS px): the table with the dot plots beside
 * the values (`wide`), the table with each dot plot under its row (`medium`), or one block per dimension
 * (`stacked`, in as many columns as fit) below 480 px, and also above when the table's columns would be
 * too narrow for the region names; which scale numbers fit under the dot plots. DOM-free.
 */
import { placeLabels, type LabelBox } from '../chart/label-layout.js';

export type ComparisonLayout = 'wide' | 'medium' | 'stacked';

/** Below this width (CSS px) the comparison is stacked. */
export const STACKED_BELOW = 480;

// Room the wide table needs, in ems of the widget's font: the dimension names, each region's values
// column, the gap column and a dot plot wide enough to read.
const WIDE_BASE_EM = 30;
const WIDE_PER_REGION_EM = 5.5;
// Room the table needs at all: the dimension names and gap, and a column per region wide enough for a
// region name's longest word.
const TABLE_BASE_EM = 12;
const TABLE_PER_REGION_EM = 6;

/**
 * The layout for a widget `width` px wide showing `regions` columns, its font `em` px. A width of 0
 * (not measured yet, or not displayed) gives `wide`, the layout that needs no measuring to read.
 */
export function comparisonLayout(width: number, regions: number, em = 16): ComparisonLayout {
  if (!(width > 0)) return 'wide';
  const size = Number.isFinite(em) && em > 0 ? em : 16;
  const n = Math.max(0, regions);
  if (width < STACKED_BELOW || width < (TABLE_BASE_EM + TABLE_PER_REGION_EM * n) * size) return 'stacked';
  return width >= (WIDE_BASE_EM + WIDE_PER_REGION_EM * Math.max(0, regions)) * size ? 'wide' : 'medium';
}

/** Narrowest a dot plot is drawn (its cell's least width, 8rem of a 16 px font). */
const PLOT_MIN_WIDTH = 128;

export interface ScaleTick {
  readonly value: number;
  readonly text: string;
  /** Position along the plot, in % of its width. */
  readonly at: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

/**
 * The numbers under the dot plots' scale — its ends and middle — that keep 2 px between each other on
 * the narrowest plot ({@link PLOT_MIN_WIDTH} px): the middle one is left out first.
 */
export function scaleTicks(
  scale: readonly [number, number],
  format: (v: number) => string,
  x: (v: number) => number,
  measure: (text: string) => number,
  width = PLOT_MIN_WIDTH,
): ScaleTick[] {
  const mid = (scale[0] + scale[1]) / 2;
  const ticks: ScaleTick[] = [
    { value: scale[0], text: format(scale[0]), at: x(scale[0]), anchor: 'start' },
    { value: scale[1], text: format(scale[1]), at: x(scale[1]), anchor: 'end' },
    { value: mid, text: format(mid), at: x(mid), anchor: 'middle' },
  ];
  const boxes: LabelBox[] = ticks.map((t, i) => {
    const w = measure(t.text);
    const left = (t.at / 100) * width - (t.anchor === 'start' ? 0 : t.anchor === 'end' ? w : w / 2);
    return { id: String(i), x: left + w / 2, y: 0, width: w, height: 12, priority: t.anchor === 'middle' ? 0 : 1 };
  });
  const placed = placeLabels(boxes, { gap: 2 });
  return ticks.filter((_, i) => placed.labels[i]!.visible).sort((a, b) => a.at - b.at);
}
