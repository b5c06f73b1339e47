/**
 * One baseline of a feed: a reference score such as a national MIPEX score.
 */
import { PATTERNS } from '../contract.js';
import type { Baseline } from '../types.js';
import type { Context } from './context.js';
import { fields } from './fields.js';
import { codeOf, idOf } from './ids.js';
import { Reason } from './problems.js';
import { read, type Obj } from './read.js';
import { SHORT } from './strings.js';

export function baselineOf(o: Obj, path: string, ctx: Context): Baseline | Reason {
  const country = codeOf(read(o, 'country'), PATTERNS.country);
  if (!country) return new Reason('no-country', 'baseline');
  const f = fields(o, path, ctx.problems);
  f.set('country', country);
  if (!f.text('label', SHORT)) return new Reason('no-label', 'baseline');
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
