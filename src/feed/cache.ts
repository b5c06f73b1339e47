/**
 * The last good copy of each feed, kept in `localStorage` so that a later failure — including a fresh
 * page load while offline — can still show data, marked stale.
 *
 * The storage belongs to the host page's origin, so we are careful guests: one key per feed URL under a
 * `regin-widgets:` prefix, entries over a size cap are not stored, and every access is guarded —
 * storage may be disabled, full, or throw `SecurityError` (sandboxed frames, some privacy modes). A
 * failure here never breaks a widget; it only means there is no offline copy.
 */

/** A stored copy: the raw JSON (normalised again when used, so a newer normaliser applies). */
export interface CachedFeed {
  readonly raw: unknown;
  /** When it was fetched, ms since epoch. */
  readonly fetchedAt: number;
  /** Hash of the body it came from (`hashText` in the loader). */
  readonly hash: string;
}

export const CACHE_PREFIX = 'regin-widgets:feed:v1:';

/** Largest stored entry, in UTF-16 code units (about 2 MB of the usual 5 MB per origin). */
export const CACHE_MAX_CHARS = 1_000_000;

/** The page's `localStorage`, or `null` when it is missing or access throws. */
export function defaultStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The stored copy of the feed at `url`, or `null` (none, unreadable, or storage unavailable). */
export function readCachedFeed(url: string, storage: Storage | null = defaultStorage()): CachedFeed | null {
  if (!storage) return null;
  const key = CACHE_PREFIX + url;
  try {
    const text = storage.getItem(key);
    if (text === null) return null;
    const value = parseOrNull(text) as (Partial<CachedFeed> & { v?: number }) | null;
    if (value?.v === 1 && typeof value.fetchedAt === 'number' && typeof value.hash === 'string' && 'raw' in value) {
      return { raw: value.raw, fetchedAt: value.fetchedAt, hash: value.hash };
    }
    storage.removeItem(key); // damaged, or from an unknown version
  } catch {
    // storage unavailable: treat as absent
  }
  return null;
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Stores `entry` as the last good copy of `url`. An entry over `maxChars` is not stored and the
 * older copy is removed (it would no longer be the last good data). When storage is full, our other
 * feed copies are dropped and the write is tried once more. Returns whether the copy was stored.
 */
export function writeCachedFeed(
  url: string,
  entry: CachedFeed,
  storage: Storage | null = defaultStorage(),
  maxChars = CACHE_MAX_CHARS,
): boolean {
  if (!storage) return false;
  const key = CACHE_PREFIX + url;
  try {
    const text = JSON.stringify({ v: 1, fetchedAt: entry.fetchedAt, hash: entry.hash, raw: entry.raw });
    if (text.length > maxChars) {
      storage.removeItem(key);
      return false;
    }
    try {
      storage.setItem(key, text);
    } catch {
      // Most likely full: make room among our own entries only, then try once more.
      clearCachedFeeds(storage);
      storage.setItem(key, text);
    }
    return true;
  } catch {
    try {
      storage.removeItem(key);
    } catch {
      // nothing more we can do
    }
    return false;
  }
}

/** Removes every stored feed copy (ours only). */
export function clearCachedFeeds(storage: Storage | null = defaultStorage()): void {
  if (!storage) return;
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(CACHE_PREFIX)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  } catch {
    // storage unavailable
  }
}
