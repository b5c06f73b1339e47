/**
 * Ids and codes: an id (the schema's `id` pattern and cap), a code in capitals (country, NUTS,
 * currency), a list of ids, and a reference to an entry of another collection.
 */
import { COLLECTION_LIMITS, PATTERNS, TEXT_LIMITS } from '../contract.js';
import { Reason, type Problems } from './problems.js';
import { EMPTY, isArray, read, trimmed, type Obj } from './read.js';
import { codePointsOver } from './strings.js';

const freeze = Object.freeze;

// Ids: PATTERNS.id; most ids are ASCII, and this subset of it is checked faster.
const ASCII_ID = /^[A-Za-z0-9][A-Za-z0-9._:+-]*$/;

/** An id, trimmed; `undefined` when missing or not id-like. */
export function idOf(v: unknown): string | undefined {
  const s = trimmed(v);
  return s && !codePointsOver(s, TEXT_LIMITS.id) && (ASCII_ID.test(s) || PATTERNS.id.test(s)) ? s : undefined;
}

export function codeOf(v: unknown, re: RegExp): string | undefined {
  const s = trimmed(v)?.toUpperCase();
  return s && re.test(s) ? s : undefined;
}

/** A list of id-like strings: bad items removed (one problem), duplicates removed silently. */
export function idListOf(v: unknown, path: string, problems: Problems, what: string): readonly string[] {
  if (v === undefined || v === null) return EMPTY;
  if (!isArray(v)) {
    problems.fix(path, 'not-list', what);
    return EMPTY;
  }
  const out: string[] = [];
  let bad = 0;
  const n = Math.min(v.length, COLLECTION_LIMITS.list);
  for (let i = 0; i < n; i++) {
    const id = idOf(v[i]);
    if (!id) bad++;
    else if (!out.includes(id)) out.push(id);
  }
  if (bad > 0) problems.fix(path, 'bad-codes', what, bad);
  if (v.length > n) problems.fix(path, 'too-many-items', what, n);
  return out.length ? freeze(out) : EMPTY;
}

/** An id field that must name one of `known`; the reason the entry is dropped when it does not. */
export function reference(o: Obj, key: string, entry: string, known: ReadonlySet<string>, where: string): string | Reason {
  const id = idOf(read(o, key));
  if (!id) return new Reason('no-ref', entry, key);
  return known.has(id) ? id : new Reason('unknown-ref', entry, where, key, id);
}
