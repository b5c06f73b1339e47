/**
 * Numbers from a feed: finite and within a range, or `undefined` ("no data").
 */
import { NUMBER_LIMITS } from '../contract.js';
import type { LonLat } from '../types.js';
import { isArray } from './read.js';

const freeze = Object.freeze;

export function numberIn(v: unknown, [min, max]: readonly [number, number]): number | undefined {
  // `-0` becomes `0`: JSON has no negative zero, so a feed must read the same after a round trip.
  return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v + 0 : undefined;
}

export function yearOf(v: unknown): number | undefined {
  const n = numberIn(v, NUMBER_LIMITS.year);
  return n !== undefined && Number.isInteger(n) ? n : undefined;
}

export function lonLatOf(v: unknown): LonLat | undefined {
  if (!isArray(v) || v.length !== 2) return undefined;
  const lon = numberIn(v[0], NUMBER_LIMITS.longitude);
  const lat = numberIn(v[1], NUMBER_LIMITS.latitude);
  return lon === undefined || lat === undefined ? undefined : freeze([lon, lat] as const);
}
