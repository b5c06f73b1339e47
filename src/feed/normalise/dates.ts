/**
 * Dates from a feed: a year, month or day (`2019`, `2019-03`, `2019-03-15`), or a day or date-time with
 * a time zone; real calendar days within the plausible years only.
 */
import { NUMBER_LIMITS } from '../contract.js';
import { trimmed } from './read.js';

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const YEAR_MONTH_OR_DAY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;

export function validDay(y: number, m: number, d: number | undefined): boolean {
  if (y < NUMBER_LIMITS.year[0] || y > NUMBER_LIMITS.year[1] || m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d >= 1 && d <= (m === 2 && !leap ? 28 : DAYS[m - 1]!);
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: a real year, month or day within the plausible years. */
export function partialDateOf(v: unknown): string | undefined {
  const m = YEAR_MONTH_OR_DAY.exec(trimmed(v) ?? '');
  if (!m) return undefined;
  return validDay(+m[1]!, m[2] === undefined ? 1 : +m[2], m[3] === undefined ? undefined : +m[3]) ? m[0] : undefined;
}

/** `YYYY-MM-DD` or an RFC 3339 date-time with a zone (`2026-11-28T10:00:00Z`). */
export function dateTimeOf(v: unknown): string | undefined {
  const m = DATE_TIME.exec(trimmed(v) ?? '');
  if (!m || !validDay(+m[1]!, +m[2]!, +m[3]!)) return undefined;
  if (m[4] !== undefined && (+m[4] > 23 || +m[5]! > 59 || (m[6] !== undefined && +m[6] > 60))) return undefined;
  if (m[7] !== undefined && (+m[7] > 23 || +m[8]! > 59)) return undefined;
  return m[0];
}

/** `true` when `end` is before `start` (a year covers all its months, a month all its days). */
export function before(end: string, start: string): boolean {
  const n = Math.min(end.length, start.length);
  return end.slice(0, n) < start.slice(0, n);
}
