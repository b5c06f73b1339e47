/**
 * One score of a feed: a region's value on one dimension.
 */
import type { Score } from '../types.js';
import type { Context } from './context.js';
import { fields, required } from './fields.js';
import { idOf } from './ids.js';
import type { Reason } from './problems.js';
import type { Obj } from './read.js';

export function scoreOf(o: Obj, path: string, ctx: Context): Score | Reason {
  const f = fields(o, path, ctx.problems);
  const missing = required('score', {
    region: () => f.ref('region', 'score', ctx.regionIds, 'is for'),
    dimension: () => f.ref('dimension', 'score', ctx.dimensionIds, 'is for'),
  });
  if (missing) return missing;
  f.value(ctx);
  f.year();
  f.opt('targetGroup', idOf, ['not-code']);
  // When unsure, say the figure may not be a published one.
  f.flag('synthetic', 'score', 'synthetic');
  return f.done();
}
