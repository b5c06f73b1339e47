/**
 * One score of a feed: a region's value on one dimension.
 */
import type { Score } from '../types.js';
import type { Context } from './context.js';
import { fields } from './fields.js';
import { idOf, reference } from './ids.js';
import { Reason } from './problems.js';
import type { Obj } from './read.js';

export function scoreOf(o: Obj, path: string, ctx: Context): Score | Reason {
  const region = reference(o, 'region', 'score', ctx.regionIds, 'is for');
  if (region instanceof Reason) return region;
  const dimension = reference(o, 'dimension', 'score', ctx.dimensionIds, 'is for');
  if (dimension instanceof Reason) return dimension;
  const f = fields(o, path, ctx.problems);
  f.set('region', region);
  f.set('dimension', dimension);
  f.value(ctx);
  f.year();
  f.opt('targetGroup', idOf, ['not-code']);
  // When unsure, say the figure may not be a published one.
  f.flag('synthetic', 'score', 'synthetic');
  return f.done();
}
