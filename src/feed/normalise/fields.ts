/**
 * The field reader: reads the fields of one entry in the order they are asked for, keeps the valid
 * ones and reports each cleared one.
 */
import { NUMBER_LIMITS } from '../contract.js';
import type { LonLat, Text } from '../types.js';
import { safeUrl } from '../url.js';
import type { Context } from './context.js';
import { idListOf, idOf } from './ids.js';
import { lonLatOf, numberIn, yearOf } from './numbers.js';
import { Reason, type Problems, type Why } from './problems.js';
import { read, type Obj } from './read.js';
import type { TextKind } from './strings.js';
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
  return {
    out,
    set,
    opt,
    /** `Text` field. */
    text: (key: string, kind: TextKind): Text | undefined =>
      opt(key, (v) => textOf(v, kind, problems, path, key), whyNoText, 'left out'),
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

/** The start of an entry with an `id`: its fields with the id set, or why it is dropped. */
export function withId(o: Obj, path: string, problems: Problems, entry: string): Fields | Reason {
  const id = idOf(read(o, 'id'));
  if (!id) return new Reason('no-id', entry);
  const f = fields(o, path, problems);
  f.set('id', id);
  return f;
}
