/**
 * One dimension of a feed's framework.
 */
import type { Dimension } from '../types.js';
import type { Context } from './context.js';
import { withId } from './fields.js';
import { MIPEX_R_FRAMEWORK } from './mipex-r.js';
import { Reason } from './problems.js';
import type { Obj } from './read.js';
import { LONG, SHORT } from './strings.js';

export function dimensionOf(o: Obj, path: string, { problems }: Context): Dimension | Reason {
  const f = withId(o, path, problems, 'dimension');
  if (f instanceof Reason) return f;
  if (!f.text('label', SHORT)) {
    const known = MIPEX_R_FRAMEWORK.dimensions.find((d) => d.id === f.out.id);
    if (!known) return new Reason('no-label', 'dimension');
    f.set('label', known.label);
  }
  f.text('description', LONG);
  return f.done();
}
