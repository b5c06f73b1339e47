/**
 * One baseline of a feed: a reference score such as a national MIPEX score.
 */
import { PATTERNS } from '../contract.js';
import type { Baseline } from '../types.js';
import type { Context } from './context.js';
import { fields, required } from './fields.js';
import { codeOf, idOf } from './ids.js';
import { Reason } from './problems.js';
import { read, type Obj } from './read.js';

export function baselineOf(o: Obj, path: string, ctx: Context): Baseline | Reason {
  const f = fields(o, path, ctx.problems);
  const missing = required('baseline', {
    country: () => {
      const country = codeOf(read(o, 'country'), PATTERNS.country);
      if (!country) return new Reason('no-country', 'baseline');
      f.set('country', country);
      return undefined;
    },
    label: () => f.name('label', 'baseline'),
  });
  if (missing) return missing;
  const dim = read(o, 'dimension');
  if (dim !== undefined && dim !== null) {
    const dimension = idOf(dim);
    if (!dimension || !ctx.dimensionIds.has(dimension)) {
      return new Reason('baseline-dimension', dimension ?? '?');
    }
    f.set('dimension', dimension);
  }
  f.value(ctx);
  f.year();
  f.url('source');
  f.flag('synthetic', 'baseline', 'synthetic');
  return f.done();
}
