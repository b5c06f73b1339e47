/**
 * The feed normaliser: any parsed JSON (or object set by script) → a {@link Feed} that the widgets can
 * trust, plus the list of what was dropped or fixed.
 *
 * Rules, in order of importance:
 * - never throw, whatever the input (cyclic objects, throwing getters, `__proto__` keys, huge arrays);
 * - never let an input object through: the output is built from scratch and deep-frozen;
 * - a bad entry is dropped, a bad optional field is cleared, the rest is kept;
 * - every string is plain text without control characters and within the caps below; every link has
 *   passed {@link safeUrl}; every number is finite and in range, or absent ("no data");
 * - ids are unique and references resolve.
 *
 * Hand-written on purpose: it ships in the browser, must run under a CSP without `unsafe-eval`, and a
 * plain validator for this format is smaller than any validation library. `schema/regin-feed-1.schema.json`
 * describes the same rules for producers; a feed valid under the schema normalises without problems
 * apart from what a schema cannot express (unique ids, references, dates out of order).
 */
import { resolveLanguageTag } from './text.js';
import type {
  Baseline,
  Dimension,
  Evaluation,
  Feed,
  FeedProblem,
  Framework,
  LonLat,
  Measure,
  NormaliseResult,
  Partner,
  ProblemParam,
  Region,
  Score,
  Source,
  Text,
} from './types.js';
import { AUTHORITY_ROLES, COLLECTION_LIMITS, EVALUATION_CRITERIA, FORMAT, MEASURE_STATUSES, NUMBER_LIMITS, PARTNER_KINDS, PATTERNS, TEXT_LIMITS, VERIFICATIONS } from './contract.js';
import { safeUrl } from './url.js';

const freeze = Object.freeze;

export { COLLECTION_LIMITS, NUMBER_LIMITS, TEXT_LIMITS };

/** Problems reported in full; beyond this one summary problem says how many more there were. */
export const MAX_PROBLEMS = 100;

/**
 * The MIPEX-R framework (regional MIPEX): eight policy areas scored 0–100, in canonical order. Used when a
 * feed has no `framework`.
 */
export const MIPEX_R_FRAMEWORK: Framework = freeze({
  id: 'mipex-r',
  scale: freeze([0, 100] as const),
  // Each area: its id, then its label in English, French, Spanish, Catalan, Italian, Portuguese and Swedish.
  dimensions: freeze(
    [
      'labour|Labour market|Marché du travail|Mercado laboral|Mercat de treball|Mercato del lavoro|Mercado de trabalho|Arbetsmarknad',
      'education|Education|Éducation|Educación|Educació|Istruzione|Educação|Utbildning',
      'health|Health|Santé|Salud|Salut|Salute|Saúde|Hälsa',
      'housing|Housing|Logement|Vivienda|Habitatge|Alloggio|Habitação|Bostäder',
      'language|Language|Langue|Lengua|Llengua|Lingua|Língua|Språk',
      'culture|Culture|Culture|Cultura|Cultura|Cultura|Cultura|Kultur',
      'religion|Religion|Religion|Religión|Religió|Religione|Religião|Religion',
      'social|Social security and assistance|Sécurité sociale et aide sociale|Seguridad social y asistencia|Seguretat social i assistència|Previdenza e assistenza sociale|Segurança social e assistência|Social trygghet och socialt bistånd',
    ].map((row): Dimension => {
      const [id, ...names] = row.split('|');
      return freeze({ id: id!, label: freeze(Object.fromEntries(['en', 'fr', 'es', 'ca', 'it', 'pt', 'sv'].map((lang, i) => [lang, names[i]!]))) });
    }),
  ),
});

// ---------------------------------------------------------------------------------------------------
// Problems

type Severity = FeedProblem['severity'];

/**
 * Why a whole entry is left out: a code and its parameters (the sentences are in src/feed/diagnostics.ts,
 * loaded only when a feed has problems).
 */
class Reason {
  readonly params: readonly ProblemParam[];
  constructor(
    readonly code: string,
    ...params: ProblemParam[]
  ) {
    this.params = params;
  }
}

/** Why a field is cleared: a code of src/feed/diagnostics.ts and its parameters. */
type Why = readonly [code: string, ...params: ProblemParam[]];

/**
 * The problems found so far; {@link MAX_PROBLEMS} in full, then only counted. Each is a code and its
 * parameters (see src/feed/diagnostics.ts for the sentence each one reads as).
 */
function problemList() {
  const list: FeedProblem[] = [];
  let more = 0;
  let moreDropped = false;
  const add = (severity: Severity, path: string, code: string, params: ProblemParam[]): void => {
    if (list.length < MAX_PROBLEMS) {
      list.push(freeze({ path, severity, code, params: freeze(params) }));
    } else {
      more++;
      if (severity === 'dropped') moreDropped = true;
    }
  };
  return {
    drop: (path: string, code: string, ...params: ProblemParam[]) => add('dropped', path, code, params),
    fix: (path: string, code: string, ...params: ProblemParam[]) => add('fixed', path, code, params),
    /** A point to `rollback` to: an entry that is dropped reports only why, not what was fixed in it. */
    mark: (): readonly [number, number, boolean] => [list.length, more, moreDropped],
    rollback: ([length, m, d]: readonly [number, number, boolean]): void => {
      list.length = length;
      more = m;
      moreDropped = d;
    },
    done: (): readonly FeedProblem[] => {
      if (more > 0) {
        list.push(freeze({ path: '$', severity: moreDropped ? 'dropped' : 'fixed', code: 'more', params: freeze([more]) }));
      }
      return freeze(list);
    },
  };
}

type Problems = ReturnType<typeof problemList>;

// ---------------------------------------------------------------------------------------------------
// Reading input safely

type Obj = Record<string, unknown>;

/** Reads a property; a throwing getter or proxy trap reads as `undefined`. */
function read(o: unknown, key: string): unknown {
  try {
    return (o as Obj)[key];
  } catch {
    return undefined;
  }
}

function isObject(v: unknown): v is Obj {
  try {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

function isArray(v: unknown): v is readonly unknown[] {
  try {
    return Array.isArray(v);
  } catch {
    return false;
  }
}


// ---------------------------------------------------------------------------------------------------
// Strings

// C0/C1 controls (except tab, line feed, carriage return: handled per kind), DEL, bidi embeddings,
// overrides and isolates (they can make text look like something else and leak into the host page's
// text direction), byte-order marks and interlinear annotation marks.
const INVISIBLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069\uFEFF\uFFF9-\uFFFB]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029\x85]/g;
const SHORT_SPACE = /[ \t\n\r\u2028\u2029]+/g;
const LONG_BLANK_LINES = /\n[ \t]*\n(?:[ \t]*\n)+/g;
// A high surrogate without its low one, or a low one without its high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Fast paths: most feed strings need no cleaning at all, and one scan says so. (Plain character classes
// scan fastest; the rarer patterns are checked separately. Surrogates send a string the long way so it is
// checked for lone ones; the cleaning steps leave a clean string as it is.)
const NEEDS_WORK_SHORT = /[\x00-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069\u2028\u2029\uD800-\uDFFF\uFEFF\uFFF9-\uFFFB]/;
const NEEDS_WORK_LONG = /[\x00-\x08\x0B-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069\u2028\u2029\uD800-\uDFFF\uFEFF\uFFF9-\uFFFB]/;
const BLANK_LINES = /\n[ \t]*\n[ \t]*\n/;
/** The UTF-16 index just after the first `n` code points of `s` (its length when it has fewer). */
function afterCodePoints(s: string, n: number): number {
  let i = 0;
  for (; i < s.length && n > 0; i++, n--) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return i;
}

/** Whether `s` has more than `cap` code points. */
function codePointsOver(s: string, cap: number): boolean {
  return s.length > cap && afterCodePoints(s, cap) < s.length;
}

/** Cuts to `cap` code points including a final "…". */
function cut(s: string, cap: number): string {
  return s.slice(0, afterCodePoints(s, cap - 1)).trimEnd() + '…';
}

/** Short texts have their whitespace collapsed; long ones keep their line breaks. */
type TextKind = typeof SHORT | typeof LONG;
const SHORT = 0;
const LONG = 1;

/**
 * Cleans one string: no control/bidi characters, whitespace collapsed (short) or line breaks kept
 * (long), trimmed, capped. Returns `''` for nothing left. A cut is reported at `path.key[.sub]` (built
 * only then: paths are not built for the common case of a clean string).
 */
function cleanString(v: string, kind: TextKind, cap: number, problems: Problems, path: string, key: string, sub?: string): string {
  // Trimming first gives the same result (the last step trims again) and lets padded strings take the fast path.
  let s = v.trim();
  const clean =
    kind === SHORT
      ? !NEEDS_WORK_SHORT.test(s) && !s.includes('  ')
      : !NEEDS_WORK_LONG.test(s) && !(s.includes('\n') && BLANK_LINES.test(s));
  if (!clean) {
    s = s.replace(LONE_SURROGATE, '\uFFFD').replace(INVISIBLE, '');
    if (kind === SHORT) {
      s = s.replace(SHORT_SPACE, ' ').trim();
    } else {
      s = s.replace(LINE_BREAKS, '\n').replace(LONG_BLANK_LINES, '\n\n').trim();
    }
  }
  if (codePointsOver(s, cap)) {
    problems.fix(sub === undefined ? `${path}.${key}` : `${path}.${key}.${sub}`, 'too-long', key, cap);
    s = cut(s, cap);
  }
  return s;
}


/** `v` trimmed, when it is a string. */
const trimmed = (v: unknown): string | undefined => (typeof v === 'string' ? v.trim() : undefined);

// Ids: PATTERNS.id; most ids are ASCII, and this subset of it is checked faster.
const ASCII_ID = /^[A-Za-z0-9][A-Za-z0-9._:+\-]*$/;

/** An id, trimmed; `undefined` when missing or not id-like. */
function idOf(v: unknown): string | undefined {
  const s = trimmed(v);
  return s && !codePointsOver(s, TEXT_LIMITS.id) && (ASCII_ID.test(s) || PATTERNS.id.test(s)) ? s : undefined;
}


function codeOf(v: unknown, re: RegExp): string | undefined {
  const s = trimmed(v)?.toUpperCase();
  return s && re.test(s) ? s : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Texts

/**
 * A feed `Text` (string or language → string object) as a frozen record. Invalid language keys and
 * empty translations are left out; `undefined` when nothing is left.
 */
function textOf(v: unknown, kind: TextKind, problems: Problems, path: string, key: string): Text | undefined {
  const cap = kind === SHORT ? TEXT_LIMITS.short : TEXT_LIMITS.long;
  if (typeof v === 'string') {
    const s = cleanString(v, kind, cap, problems, path, key);
    return s ? freeze({ '': s }) : undefined;
  }
  if (!isObject(v)) return undefined;
  const out: Record<string, string> = {};
  let count = 0;
  let badKeys = 0;
  for (const lang of Object.keys(v)) {
    if (count >= TEXT_LIMITS.languages) {
      problems.fix(`${path}.${key}`, 'too-many-languages', key, TEXT_LIMITS.languages);
      break;
    }
    const tag = lang === '' ? '' : resolveLanguageTag(lang);
    const value = read(v, lang);
    if (tag === undefined) {
      badKeys++;
      continue;
    }
    // (A valid tag is never an Object.prototype key, so a plain lookup is safe.)
    if (typeof value !== 'string' || out[tag] !== undefined) continue;
    const s = cleanString(value, kind, cap, problems, path, key, tag || '""');
    if (!s) continue;
    out[tag] = s;
    count++;
  }
  if (badKeys > 0) {
    problems.fix(`${path}.${key}`, 'language-keys', key, badKeys);
  }
  return count > 0 ? freeze(out) : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Numbers, dates, lists

function numberIn(v: unknown, [min, max]: readonly [number, number]): number | undefined {
  // `-0` becomes `0`: JSON has no negative zero, so a feed must read the same after a round trip.
  return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v + 0 : undefined;
}

function yearOf(v: unknown): number | undefined {
  const n = numberIn(v, NUMBER_LIMITS.year);
  return n !== undefined && Number.isInteger(n) ? n : undefined;
}

function lonLatOf(v: unknown): LonLat | undefined {
  if (!isArray(v) || v.length !== 2) return undefined;
  const lon = numberIn(v[0], NUMBER_LIMITS.longitude);
  const lat = numberIn(v[1], NUMBER_LIMITS.latitude);
  return lon === undefined || lat === undefined ? undefined : freeze([lon, lat] as const);
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const YEAR_MONTH_OR_DAY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;

function validDay(y: number, m: number, d: number | undefined): boolean {
  if (y < NUMBER_LIMITS.year[0] || y > NUMBER_LIMITS.year[1] || m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d >= 1 && d <= (m === 2 && !leap ? 28 : DAYS[m - 1]!);
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: a real year, month or day within the plausible years. */
function partialDateOf(v: unknown): string | undefined {
  const m = YEAR_MONTH_OR_DAY.exec(trimmed(v) ?? '');
  if (!m) return undefined;
  return validDay(+m[1]!, m[2] === undefined ? 1 : +m[2], m[3] === undefined ? undefined : +m[3]) ? m[0] : undefined;
}

/** `YYYY-MM-DD` or an RFC 3339 date-time with a zone (`2026-11-28T10:00:00Z`). */
function dateTimeOf(v: unknown): string | undefined {
  const m = DATE_TIME.exec(trimmed(v) ?? '');
  if (!m || !validDay(+m[1]!, +m[2]!, +m[3]!)) return undefined;
  if (m[4] !== undefined && (+m[4] > 23 || +m[5]! > 59 || (m[6] !== undefined && +m[6] > 60))) return undefined;
  if (m[7] !== undefined && (+m[7] > 23 || +m[8]! > 59)) return undefined;
  return m[0];
}

/** `true` when `end` is before `start` (a year covers all its months, a month all its days). */
function before(end: string, start: string): boolean {
  const n = Math.min(end.length, start.length);
  return end.slice(0, n) < start.slice(0, n);
}

/** A list of id-like strings: bad items removed (one problem), duplicates removed silently. */
function idListOf(v: unknown, path: string, problems: Problems, what: string): readonly string[] {
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

const EMPTY: readonly never[] = freeze([]);

/**
 * An entry's sources (feed 1.1): a list of `{url, title?, date?}` (a plain link is read as `{url}`).
 * A source without a safe link is removed with one problem; a bad title or date is cleared; a link
 * listed twice is kept once.
 */
function sourcesOf(v: unknown, path: string, problems: Problems): readonly Source[] {
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

// ---------------------------------------------------------------------------------------------------
// Entries

interface Context {
  readonly problems: Problems;
  readonly scale: readonly [number, number];
  readonly dimensionIds: ReadonlySet<string>;
  readonly regionIds: ReadonlySet<string>;
  /** The feed is marked `sample` as a whole. */
  readonly sample: boolean;
}

/** Why {@link textOf} found no text in `v`. */
function whyNoText(v: unknown): Why {
  return [typeof v === 'string' || isObject(v) ? 'empty' : 'not-text'];
}

/**
 * The fields of one entry (or of the feed itself), read in the order they are asked for (the order
 * problems are reported in) into `out`. Absent and `null` fields are skipped; a present field that is
 * not valid is cleared with one problem at `path.key`.
 */
function fields(o: Obj, path: string, problems: Problems) {
  const out: Record<string, unknown> = {};
  /** Puts `v` in the output as `key` unless it is `undefined`; returns it. */
  const set = <T,>(key: string, v: T): T => {
    if (v !== undefined) out[key] = v;
    return v;
  };
  /** Field checked by `check`; a present but invalid value is cleared with `why`. */
  const opt = <T,>(key: string, check: (v: unknown) => T | undefined, why: Why | ((v: unknown) => Why), removed = 'removed'): T | undefined => {
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
    text: (key: string, kind: TextKind): Text | undefined => opt(key, (v) => textOf(v, kind, problems, path, key), whyNoText, 'left out'),
    /** Link field: kept only when it passes the URL check. */
    url: (key: string): string | undefined => opt(key, safeUrl, ['not-link']),
    /** Sources (see {@link sourcesOf}); always set. */
    sources: (): readonly Source[] => set('sources', sourcesOf(read(o, 'sources'), `${path}.sources`, problems)),
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
    oneOf: (key: string, values: readonly string[], why: Why): string | undefined => opt(key, (v) => (values.includes(v as string) ? (v as string) : undefined), why),
    done: <T,>(): T => freeze(out) as T,
  };
}
type Fields = ReturnType<typeof fields>;

/** The start of an entry with an `id`: its fields with the id set, or why it is dropped. */
function withId(o: Obj, path: string, problems: Problems, entry: string): Fields | Reason {
  const id = idOf(read(o, 'id'));
  if (!id) return new Reason('no-id', entry);
  const f = fields(o, path, problems);
  f.set('id', id);
  return f;
}

function dimensionOf(o: Obj, path: string, { problems }: Context): Dimension | Reason {
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

function regionOf(o: Obj, path: string, { problems }: Context): Region | Reason {
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
  f.sources();
  return f.done();
}

function partnerOf(o: Obj, path: string, { problems, regionIds }: Context): Partner | Reason {
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
  if (typeof acronym === 'string') f.set('acronym', cleanString(acronym, SHORT, TEXT_LIMITS.acronym, problems, path, 'acronym') || undefined);
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
  f.sources();
  return f.done();
}

/** An id field that must name one of `known`; the reason the entry is dropped when it does not. */
function reference(o: Obj, key: string, entry: string, known: ReadonlySet<string>, where: string): string | Reason {
  const id = idOf(read(o, key));
  if (!id) return new Reason('no-ref', entry, key);
  return known.has(id) ? id : new Reason('unknown-ref', entry, where, key, id);
}

function scoreOf(o: Obj, path: string, ctx: Context): Score | Reason {
  const region = reference(o, 'region', 'score', ctx.regionIds, 'is for');
  if (region instanceof Reason) return region;
  const dimension = reference(o, 'dimension', 'score', ctx.dimensionIds, 'is for');
  if (dimension instanceof Reason) return dimension;
  const f = fields(o, path, ctx.problems);
  f.set('region', region);
  f.set('dimension', dimension);
  f.value(ctx);
  f.year();
  f.opt('targetGroup', idOf, ['not-code']);
  // When unsure, say the figure may not be a published one.
  f.flag('synthetic', 'score', 'synthetic');
  return f.done();
}

function baselineOf(o: Obj, path: string, ctx: Context): Baseline | Reason {
  const country = codeOf(read(o, 'country'), PATTERNS.country);
  if (!country) return new Reason('no-country', 'baseline');
  const f = fields(o, path, ctx.problems);
  f.set('country', country);
  if (!f.text('label', SHORT)) return new Reason('no-label', 'baseline');
  const dim = read(o, 'dimension');
  if (dim !== undefined && dim !== null) {
    const dimension = idOf(dim);
    if (!dimension || !ctx.dimensionIds.has(dimension)) {
      return new Reason('baseline-dimension', dimension ?? '?');
    }
    f.set('dimension', dimension);
  }
  f.value(ctx);
  f.year();
  f.url('source');
  f.flag('synthetic', 'baseline', 'synthetic');
  return f.done();
}

function budgetOf(v: unknown): Measure['budget'] | undefined {
  if (!isObject(v)) return undefined;
  const amount = numberIn(read(v, 'amount'), NUMBER_LIMITS.budget);
  const currency = codeOf(read(v, 'currency'), PATTERNS.currency);
  return amount === undefined || currency === undefined ? undefined : freeze({ amount, currency });
}

function evaluationOf(v: unknown, path: string, problems: Problems): Evaluation | undefined {
  if (!isObject(v)) {
    problems.fix(path, 'evaluation-not-object');
    return undefined;
  }
  const f = fields(v, path, problems);
  for (const c of EVALUATION_CRITERIA) f.opt(c, (n) => numberIn(n, NUMBER_LIMITS.evaluation), ['not-evaluation']);
  return Object.keys(f.out).length ? f.done() : undefined;
}

function measureOf(o: Obj, path: string, ctx: Context): Measure | Reason {
  const { problems, dimensionIds } = ctx;
  const f = withId(o, path, problems, 'measure');
  if (f instanceof Reason) return f;
  const region = reference(o, 'region', 'measure', ctx.regionIds, 'is in');
  if (region instanceof Reason) return region;
  f.set('region', region);
  if (!f.text('title', SHORT)) return new Reason('no-title', 'measure');
  f.text('summary', LONG);

  const dims = f.ids('dimensions');
  const unknown = dims.filter((d) => !dimensionIds.has(d));
  if (unknown.length) {
    problems.fix(`${path}.dimensions`, 'unknown-dimensions', unknown.join(', '));
    f.set('dimensions', freeze(dims.filter((d) => dimensionIds.has(d))));
  }
  f.ids('targetGroups');

  f.oneOf('status', MEASURE_STATUSES, ['must-be-one-of', MEASURE_STATUSES.join(', ')]);
  const start = f.opt('start', partialDateOf, ['not-date', '2019, 2019-03 or 2019-03-15']);
  const end = f.opt('end', partialDateOf, ['not-date', '2021, 2021-12 or 2021-12-31']);
  if (end && start && before(end, start)) {
    problems.fix(`${path}.end`, 'end-before-start', end, start);
    delete f.out.end;
  }
  f.text('lead', SHORT);
  f.set('stakeholders', textList(o, 'stakeholders', path, problems, 'fix'));
  f.ids('funding');

  f.opt('budget', budgetOf, ['not-budget']);
  f.oneOf('authorityRole', AUTHORITY_ROLES, ['not-direct']);
  f.text('lessons', LONG);
  f.text('transferability', LONG);
  const rawEvaluation = read(o, 'evaluation');
  if (rawEvaluation !== undefined && rawEvaluation !== null) f.set('evaluation', evaluationOf(rawEvaluation, `${path}.evaluation`, problems));
  f.url('url');
  f.opt('updated', dateTimeOf, ['not-date', '2026-10-01']);
  f.sources();
  f.oneOf('verification', VERIFICATIONS, ['not-one-of', VERIFICATIONS.join(', ')]);
  // An entry of a wholly illustrative feed is illustrative too.
  if (!f.flag('sample', 'measure', 'sample data') && ctx.sample) f.set('sample', true);
  return f.done();
}

/**
 * A list of short texts: a measure's stakeholders (a bad item is removed, `fix`) or the feed's
 * attribution (a bad entry is left out, `drop`); each with one problem, the excess beyond the cap too.
 */
function textList(o: Obj, key: string, path: string, problems: Problems, how: 'fix' | 'drop'): readonly Text[] {
  const raw = read(o, key);
  const fix = how === 'fix';
  const out: Text[] = [];
  if (isArray(raw)) {
    const n = Math.min(raw.length, fix ? COLLECTION_LIMITS.list : COLLECTION_LIMITS.attribution);
    for (let i = 0; i < n; i++) {
      const item = fix ? raw[i] : read(raw, String(i));
      const t = textOf(item, SHORT, problems, path, key);
      if (t) out.push(t);
      else problems[how](`${path}.${key}[${i}]`, 'field', fix ? 'stakeholder' : key, fix ? 'removed' : 'left out', ...whyNoText(item));
    }
    if (raw.length > n) problems[how](`${path}.${key}`, fix ? 'too-many-items' : 'too-many-entries', key, n);
  } else if (raw !== undefined && raw !== null) {
    problems[how](`${path}.${key}`, fix ? 'not-list' : 'not-list-of-texts', key);
  }
  return out.length ? freeze(out) : EMPTY;
}

// ---------------------------------------------------------------------------------------------------
// Collections

const byId = (e: { readonly id: string }) => e.id;

/**
 * Reads the list at `path` (`$.regions`, `$.framework.dimensions` …; its last part names the cap in
 * {@link COLLECTION_LIMITS} and, without the final "s", an entry), turning each entry with `make`
 * (which returns the entry or the reason it was dropped). Entries that throw while read are dropped too.
 * `identity` makes an entry's identity for duplicate checks; `duplicate` says which one was a duplicate
 * (default: its id).
 */
function collection<T>(
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

function frameworkOf(feed: Obj, ctx: Context): Framework {
  const { problems } = ctx;
  const raw = read(feed, 'framework');
  if (raw === undefined || raw === null) return MIPEX_R_FRAMEWORK;
  if (!isObject(raw)) {
    problems.fix('$.framework', 'framework-not-object');
    return MIPEX_R_FRAMEWORK;
  }
  let id = idOf(read(raw, 'id'));
  if (!id) {
    problems.fix('$.framework.id', 'framework-no-id');
    id = 'custom';
  }
  let scale: readonly [number, number] = MIPEX_R_FRAMEWORK.scale;
  const rawScale = read(raw, 'scale');
  if (rawScale !== undefined && rawScale !== null) {
    const pair = isArray(rawScale) && rawScale.length === 2 ? rawScale.map((v) => numberIn(v, NUMBER_LIMITS.scale)) : [];
    const [lo, hi] = pair;
    if (lo !== undefined && hi !== undefined && lo < hi) scale = freeze([lo, hi] as const);
    else problems.fix('$.framework.scale', 'framework-scale');
  }
  const rawDimensions = read(raw, 'dimensions');
  let dimensions: readonly Dimension[] = EMPTY;
  if (rawDimensions === undefined || rawDimensions === null) {
    if (id !== MIPEX_R_FRAMEWORK.id) problems.fix('$.framework.dimensions', 'framework-no-dimensions');
  } else {
    dimensions = collection(rawDimensions, '$.framework.dimensions', ctx, dimensionOf, byId);
    if (dimensions.length === 0) problems.fix('$.framework.dimensions', 'framework-no-usable-dimensions');
  }
  if (dimensions.length === 0) dimensions = MIPEX_R_FRAMEWORK.dimensions;
  if (id === MIPEX_R_FRAMEWORK.id && scale === MIPEX_R_FRAMEWORK.scale && dimensions === MIPEX_R_FRAMEWORK.dimensions) return MIPEX_R_FRAMEWORK;
  return freeze({ id, scale, dimensions });
}

// ---------------------------------------------------------------------------------------------------
// The feed

const SUPPORTED_MAJOR = 1;
const VERSION = /^(\d{1,4})(?:\.(\d{1,6})){0,2}$/;

/** A short, safe echo of a producer's value inside a message. */
function echo(v: unknown): string {
  const s = typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : `a ${typeof v}`;
  const clean = s.replace(INVISIBLE, '').replace(SHORT_SPACE, ' ').trim();
  return clean.length > 40 ? clean.slice(0, 39) + '…' : clean;
}

function fatal(message: string): NormaliseResult {
  return freeze({ feed: null, problems: freeze([freeze({ path: '$', severity: 'fatal' as const, code: 'fatal', params: EMPTY, message })]) });
}

/**
 * Checks and cleans a feed. Never throws: an unusable input gives `feed: null` and one `fatal`
 * problem whose message a webmaster can act on; otherwise every dropped entry and fixed field is
 * listed with its JSON path. The result is deep-frozen and shares no object with the input.
 */
export function normaliseFeed(input: unknown): NormaliseResult {
  try {
    return normalise(input);
  } catch {
    return fatal('This feed could not be read.');
  }
}

function normalise(input: unknown): NormaliseResult {
  if (!isObject(input)) {
    return fatal(`This is not a regin-feed: expected a JSON object with "format": "${FORMAT}", found ${isArray(input) ? 'a list' : input === null ? 'null' : `a ${typeof input}`}.`);
  }
  const format = read(input, 'format');
  if (format !== FORMAT) {
    return fatal(
      format === undefined
        ? `This is not a regin-feed: it has no "format": "${FORMAT}".`
        : `This is not a regin-feed: its format is "${echo(format)}", expected "${FORMAT}".`,
    );
  }
  const problems = problemList();
  const rawVersion = read(input, 'version');
  if (rawVersion === undefined || rawVersion === null) {
    return fatal(`This feed has no version; this widget reads version ${SUPPORTED_MAJOR}.x feeds — add "version": "1.0" to the feed.`);
  }
  let version = typeof rawVersion === 'string' ? rawVersion.trim() : typeof rawVersion === 'number' && Number.isFinite(rawVersion) ? String(rawVersion) : '';
  if (typeof rawVersion === 'number' && version) problems.fix('$.version', 'version-number');
  const v = VERSION.exec(version);
  if (!v) return fatal(`This feed's version "${echo(rawVersion)}" is not a version number; this widget reads version ${SUPPORTED_MAJOR}.x feeds.`);
  const major = Number(v[1]);
  if (major !== SUPPORTED_MAJOR) {
    const fix = major > SUPPORTED_MAJOR ? 'update regin-widgets' : `update the feed to version ${SUPPORTED_MAJOR}.x`;
    return fatal(`This feed is version ${version}; this widget reads version ${SUPPORTED_MAJOR}.x feeds — ${fix}.`);
  }
  if (!version.includes('.')) version = `${version}.0`;

  const f = fields(input, '$', problems);
  f.set('format', FORMAT);
  f.set('version', version);
  f.opt('updated', dateTimeOf, ['not-date-time']);
  const sample = f.flag('sample', 'feed', 'sample data');
  const base = { problems, sample, scale: MIPEX_R_FRAMEWORK.scale, dimensionIds: new Set<string>(), regionIds: new Set<string>() };
  f.text('title', SHORT);
  f.set('attribution', textList(input, 'attribution', '$', problems, 'drop'));

  const framework = f.set('framework', frameworkOf(input, base));
  const withFramework = { ...base, scale: framework.scale, dimensionIds: new Set(framework.dimensions.map(byId)) };
  const regions = f.set('regions', collection(read(input, 'regions'), '$.regions', withFramework, regionOf, byId));
  const ctx: Context = { ...withFramework, regionIds: new Set(regions.map(byId)) };
  f.set('partners', collection(read(input, 'partners'), '$.partners', ctx, partnerOf, byId));
  f.set(
    'scores',
    collection(
      read(input, 'scores'),
      '$.scores',
      ctx,
      scoreOf,
      (s) => `${s.region}\u0000${s.dimension}\u0000${s.year ?? ''}\u0000${s.targetGroup ?? ''}`,
      (s) => `${s.region} / ${s.dimension}${s.year ? ` / ${s.year}` : ''}${s.targetGroup ? ` / ${s.targetGroup}` : ''}`,
    ),
  );
  f.set('baselines', collection(read(input, 'baselines'), '$.baselines', ctx, baselineOf));
  f.set('measures', collection(read(input, 'measures'), '$.measures', ctx, measureOf, byId));

  return freeze({ feed: f.done<Feed>(), problems: problems.done() });
}
