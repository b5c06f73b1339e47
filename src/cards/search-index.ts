/**
 * The full-text index over measures, built once per feed: every word of the title, summary, lessons
 * learnt and transferability tips, in every language the feed gives, folded (see `fold.ts`).
 *
 * A query matches a measure when every word matches (AND); the last word matches as a prefix while the
 * person is still typing it. Title hits rank above hits in the other texts. DOM-free.
 */
import type { Measure, Text } from '../feed/types.js';
import { tokenize } from './fold.js';

/** Where a word was found: bit flags. */
export const IN_TITLE = 1;
export const IN_BODY = 2;

export interface SearchIndex {
  /** Number of measures indexed (document ids are `0 … size - 1`, in feed order). */
  readonly size: number;
  /** Every distinct folded word, sorted by UTF-16 code units (so a prefix is a contiguous range). */
  readonly words: readonly string[];
  /** For `words[i]`: the ids of the measures containing it, ascending. */
  readonly docs: readonly Int32Array[];
  /** For `words[i]`: per entry of `docs[i]`, where the word was found (`IN_TITLE | IN_BODY`). */
  readonly where: readonly Uint8Array[];
}

/** A query split into words: `complete` ones match whole words, `prefix` the start of a word. */
export interface ParsedQuery {
  readonly complete: readonly string[];
  readonly prefix?: string;
}

export interface SearchHits {
  /** `matched[doc] === 1` when the measure matches every word. */
  readonly matched: Uint8Array;
  /** Relevance per measure (higher first); meaningful for matched measures only. */
  readonly score: Float32Array;
  readonly count: number;
}

/** Longer queries are cut: nobody types more, and the work per keystroke stays bounded. */
const MAX_QUERY_LENGTH = 200;
const MAX_QUERY_WORDS = 16;

const BODY_FIELDS = ['summary', 'lessons', 'transferability'] as const;

function textsOf(text: Text | undefined): string[] {
  return text ? Object.values(text) : [];
}

/** Builds the index for `measures` (all languages of each text). */
export function buildSearchIndex(measures: readonly Measure[]): SearchIndex {
  const postings = new Map<string, { docs: number[]; where: number[] }>();
  const add = (word: string, doc: number, flag: number) => {
    let p = postings.get(word);
    if (!p) postings.set(word, (p = { docs: [], where: [] }));
    const last = p.docs.length - 1;
    if (last >= 0 && p.docs[last] === doc) p.where[last]! |= flag;
    else {
      p.docs.push(doc);
      p.where.push(flag);
    }
  };
  measures.forEach((m, doc) => {
    for (const t of textsOf(m.title)) for (const w of tokenize(t)) add(w, doc, IN_TITLE);
    for (const field of BODY_FIELDS) for (const t of textsOf(m[field])) for (const w of tokenize(t)) add(w, doc, IN_BODY);
  });
  const words = [...postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    size: measures.length,
    words,
    docs: words.map((w) => Int32Array.from(postings.get(w)!.docs)),
    where: words.map((w) => Uint8Array.from(postings.get(w)!.where)),
  };
}

/**
 * Splits what a person typed into words. The last word is a prefix unless the query ends with a space
 * or punctuation (the person has finished it).
 */
export function parseQuery(query: string): ParsedQuery {
  const all = tokenize(query.slice(0, MAX_QUERY_LENGTH));
  const words = [...new Set(all)].slice(0, MAX_QUERY_WORDS);
  if (words.length === 0) return { complete: [] };
  const finished = /[^\p{L}\p{N}\p{M}]$/u.test(query);
  if (finished) return { complete: words };
  const last = all.at(-1)!;
  return { complete: words.filter((w) => w !== last), prefix: last };
}

/** Whether a parsed query has no words (every measure matches). */
export function isEmptyQuery(q: ParsedQuery): boolean {
  return q.complete.length === 0 && !q.prefix;
}

/** First index in `words` not less than `key`. */
function lowerBound(words: readonly string[], key: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indexes (in `index.words`) of the words a query word matches. */
function wordRange(index: SearchIndex, word: string, prefix: boolean): [number, number] {
  const from = lowerBound(index.words, word);
  if (!prefix) return index.words[from] === word ? [from, from + 1] : [from, from];
  let to = from;
  while (to < index.words.length && index.words[to]!.startsWith(word)) to++;
  return [from, to];
}

/** Runs a parsed query; `null` when the query is empty (every measure matches). */
export function searchIndex(index: SearchIndex, query: ParsedQuery): SearchHits | null {
  if (isEmptyQuery(query)) return null;
  const n = index.size;
  const terms: Array<[string, boolean]> = query.complete.map((w) => [w, false]);
  if (query.prefix) terms.push([query.prefix, true]);
  const hits = new Uint8Array(n);
  const score = new Float32Array(n);
  const found = new Float32Array(n);
  terms.forEach(([word, prefix], t) => {
    found.fill(0);
    const [from, to] = wordRange(index, word, prefix);
    for (let w = from; w < to; w++) {
      const docs = index.docs[w]!;
      const where = index.where[w]!;
      const exact = index.words[w] === word;
      for (let i = 0; i < docs.length; i++) {
        const d = docs[i]!;
        if (hits[d] !== t) continue; // already failed an earlier word
        // Title hits rank above body hits; a whole-word hit above a prefix hit.
        const s = (where[i]! & IN_TITLE ? 4 : 1) + (exact ? 0.5 : 0);
        if (s > found[d]!) found[d] = s;
      }
    }
    for (let d = 0; d < n; d++) {
      if (found[d]) {
        hits[d] = t + 1;
        score[d]! += found[d]!;
      }
    }
  });
  const matched = new Uint8Array(n);
  let count = 0;
  for (let d = 0; d < n; d++) {
    if (hits[d] === terms.length) {
      matched[d] = 1;
      count++;
    }
  }
  return { matched, score, count };
}
