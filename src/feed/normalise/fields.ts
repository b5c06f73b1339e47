/**
 * The field reader: reads the fields of one entry in the order they are asked for, keeps the valid
 * ones and reports each cleared one; and the required fields of each kind of entry, as the schema
 * lists them (`REQUIRED_FIELDS` of src/feed/contract.ts).
 */
import { NUMBER_LIMITS, REQUIRED_FIELDS, type EntryKind, type RequiredField } from '../contract.js';
import type { LonLat, Text } from '../types.js';
import { safeUrl } from '../url.js';
import type { Context } from './context.js';
import { idListOf, idOf, reference } from './ids.js';
import { lonLatOf, numberIn, yearOf } from './numbers.js';
import { Reason, type Problems, type Why } from './problems.js';
import { read, type Obj } from './read.js';
import { SHORT, type TextKind } from './strings.js';
import { textOf, whyNoText } from './texts.js';

const freeze = Object.freeze;

/**
 * The fields of one entry (or of the feed itself), read in the order they are asked for (the order
 * problems are reported in) into `out`. Absent and `null` fields are skipped; a present field that is
 * not valid is cleared with one problem at `path.key`.
 */
export function fields(o: Obj, path: string, problems: Problems) {
  const out: Record<string, unknown> = {};
  /** Puts `v` in the output as `key` unless it is `undefined`; returns it. */
  const set = <T>(key: string, v: T): T => {
    if (v !== undefined) out[key] = v;
    return v;
  };
  /** Field checked by `check`; a present but invalid value is cleared with `why`. */
  const opt = <T>(
    key: string,
    check: (v: unknown) => T | undefined,
    why: Why | ((v: unknown) => Why),
    removed = 'removed',
  ): T | undefined => {
    const v = read(o, key);
    if (v === undefined || v === null) return undefined;
    const r = check(v);
    if (r === undefined) problems.fix(`${path}.${key}`, 'field', key, removed, ...(typeof why === 'function' ? why(v) : why));
    return set(key, r);
  };
  /** `Text` field. */
  const text = (key: string, kind: TextKind): Text | undefined =>
    opt(key, (v) => textOf(v, kind, problems, path, key), whyNoText, 'left out');
  return {
    out,
    set,
    opt,
    text,
    /** The entry's `id`; the reason the `entry` is left out when it has no valid one. */
    id: (entry: string): Reason | undefined => {
      const id = idOf(read(o, 'id'));
      if (!id) return new Reason('no-id', entry);
      set('id', id);
      return undefined;
    },
    /** A short text the `entry` cannot do without (a name, a title, a label); the reason it is left out without one. */
    name: (key: 'name' | 'title' | 'label', entry: string): Reason | undefined =>
      text(key, SHORT) ? undefined : new Reason(`no-${key}`, entry),
    /** An id field that must name one of `known` (see {@link reference}); the reason the `entry` is left out when it does not. */
    ref: (key: string, entry: string, known: ReadonlySet<string>, where: string): Reason | undefined => {
      const id = reference(o, key, entry, known, where);
      if (id instanceof Reason) return id;
      set(key, id);
      return undefined;
    },
    /** Link field: kept only when it passes the URL check. */
    url: (key: string): string | undefined => opt(key, safeUrl, ['not-link']),
    /** List of id-like strings (see {@link idListOf}); always set. */
    ids: (key: string): readonly string[] => set(key, idListOf(read(o, key), `${path}.${key}`, problems, key)),
    /** `value` on the framework's scale. */
    value: ({ scale }: Context): number | undefined => opt('value', (v) => numberIn(v, scale), ['not-value', ...scale]),
    year: (): number | undefined => opt('year', yearOf, ['not-year', ...NUMBER_LIMITS.year]),
    location: (): LonLat | undefined => opt('location', lonLatOf, ['not-location']),
    /**
     * A true/false field, `false` when absent. Any other value counts as `true` (the `entry` is
     * treated `as` sample data, as synthetic …), with one problem.
     */
    flag: (key: string, entry: string, as: string): boolean => {
      const v = read(o, key);
      const present = v !== undefined && v !== null;
      if (present && typeof v !== 'boolean') problems.fix(`${path}.${key}`, 'flag', key, entry, as);
      return set(key, present && v !== false);
    },
    /** One of `values`. */
    oneOf: (key: string, values: readonly string[], why: Why): string | undefined =>
      opt(key, (v) => (values.includes(v as string) ? (v as string) : undefined), why),
    done: <T>(): T => freeze(out) as T,
  };
}
export type Fields = ReturnType<typeof fields>;

/**
 * How an entry reader reads each field that its kind of entry requires: one function per field of
 * `REQUIRED_FIELDS[kind]` (a field added to the schema's `required` does not compile until its reader
 * says what to do without it). Each reads its field into the entry's {@link fields} and returns the
 * reason the entry is left out when it is missing or unusable, or nothing (read, or made up where the
 * widgets can: a country from the NUTS code, a partner kind).
 */
export type RequiredReaders<E extends EntryKind> = { readonly [K in RequiredField<E>]: () => Reason | undefined };

/**
 * Reads the required fields of an entry of `kind`, in the order the schema lists them, with `readers`;
 * the reason the entry is left out at the first one missing, `undefined` when it has them all.
 */
export function required<E extends EntryKind>(kind: E, readers: RequiredReaders<E>): Reason | undefined {
  const keys: readonly RequiredField<E>[] = REQUIRED_FIELDS[kind];
  for (const key of keys) {
    const why = readers[key]();
    if (why) return why;
  }
  return undefined;
}
