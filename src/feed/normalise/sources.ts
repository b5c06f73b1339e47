/**
 * An entry's sources (feed 1.1): links with an optional title and date.
 */
import { COLLECTION_LIMITS } from '../contract.js';
import type { Source } from '../types.js';
import { safeUrl } from '../url.js';
import { partialDateOf } from './dates.js';
import { fields } from './fields.js';
import type { Problems } from './problems.js';
import { EMPTY, isArray, isObject, read } from './read.js';
import { SHORT } from './strings.js';

const freeze = Object.freeze;

/**
 * An entry's sources (feed 1.1): a list of `{url, title?, date?}` (a plain link is read as `{url}`).
 * A source without a safe link is removed with one problem; a bad title or date is cleared; a link
 * listed twice is kept once.
 */
export function sourcesOf(v: unknown, path: string, problems: Problems): readonly Source[] {
  if (v === undefined || v === null) return EMPTY;
  if (!isArray(v)) {
    problems.fix(path, 'sources-not-list');
    return EMPTY;
  }
  const out: Source[] = [];
  const n = Math.min(v.length, COLLECTION_LIMITS.list);
  for (let i = 0; i < n; i++) {
    const at = `${path}[${i}]`;
    const item = v[i];
    const o: unknown = typeof item === 'string' ? { url: item } : item;
    const url = isObject(o) ? safeUrl(read(o, 'url')) : undefined;
    if (!isObject(o) || !url) {
      problems.fix(at, isObject(o) ? 'source-no-link' : 'source-not-object');
      continue;
    }
    if (out.some((s) => s.url === url)) continue;
    const f = fields(o, at, problems);
    f.set('url', url);
    f.text('title', SHORT);
    f.opt('date', partialDateOf, ['not-date', '2021, 2021-09 or 2021-09-30']);
    out.push(f.done());
  }
  if (v.length > n) problems.fix(path, 'too-many-items', 'sources', n);
  return out.length ? freeze(out) : EMPTY;
}
