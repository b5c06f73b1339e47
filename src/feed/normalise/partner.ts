/**
 * One partner of a feed.
 */
import { PARTNER_KINDS, TEXT_LIMITS } from '../contract.js';
import type { Partner } from '../types.js';
import type { Context } from './context.js';
import { withId } from './fields.js';
import { idOf } from './ids.js';
import { Reason } from './problems.js';
import { read, type Obj } from './read.js';
import { cleanString, LONG, SHORT } from './strings.js';
import { sourcesOf } from './sources.js';

export function partnerOf(o: Obj, path: string, { problems, regionIds }: Context): Partner | Reason {
  const f = withId(o, path, problems, 'partner');
  if (f instanceof Reason) return f;
  if (!f.text('name', SHORT)) return new Reason('no-name', 'partner');
  let kind = read(o, 'kind') as Partner['kind'];
  if (!PARTNER_KINDS.includes(kind)) {
    problems.fix(`${path}.kind`, 'partner-kind', PARTNER_KINDS.join(', '));
    kind = 'associated';
  }
  f.set('kind', kind);
  const acronym = read(o, 'acronym');
  if (typeof acronym === 'string')
    f.set('acronym', cleanString(acronym, SHORT, TEXT_LIMITS.acronym, problems, path, 'acronym') || undefined);
  const region = read(o, 'region');
  if (region !== undefined && region !== null) {
    const rid = idOf(region);
    if (rid && regionIds.has(rid)) f.set('region', rid);
    else problems.fix(`${path}.region`, 'partner-region', rid ?? '');
  }
  f.location();
  f.text('city', SHORT);
  f.text('description', LONG);
  f.text('contribution', LONG);
  f.url('url');
  f.set('sources', sourcesOf(read(o, 'sources'), `${path}.sources`, problems));
  return f.done();
}
