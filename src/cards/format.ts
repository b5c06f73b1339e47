/**
 * Formatting of a measure's facts for the widget's language: period, budget, unknown ids. Sentences
 * come from the caller (already translated), numbers and dates from `Intl`. DOM-free.
 */

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as a UTC date, or `null`. */
export function parseMonth(value: string | undefined): Date | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value ?? '');
  if (!m) return null;
  const month = m[2] ? Number(m[2]) : 1;
  if (month < 1 || month > 12) return null;
  return new Date(Date.UTC(Number(m[1]), month - 1, 1));
}

export interface PeriodWords {
  /** "since March 2019" */
  readonly since: (date: string) => string;
  /** "until December 2021" */
  readonly until: (date: string) => string;
}

/** "Mar 2019 – Dec 2021", "since Mar 2019", or `''` when neither date can be read. */
export function formatPeriod(start: string | undefined, end: string | undefined, lang: string, words: PeriodWords): string {
  const s = parseMonth(start);
  const e = parseMonth(end);
  const yearOnly = (v: string | undefined) => /^\d{4}$/.test(v ?? '');
  const fmt = new Intl.DateTimeFormat(lang, {
    year: 'numeric',
    ...(yearOnly(start) && (!e || yearOnly(end)) ? {} : { month: 'short' }),
    timeZone: 'UTC',
  });
  if (s && e) return e < s ? fmt.format(s) : fmt.formatRange(s, e);
  if (s) return words.since(fmt.format(s));
  if (e) return words.until(fmt.format(e));
  return '';
}

/** A budget in its currency ("€120,000" / "120 000 €"); an unknown currency code is shown after the number. */
export function formatBudget(budget: { amount: number; currency: string } | undefined, lang: string): string {
  if (!budget || !Number.isFinite(budget.amount)) return '';
  try {
    return new Intl.NumberFormat(lang, { style: 'currency', currency: budget.currency, maximumFractionDigits: 0 }).format(
      budget.amount,
    );
  } catch {
    return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(budget.amount)} ${budget.currency}`;
  }
}

/** An id nobody has named, made readable: `social-security` → "Social security"; `ESF+` stays. */
export function humanise(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').trim();
  if (words === '') return id;
  if (/[A-Z]/.test(id.slice(1)) && !/[a-z][A-Z]/.test(id)) return words; // acronyms keep their case
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}
