/**
 * Legend layout inside the SVG: a title of at most two lines, then swatches with labels flowing left to
 * right and wrapping at the legend's width. Text widths are estimated (no DOM measuring), generously.
 */

export interface LegendEntry {
  /** CSS class that colours the swatch (the same as on the map). */
  readonly cls: string;
  readonly label: string;
  /** Marker path for roles (the shape is the second channel); a square swatch otherwise. */
  readonly shape?: string;
}

export interface LegendLayout {
  readonly title: readonly string[];
  readonly entries: readonly { readonly entry: LegendEntry; readonly x: number; readonly y: number }[];
  readonly width: number;
  readonly height: number;
}

export const LINE = 18;
const PAD = 8;
const SWATCH = 14;
/**
 * Estimated advance of a character of 12 px legend text, generous enough for a reader's own text spacing
 * (WCAG 1.4.12: letters 0.12 em apart add about 1.4 px each).
 */
const CHAR = 8.2;
const SPACING = 12;

const textWidth = (s: string) => Math.ceil(s.length * CHAR);

/** Splits `text` into at most `lines` lines that fit `width` (the last one ends in "…" when cut). */
export function wrap(text: string, width: number, lines = 2): string[] {
  const max = Math.max(4, Math.floor(width / CHAR));
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= max || !line) line = next;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line) out.push(line);
  if (out.length > lines) {
    out.length = lines;
    out[lines - 1] = out[lines - 1]!.slice(0, max - 1) + '…';
  }
  return out.map((l) => (l.length > max ? l.slice(0, max - 1) + '…' : l));
}

/** Lays out a legend no wider than `maxWidth`; `titleLines` reserves that many lines for the title. */
export function layoutLegend(title: string, entries: readonly LegendEntry[], maxWidth: number, titleLines = 0): LegendLayout {
  const inner = Math.max(40, maxWidth - 2 * PAD);
  const lines = wrap(title, inner);
  const top = PAD + LINE * Math.max(titleLines, lines.length);
  let x = 0;
  let row = 0;
  let widest = Math.max(0, ...lines.map(textWidth));
  const placed = entries.map((entry) => {
    const w = SWATCH + 6 + textWidth(entry.label);
    if (x > 0 && x + w > inner) {
      x = 0;
      row++;
    }
    const at = { entry, x: PAD + x, y: top + row * LINE };
    x += w + SPACING;
    widest = Math.max(widest, x - SPACING);
    return at;
  });
  const rows = entries.length ? row + 1 : 0;
  return { title: lines, entries: placed, width: Math.min(maxWidth, widest + 2 * PAD), height: top + rows * LINE + PAD / 2 };
}
