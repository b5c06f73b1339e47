/**
 * Search normalisation: text is folded so that accents, case and a few letters that Unicode does not
 * decompose (`ß`, `ø`, `æ`, `ł` …) do not matter — "educacion" finds "Educación", "malmo" finds
 * "Malmö", "strasse" finds "Straße". DOM-free.
 */

/** Letters that compatibility decomposition leaves alone, after lower-casing. */
const SPECIAL: Readonly<Record<string, string>> = Object.freeze({
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'n',
  ſ: 's',
  ς: 'σ',
  // Catalan "l·l" is one word ("col·laboració"): the middle dot disappears instead of splitting it.
  '·': '',
});
const SPECIAL_RE = /[ßøæœłđðþıħŧŋſς·]/g;
const MARKS_RE = /\p{M}/gu;
const SEPARATOR_RE = /[^\p{L}\p{N}]+/u;

/** Folds a text for searching: compatibility decomposition, lower case, no combining marks. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(MARKS_RE, '')
    .replace(SPECIAL_RE, (c) => SPECIAL[c]!);
}

/** The words of a text, folded, in order (repeats kept). */
export function tokenize(text: string): string[] {
  return fold(text)
    .split(SEPARATOR_RE)
    .filter((t) => t !== '');
}

/** A folded text with, for every UTF-16 unit of it, the span of the original text it came from. */
export interface FoldedText {
  readonly text: string;
  /** `start[i]`: offset in the original text where folded unit `i` starts. */
  readonly start: readonly number[];
  /** `end[i]`: offset in the original text where folded unit `i` ends (trailing marks included). */
  readonly end: readonly number[];
}

/**
 * Folds `text` one code point at a time, keeping the way back to the original offsets, so a match in
 * the folded text can be shown on the original one. `foldWithMap(t).text === fold(t)` for real texts.
 */
export function foldWithMap(text: string): FoldedText {
  let out = '';
  const start: number[] = [];
  const end: number[] = [];
  let offset = 0;
  for (const cp of text) {
    // ASCII needs no decomposition: lower-casing is all folding does to it (and it is most text).
    const code = cp.charCodeAt(0);
    const folded = code < 0x80 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : cp) : fold(cp);
    const next = offset + cp.length;
    if (folded === '') {
      // A combining mark (or a dropped letter) belongs to what came before it.
      if (end.length > 0 && end[end.length - 1] === offset) {
        for (let i = end.length - 1; i >= 0 && end[i] === offset; i--) end[i] = next;
      }
    } else {
      out += folded;
      for (let i = 0; i < folded.length; i++) {
        start.push(offset);
        end.push(next);
      }
    }
    offset = next;
  }
  return { text: out, start, end };
}

/** Spans `[start, end)` of the words in an already folded text. */
export function wordSpans(folded: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  const re = /[\p{L}\p{N}]+/gu;
  for (let m = re.exec(folded); m; m = re.exec(folded)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}
