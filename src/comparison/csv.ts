/**
 * CSV of exactly what the comparison shows (RFC 4180: CRLF line ends, quoted cells where needed),
 * UTF-8 with a byte-order mark so spreadsheet programs detect the encoding, and a few `#` header lines
 * naming the source, the date of the data and whether it is synthetic.
 */

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
  /** Column titles: the shown regions, in order. */
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
    ],
    [words.dimension, ...input.regions, words.gap],
    input.rows.map((r) => [r.label, ...r.values.map((v) => v ?? words.noData), r.gap]),
  );
}
