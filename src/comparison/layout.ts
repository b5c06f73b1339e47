/**
 * Which layout the comparison takes at a width (its own, in CSS px): the table with the dot plots beside
 * the values (`wide`), the table with each dot plot under its row (`medium`), or one block per dimension
 * (`stacked`, in as many columns as fit) below 480 px, and also above when the table's columns would be
 * too narrow for the region names. DOM-free.
 */

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
