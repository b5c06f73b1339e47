/**
 * Which layout the comparison takes at a width (its own, in CSS px): the table with the dot plots beside
 * the values (`wide`), the table with each dot plot under its row (`medium`), or one block per dimension
 * (`stacked`) below 480 px. DOM-free.
 */

export type ComparisonLayout = 'wide' | 'medium' | 'stacked';

/** Below this width (CSS px) the comparison is stacked. */
export const STACKED_BELOW = 480;

// Room the wide table needs, in ems of the widget's font: the dimension names, each region's values
// column, the gap column and a dot plot wide enough to read.
const WIDE_BASE_EM = 30;
const WIDE_PER_REGION_EM = 5.5;

/**
 * The layout for a widget `width` px wide showing `regions` columns, its font `em` px. A width of 0
 * (not measured yet, or not displayed) gives `wide`, the layout that needs no measuring to read.
 */
export function comparisonLayout(width: number, regions: number, em = 16): ComparisonLayout {
  if (!(width > 0)) return 'wide';
  if (width < STACKED_BELOW) return 'stacked';
  const size = Number.isFinite(em) && em > 0 ? em : 16;
  return width >= (WIDE_BASE_EM + WIDE_PER_REGION_EM * Math.max(0, regions)) * size ? 'wide' : 'medium';
}
