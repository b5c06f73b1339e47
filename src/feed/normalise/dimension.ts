/**
 * One dimension of a feed's framework.
 */
import type { Dimension } from '../types.js';
import type { Context } from './context.js';
import { fields, required } from './fields.js';
import { MIPEX_R_FRAMEWORK } from './mipex-r.js';
import { Reason } from './problems.js';
import type { Obj } from './read.js';
import { LONG, SHORT } from './strings.js';

export function dimensionOf(o: Obj, path: string, { problems }: Context): Dimension | Reason {
  const f = fields(o, path, problems);
  const missing = required('dimension', {
    id: () => f.id('dimension'),
    // A MIPEX-R dimension without a label keeps its built-in one.
    label: () => {
      if (f.text('label', SHORT)) return undefined;
      const known = MIPEX_R_FRAMEWORK.dimensions.find((d) => d.id === f.out.id);
      if (!known) return new Reason('no-label', 'dimension');
      f.set('label', known.label);
      return undefined;
    },
  });
  if (missing) return missing;
  f.text('description', LONG);
  return f.done();
}
