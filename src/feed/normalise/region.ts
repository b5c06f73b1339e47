/**
 * One region of a feed.
 */
import { PATTERNS } from '../contract.js';
import type { Region } from '../types.js';
import type { Context } from './context.js';
import { withId } from './fields.js';
import { codeOf } from './ids.js';
import { Reason } from './problems.js';
import { read, type Obj } from './read.js';
import { SHORT } from './strings.js';
import { sourcesOf } from './sources.js';

export function regionOf(o: Obj, path: string, { problems }: Context): Region | Reason {
  const f = withId(o, path, problems, 'region');
  if (f instanceof Reason) return f;
  if (!f.text('name', SHORT)) return new Reason('no-name', 'region');
  const nuts = f.opt('nuts', (v) => codeOf(v, PATTERNS.nuts), ['not-nuts']);
  let country = codeOf(read(o, 'country'), PATTERNS.country);
  if (!country) {
    if (!nuts) return new Reason('no-country', 'region');
    country = nuts.slice(0, 2);
    problems.fix(`${path}.country`, 'country-from-nuts', country);
  }
  f.set('country', country);
  f.location();
  f.ids('roles');
  f.ids('commissions');
  f.url('url');
  f.set('sources', sourcesOf(read(o, 'sources'), `${path}.sources`, problems));
  return f.done();
}
