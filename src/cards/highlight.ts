/**
 * Splits a text into plain and matching segments for a query, so the view can wrap matches in
 * `<mark>` with Lit — no markup is ever built from the text. Matching follows the search: folded
 * words, whole-word for finished words, prefix for the word being typed. DOM-free.
 */
import { foldWithMap, wordSpans } from './fold.js';
import type { ParsedQuery } from './search-index.js';

export interface Segment {
  readonly text: string;
  readonly match: boolean;
}

/** Folded ranges `[start, end)` of the query's matches in a folded text. */
function matchRanges(folded: string, query: ParsedQuery): Array<[number, number]> {
  const complete = new Set(query.complete);
  const ranges: Array<[number, number]> = [];
  for (const [s, e] of wordSpans(folded)) {
    const word = folded.slice(s, e);
    if (complete.has(word)) ranges.push([s, e]);
    else if (query.prefix && word.startsWith(query.prefix)) ranges.push([s, s + query.prefix.length]);
  }
  return ranges;
}

/** The text cut into segments; one `{match: false}` segment when nothing matches. */
export function highlight(text: string, query: ParsedQuery): Segment[] {
  if (text === '' || (query.complete.length === 0 && !query.prefix)) return [{ text, match: false }];
  const map = foldWithMap(text);
  const segments: Segment[] = [];
  let at = 0;
  for (const [fs, fe] of matchRanges(map.text, query)) {
    const s = map.start[fs]!;
    const e = map.end[fe - 1]!;
    if (s > at) segments.push({ text: text.slice(at, s), match: false });
    segments.push({ text: text.slice(s, e), match: true });
    at = e;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), match: false });
  return segments;
}

/** Whether any segment is a match. */
export function hasMatch(segments: readonly Segment[]): boolean {
  return segments.some((s) => s.match);
}

/**
 * A short excerpt of `text` around its first match (about `width` characters, cut at word
 * boundaries, with "…" where text was left out), or `null` when nothing matches.
 */
export function excerpt(text: string, query: ParsedQuery, width = 90): Segment[] | null {
  const all = highlight(text, query);
  const first = all.findIndex((s) => s.match);
  if (first < 0) return null;
  if (text.length <= width) return all;
  let before = all
    .slice(0, first)
    .map((s) => s.text)
    .join('');
  let budget = Math.max(0, width - all[first]!.text.length);
  const lead = Math.min(before.length, Math.floor(budget / 3));
  let cut = before.length - lead;
  // Start at a word boundary.
  const space = before.indexOf(' ', cut);
  if (cut > 0 && space >= 0 && space < before.length) cut = space + 1;
  before = before.slice(cut);
  budget -= before.length;
  const out: Segment[] = [];
  if (cut > 0) out.push({ text: '…', match: false });
  if (before) out.push({ text: before, match: false });
  for (const seg of all.slice(first)) {
    if (seg.match || seg.text.length <= budget) {
      out.push(seg);
      budget -= seg.text.length;
      continue;
    }
    let piece = seg.text.slice(0, Math.max(0, budget));
    const lastSpace = piece.lastIndexOf(' ');
    if (lastSpace > 0) piece = piece.slice(0, lastSpace);
    if (piece) out.push({ text: piece, match: false });
    out.push({ text: '…', match: false });
    break;
  }
  return out;
}
