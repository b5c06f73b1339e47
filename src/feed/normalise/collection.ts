/**
 * Reading a collection of entries (regions, measures, a framework's dimensions …): capped, each entry
 * kept or left out with its reason, duplicates left out.
 */
import { COLLECTION_LIMITS } from '../contract.js';
import type { Context } from './context.js';
import { Reason } from './problems.js';
import { EMPTY, isArray, isObject, type Obj } from './read.js';

const freeze = Object.freeze;

export const byId = (e: { readonly id: string }) => e.id;

/**
 * Reads the list at `path` (`$.regions`, `$.framework.dimensions` …; its last part names the cap in
 * {@link COLLECTION_LIMITS} and, without the final "s", an entry), turning each entry with `make`
 * (which returns the entry or the reason it was dropped). Entries that throw while read are dropped too.
 * `identity` makes an entry's identity for duplicate checks; `duplicate` says which one was a duplicate
 * (default: its id).
 */
export function collection<T>(
  list: unknown,
  path: string,
  ctx: Context,
  make: (o: Obj, path: string, ctx: Context) => T | Reason,
  identity?: (entry: T) => string,
  duplicate?: (entry: T) => string,
): readonly T[] {
  const { problems } = ctx;
  const key = path.slice(path.lastIndexOf('.') + 1) as keyof typeof COLLECTION_LIMITS;
  const entryName = key.slice(0, -1);
  if (list === undefined || list === null) return EMPTY;
  if (!isArray(list)) {
    problems.drop(path, 'not-a-list', key);
    return EMPTY;
  }
  let length = 0;
  try {
    length = list.length;
  } catch {
    /* a hostile proxy: read nothing */
  }
  const n = Math.min(length, COLLECTION_LIMITS[key]);
  if (length > n) problems.drop(path, 'collection-cut', key, length, n);
  const out: T[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const at = `${path}[${i}]`;
    let entry: T | Reason;
    const mark = problems.mark();
    try {
      const o = list[i];
      entry = isObject(o) ? make(o, at, ctx) : new Reason('not-object', entryName);
    } catch {
      entry = new Reason('unreadable', entryName);
    }
    const k = entry instanceof Reason || !identity ? undefined : identity(entry);
    if (!(entry instanceof Reason) && k !== undefined && seen.has(k)) {
      entry = duplicate ? new Reason('duplicate-score', duplicate(entry)) : new Reason('duplicate', entryName, k);
    }
    if (entry instanceof Reason) {
      problems.rollback(mark);
      problems.drop(at, 'left-out', entry.code, ...entry.params);
      continue;
    }
    if (k !== undefined) seen.add(k);
    out.push(entry);
  }
  return out.length ? freeze(out) : EMPTY;
}
