/**
 * The plain-language summary of a profile ("Strongest: education 78; weakest: religion 35; 6 points
 * above the average of the shown regions"). The logic — which dimension is strongest or weakest, how far
 * the profile is from its reference — is here; the words come from the caller, so the sentence is
 * translated with the rest of the widget.
 */
import { mean } from '../chart/scale.js';

export interface SummaryEntry {
  /** Dimension index (canonical order). */
  readonly index: number;
  readonly value: number;
}

export interface SeriesSummary {
  /** Highest value (the first in canonical order on a tie); absent without any value. */
  readonly strongest?: SummaryEntry;
  /** Lowest value (the first in canonical order on a tie); absent with fewer than two values. */
  readonly weakest?: SummaryEntry;
  /** Mean of the present values. */
  readonly mean?: number;
  /** `mean` minus the reference, rounded to whole points; absent without both. */
  readonly difference?: number;
  /** Indices of dimensions without data. */
  readonly missing: readonly number[];
}

/** Summarises one profile against `reference` (the average of the shown regions, or a national score). */
export function summarise(values: readonly (number | undefined)[], reference?: number): SeriesSummary {
  let strongest: SummaryEntry | undefined;
  let weakest: SummaryEntry | undefined;
  const missing: number[] = [];
  let count = 0;
  values.forEach((v, index) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      missing.push(index);
      return;
    }
    count++;
    if (!strongest || v > strongest.value) strongest = { index, value: v };
    if (!weakest || v < weakest.value) weakest = { index, value: v };
  });
  const m = mean(values);
  const difference =
    m !== undefined && typeof reference === 'number' && Number.isFinite(reference) ? Math.round(m - reference) || 0 : undefined;
  return { strongest, weakest: count > 1 ? weakest : undefined, mean: m, difference, missing };
}

/** The reference a summary compares with: the mean of the shown profiles' means. */
export function averageOfMeans(profiles: readonly (readonly (number | undefined)[])[]): number | undefined {
  return mean(profiles.map((values) => mean(values)));
}

/** The translated pieces of a summary sentence. */
export interface SummaryWords {
  strongest(dimension: string, value: string): string;
  weakest(dimension: string, value: string): string;
  /** `points` is the formatted absolute difference, `amount` the same number (for the plural form). */
  above(points: string, amount: number): string;
  below(points: string, amount: number): string;
  same(): string;
  missing(dimensions: readonly string[]): string;
  none(): string;
}

/** Puts a summary into words: the parts joined with "; ", ending with a full stop. */
export function summaryText(
  summary: SeriesSummary,
  dimensions: readonly string[],
  format: (value: number) => string,
  words: SummaryWords,
): string {
  const parts: string[] = [];
  const name = (i: number) => dimensions[i] ?? String(i + 1);
  if (summary.strongest) parts.push(words.strongest(name(summary.strongest.index), format(summary.strongest.value)));
  if (summary.weakest) parts.push(words.weakest(name(summary.weakest.index), format(summary.weakest.value)));
  if (summary.difference !== undefined) {
    const d = summary.difference;
    parts.push(d > 0 ? words.above(format(d), d) : d < 0 ? words.below(format(-d), -d) : words.same());
  }
  if (summary.missing.length > 0 && summary.strongest) parts.push(words.missing(summary.missing.map(name)));
  if (parts.length === 0) return words.none();
  const text = parts.join('; ');
  return /[.!?。]$/.test(text) ? text : text + '.';
}
