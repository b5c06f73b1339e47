/**
 * CSV of exactly what the comparison shows (RFC 4180: CRLF line ends, quoted cells where needed),
 * UTF-8 with a byte-order mark so spreadsheet programs detect the encoding, and a few `#` header lines
 * naming the source, the date of the data and whether it is synthetic. The comparison loads this module
 * on demand (`import()`), when a person asks for the download.
 */
import { downloadBlob } from '../chart/download.js';
import { syntheticShare, type Profile } from '../chart/profiles.js';
import { dataDate, markedName, noData, sourceLine } from '../chart/words.js';
import { MIPEX_R_REPORT_URL } from '../core/notices.js';
import type { Feed } from '../feed/types.js';
import type { LocaleController } from '../i18n/locale-controller.js';
import type { ComparisonRow } from './model.js';

/** Characters that make spreadsheet programs read a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: numbers as they are, text quoted when needed and defused when it could start a formula. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: `comments` as `# …` lines, then the header row and the rows. */
export function toCsv(
  comments: readonly string[],
  header: readonly string[],
  rows: readonly (readonly (string | number | undefined)[])[],
): string {
  const lines = [
    ...comments.map((c) => csvCell(`# ${c}`)),
    header.map(csvCell).join(','),
    ...rows.map((r) => r.map(csvCell).join(',')),
  ];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export interface ComparisonCsvInput {
  /** Translated words for the header lines and the columns. */
  readonly words: {
    readonly source: string;
    readonly asOf: string;
    readonly synthetic: string;
    readonly yes: string;
    readonly no: string;
    readonly dimension: string;
    readonly gap: string;
    readonly noData: string;
  };
  readonly source: string;
  readonly asOf: string;
  readonly synthetic: boolean;
  /** Further `#` lines (e.g. where published figures are). */
  readonly notes?: readonly string[];
  /** Column titles: the shown regions, in order (each marked when its figures are illustrative). */
  readonly regions: readonly string[];
  /** In the order shown. */
  readonly rows: readonly { readonly label: string; readonly values: readonly (number | undefined)[]; readonly gap?: number }[];
}

/** The comparison table as CSV: a column per region in the order shown, rows in the current sort. */
export function comparisonCsv(input: ComparisonCsvInput): string {
  const { words } = input;
  return toCsv(
    [
      `${words.source}: ${input.source}`,
      `${words.asOf}: ${input.asOf}`,
      `${words.synthetic}: ${input.synthetic ? words.yes : words.no}`,
      ...(input.notes ?? []),
    ],
    [words.dimension, ...input.regions, words.gap],
    input.rows.map((r) => [r.label, ...r.values.map((v) => v ?? words.noData), r.gap]),
  );
}

/** Header lines and column words of the CSV download. */
function csvWords(i18n: LocaleController): ComparisonCsvInput['words'] {
  const { msg } = i18n;
  return {
    source: msg('Source', { id: 'comparison.csv.source' }),
    asOf: msg('Data as of', { id: 'comparison.csv.as-of' }),
    synthetic: msg('Synthetic', { id: 'comparison.csv.synthetic' }),
    yes: msg('yes', { id: 'comparison.csv.yes' }),
    no: msg('no', { id: 'comparison.csv.no' }),
    dimension: msg('Dimension', { id: 'comparison.dimension' }),
    gap: msg('Gap (highest − lowest)', { id: 'comparison.gap' }),
    noData: noData(i18n),
  };
}

/** Source, date and synthetic flag of what is shown; with illustrative MIPEX-R scores, where the published ones are. */
function csvSource(i18n: LocaleController, feed: Feed, profiles: readonly Profile[]) {
  const synthetic = feed.sample || profiles.some((p) => p.synthetic);
  const notes =
    synthetic && feed.framework.id === 'mipex-r'
      ? [
          `${i18n.msg('Published regional MIPEX-R results: CIDOB and MPG comparative report (2022)', { id: 'notice.mipex-r-report' })}: ${MIPEX_R_REPORT_URL}`,
        ]
      : [];
  return { source: sourceLine(i18n, feed), asOf: dataDate(feed), synthetic, notes };
}

/**
 * Offers the comparison as shown — a column per region of `profiles` (ids `ids`), `rows` in their
 * current order, then the national scores when given — as a CSV file.
 */
export function downloadComparison(
  i18n: LocaleController,
  feed: Feed,
  profiles: readonly Profile[],
  rows: readonly ComparisonRow[],
  national: readonly (number | undefined)[] | undefined,
  ids: readonly string[],
): void {
  const source = csvSource(i18n, feed, profiles);
  const mixed = syntheticShare(profiles) === 'some';
  const text = comparisonCsv({
    words: csvWords(i18n),
    ...source,
    regions: profiles.map((p) => markedName(i18n, i18n.text(p.region.name).value, mixed && p.synthetic)),
    rows: [
      ...rows.map((r) => ({ label: i18n.text(r.dimension.label).value, values: r.values, gap: r.gap })),
      ...(national
        ? [
            {
              label: i18n.msg('National MIPEX overall score (national index, not regional)', { id: 'comparison.national-row' }),
              values: national,
            },
          ]
        : []),
    ],
  });
  downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), `regin-comparison-${ids.join('-')}-${source.asOf}.csv`);
}
