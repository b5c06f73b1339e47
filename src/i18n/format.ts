/**
 * `Intl` formats in a given language: numbers, percentages, amounts, feed dates and periods, lists,
 * plural categories and collation. Pure and DOM-free; every `Intl` object is cached per tag and options,
 * so calling these in `willUpdate` for hundreds of values stays cheap.
 *
 * Every function takes a BCP 47 tag first (`LocaleController.tag`). An invalid tag falls back to
 * English instead of throwing.
 */

const cache = new Map<string, unknown>();

function cached<T>(kind: string, tag: string, options: object | undefined, create: (tag: string) => T): T {
  const key = `${kind}|${tag}|${options ? JSON.stringify(options) : ''}`;
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    try {
      value = create(tag);
    } catch {
      value = create('en'); // a malformed `lang` on the host page must not break the widget
    }
    cache.set(key, value);
  }
  return value;
}

const numberFormat = (tag: string, options?: Intl.NumberFormatOptions) =>
  cached('number', tag, options, (t) => new Intl.NumberFormat(t, options));

/** `1234.5` → `1,234.5` (en), `1.234,5` (es), `1 234,5` (sv, with U+00A0). Non-finite → `''`. */
export function formatNumber(tag: string, value: number, options?: Intl.NumberFormatOptions): string {
  return Number.isFinite(value) ? numberFormat(tag, options).format(value) : '';
}

/** A ratio as a percentage: `0.25` → `25%` (en), `25 %` (fr, sv). Non-finite → `''`. */
export function formatPercent(tag: string, ratio: number, maximumFractionDigits = 0): string {
  return formatNumber(tag, ratio, { style: 'percent', maximumFractionDigits });
}

/**
 * An amount of money: `120000, 'EUR'` → `€120,000` (en), `120.000 €` (es). Whole amounts show no
 * cents. An unknown currency code shows the number followed by the code.
 */
export function formatCurrency(tag: string, amount: number, currency: string): string {
  if (!Number.isFinite(amount)) return '';
  const fraction = Number.isInteger(amount) ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {};
  try {
    return numberFormat(tag, { style: 'currency', currency, ...fraction }).format(amount);
  } catch {
    return `${formatNumber(tag, amount)} ${currency}`;
  }
}

/** A feed date and how precise it is: `2021` is a year, `2021-03` a month, `2021-03-05` a day. */
interface FeedDate {
  readonly date: Date;
  readonly precision: Precision;
}

type Precision = 'year' | 'month' | 'day';

/** Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a full ISO timestamp; anything else → `undefined`. */
export function parseFeedDate(value: string | Date | undefined): FeedDate | undefined {
  if (value === undefined) return undefined;
  if (value instanceof Date) return Number.isNaN(value.valueOf()) ? undefined : { date: value, precision: 'day' };
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (m) {
    const [, y, mo, d] = m;
    const [year, month, day] = [Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1];
    const date = new Date(Date.UTC(year, month, day));
    // Date.UTC rolls `2021-13` over into 2022: reject dates that do not exist
    if (date.getUTCMonth() !== month || date.getUTCDate() !== day) return undefined;
    return { date, precision: d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year' };
  }
  const date = new Date(value);
  return Number.isNaN(date.valueOf()) ? undefined : { date, precision: 'day' };
}

/** How a date of each precision is written. */
const FORMATS: Readonly<Record<Precision, Intl.DateTimeFormatOptions>> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};
const PRECISIONS: readonly Precision[] = ['year', 'month', 'day'];

const dateFormat = (tag: string, options: Intl.DateTimeFormatOptions) =>
  cached('date', tag, options, (t) => new Intl.DateTimeFormat(t, options));

/**
 * A feed date in words, as precise as it is given: `2021` → `2021`, `2021-03` → `March 2021`,
 * `2021-03-05` → `5 March 2021` (en-GB), `5 de marzo de 2021` (es). Feed dates are calendar dates, so
 * they are shown in UTC (no day shift). Unparseable → `''`.
 */
export function formatDate(tag: string, value: string | Date | undefined): string {
  const parsed = parseFeedDate(value);
  return parsed ? dateFormat(tag, FORMATS[parsed.precision]).format(parsed.date) : '';
}

/** How an open-ended period reads; the caller passes translated sentences. */
export interface PeriodWords {
  /** `since(“March 2021”)` → `since March 2021`. */
  since(date: string): string;
  /** `until(“December 2022”)` → `until December 2022`. */
  until(date: string): string;
}

const ENGLISH_PERIOD: PeriodWords = { since: (d) => `since ${d}`, until: (d) => `until ${d}` };

/**
 * A period between two feed dates: `March 2021 – December 2022` (en), `marzo de 2021–diciembre de 2022` (es),
 * shortened the way each language does when both ends share the year. One end missing: `since …` /
 * `until …` from `words`. Both missing or unparseable → `''`.
 */
export function formatMonthRange(
  tag: string,
  start: string | undefined,
  end: string | undefined,
  words: PeriodWords = ENGLISH_PERIOD,
): string {
  const from = parseFeedDate(start);
  const to = parseFeedDate(end);
  if (from && to) {
    // Both ends as precise as the less precise one: `2017 – 2020`, not `January 2017 – 2020`.
    const precision = PRECISIONS[Math.min(PRECISIONS.indexOf(from.precision), PRECISIONS.indexOf(to.precision))]!;
    if (from.date > to.date) return `${formatDate(tag, start)} – ${formatDate(tag, end)}`;
    return dateFormat(tag, FORMATS[precision]).formatRange(from.date, to.date);
  }
  if (from) return words.since(formatDate(tag, start));
  if (to) return words.until(formatDate(tag, end));
  return '';
}

/** `['Catalonia', 'Murcia', 'Puglia']` → `Catalonia, Murcia, and Puglia` (en), `Catalonia, Murcia i Puglia` (ca). */
export function formatList(tag: string, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return cached('list', tag, { type }, (t) => new Intl.ListFormat(t, { style: 'long', type })).format(items);
}

/** The plural category of `n` in the language: `one` for 1 in English, for 0 and 1 in French. */
export function pluralCategory(tag: string, n: number): Intl.LDMLPluralRule {
  return cached('plural', tag, undefined, (t) => new Intl.PluralRules(t)).select(n);
}

/**
 * Chooses between a `one` and an `other` form by the language's plural rules. Both forms are written
 * as separate messages by the caller (`…one` / `…other` ids), so every language translates both.
 */
export function selectPlural<T>(tag: string, n: number, forms: { readonly one: T; readonly other: T }): T {
  return pluralCategory(tag, n) === 'one' ? forms.one : forms.other;
}

const collator = (tag: string) =>
  cached('collator', tag, undefined, (t) => new Intl.Collator(t, { numeric: true, sensitivity: 'variant' }));

/** Compares two names in the language's alphabetical order (`Åland` after `Zeeland` in Swedish). */
export function compareText(tag: string, a: string, b: string): number {
  return collator(tag).compare(a, b);
}

/** A comparator for `Array.prototype.sort` in the language's alphabetical order. */
export function textComparator(tag: string): (a: string, b: string) => number {
  return collator(tag).compare;
}
