/**
 * The feed's indicator framework, MIPEX-R when it has none.
 */
import { NUMBER_LIMITS } from '../contract.js';
import type { Dimension, Framework } from '../types.js';
import { byId, collection } from './collection.js';
import type { Context } from './context.js';
import { dimensionOf } from './dimension.js';
import { idOf } from './ids.js';
import { MIPEX_R_FRAMEWORK } from './mipex-r.js';
import { numberIn } from './numbers.js';
import { EMPTY, isArray, isObject, read, type Obj } from './read.js';

const freeze = Object.freeze;

export function frameworkOf(feed: Obj, ctx: Context): Framework {
  const { problems } = ctx;
  const raw = read(feed, 'framework');
  if (raw === undefined || raw === null) return MIPEX_R_FRAMEWORK;
  if (!isObject(raw)) {
    problems.fix('$.framework', 'framework-not-object');
    return MIPEX_R_FRAMEWORK;
  }
  let id = idOf(read(raw, 'id'));
  if (!id) {
    problems.fix('$.framework.id', 'framework-no-id');
    id = 'custom';
  }
  let scale: readonly [number, number] = MIPEX_R_FRAMEWORK.scale;
  const rawScale = read(raw, 'scale');
  if (rawScale !== undefined && rawScale !== null) {
    const pair = isArray(rawScale) && rawScale.length === 2 ? rawScale.map((v) => numberIn(v, NUMBER_LIMITS.scale)) : [];
    const [lo, hi] = pair;
    if (lo !== undefined && hi !== undefined && lo < hi) scale = freeze([lo, hi] as const);
    else problems.fix('$.framework.scale', 'framework-scale');
  }
  const rawDimensions = read(raw, 'dimensions');
  let dimensions: readonly Dimension[] = EMPTY;
  if (rawDimensions === undefined || rawDimensions === null) {
    if (id !== MIPEX_R_FRAMEWORK.id) problems.fix('$.framework.dimensions', 'framework-no-dimensions');
  } else {
    dimensions = collection(rawDimensions, '$.framework.dimensions', ctx, dimensionOf, byId);
    if (dimensions.length === 0) problems.fix('$.framework.dimensions', 'framework-no-usable-dimensions');
  }
  if (dimensions.length === 0) dimensions = MIPEX_R_FRAMEWORK.dimensions;
  if (id === MIPEX_R_FRAMEWORK.id && scale === MIPEX_R_FRAMEWORK.scale && dimensions === MIPEX_R_FRAMEWORK.dimensions)
    return MIPEX_R_FRAMEWORK;
  return freeze({ id, scale, dimensions });
}
