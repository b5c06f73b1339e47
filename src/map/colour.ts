/**
 * Colour: by role (Okabe–Ito colours, with a marker shape per role as a second channel) or, with
 * `color-by`, a five-class choropleth of one indicator (a viridis scale: colour-blind safe and readable in
 * greyscale). Colours themselves live in CSS classes (`role-*`, `class-0`…`class-4`) so hosts can theme
 * them; this module decides which class each item gets.
 */
import type { SyntheticShare } from '../chart/profiles.js';
import type { Dimension, Feed, Score } from '../feed/types.js';
import type { MapRole } from './items.js';
import { markerPath, type MarkerShape } from '../core/markers.js';
import { quantizeThresholds } from './quantize.js';

/** Default colours, also the fallbacks of the `--regin-partner-map-*` custom properties. */
export const ROLE_COLOURS: Readonly<Record<MapRole, string>> = /* @__PURE__ */ Object.freeze({
  coordinator: '#E69F00',
  'regional-partner': '#0072B2',
  'technical-partner': '#009E73',
  'associated-partner': '#CC79A7',
  'cpmr-member': '#56B4E9',
  other: '#A0A7AE',
});

/**
 * Role colours on the dark theme's land (`#262b32`): lighter means more salient there, so the order of
 * lightness is the order of emphasis — regional partners, technical partners, coordinator, members.
 */
export const DARK_ROLE_COLOURS: Readonly<Record<MapRole, string>> = /* @__PURE__ */ Object.freeze({
  'regional-partner': '#8fd3ff',
  'technical-partner': '#4fd1a1',
  coordinator: '#f0a81c',
  'associated-partner': '#d98bb8',
  'cpmr-member': '#5a86ad',
  other: '#7b848e',
});

/** Five classes, low to high (viridis, reversed so that more is darker on a light page). */
export const SCALE_COLOURS: readonly string[] = /* @__PURE__ */ Object.freeze([
  '#fde725',
  '#5ec962',
  '#21918c',
  '#3b528b',
  '#440154',
]);

const ROLE_SHAPES: Readonly<Record<MapRole, MarkerShape>> = {
  coordinator: 'star',
  'regional-partner': 'circle',
  'technical-partner': 'diamond',
  'associated-partner': 'triangle',
  'cpmr-member': 'square',
  other: 'circle',
};

const symbols = new Map<string, string>();

/** Path of a role's marker, centred on 0,0; `size` is the area in px². */
export function roleMarker(role: MapRole, size = 150): string {
  const key = `${role}:${size}`;
  let d = symbols.get(key);
  if (d === undefined) {
    d = markerPath(ROLE_SHAPES[role], size);
    symbols.set(key, d);
  }
  return d;
}

export interface ScaleClass {
  readonly from: number;
  readonly to: number;
}

export interface Choropleth {
  /** The indicator, or `undefined` when the feed has no dimension with that id. */
  readonly dimension?: Dimension;
  readonly classes: readonly ScaleClass[];
  /** The score shown for each region (regions without one have no data). */
  readonly scores: ReadonlyMap<string, Score & { value: number }>;
  /** Class index (0 = lowest) per region with data. */
  readonly classOf: ReadonlyMap<string, number>;
  /** Earliest and latest year of the scores shown, when stated. */
  readonly years?: readonly [number, number];
  /** Whether the scores shown are synthetic: none, some (each then marked) or all of them. */
  readonly synthetic: SyntheticShare;
}

/** The classes of the framework's scale: `count` equal ones, low to high, and the thresholds between them. */
export function scaleClasses(feed: Feed, count = 5): { classes: ScaleClass[]; thresholds: number[] } {
  const [lo, hi] = feed.framework.scale;
  const thresholds = quantizeThresholds(lo, hi, count);
  const cuts = [lo, ...thresholds, hi];
  return { classes: cuts.slice(1).map((to, i) => ({ from: cuts[i]!, to })), thresholds };
}
