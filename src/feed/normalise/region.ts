/**
 * One region of a feed.
 */
import { PATTERNS } from '../contract.js';
import type { Region } from '../types.js';
import type { Context } from './context.js';
import { fields, required } from './fields.js';
import { codeOf } from './ids.js';
import { Reason } from './problems.js';
import { read, type Obj } from './read.js';
import { sourcesOf } from './sources.js';

export function regionOf(o: Obj, path: string, { problems }: Context): Region | Reason {
  const f = fields(o, path, problems);
  const missing = required('region', {
    id: () => f.id('region'),
    name: () => f.name('name', 'region'),
    // Without a country, the NUTS code says which.
    country: () => {
      const nuts = f.opt('nuts', (v) => codeOf(v, PATTERNS.nuts), ['not-nuts']);
      let country = codeOf(read(o, 'country'), PATTERNS.country);
      if (!country) {
        if (!nuts) return new Reason('no-country', 'region');
        country = nuts.slice(0, 2);
        problems.fix(`${path}.country`, 'country-from-nuts', country);
      }
      f.set('country', country);
      return undefined;
    },
  });
  if (missing) return missing;
  f.location();
  f.ids('roles');
  f.ids('commissions');
  f.url('url');
  f.set('sources', sourcesOf(read(o, 'sources'), `${path}.sources`, problems));
  return f.done();
}
