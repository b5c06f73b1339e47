/**
 * The page-level feed store: one load per source however many widgets use it.
 *
 * Subscribers get a {@link FeedSnapshot} now and after every change. The store starts loading on the
 * first subscription and stops (aborting any request and polling) when the last one leaves.
 */
import { BUILTIN_FEED_URL } from './builtin.js';
import { normaliseFeed } from './normalise.js';
import type { FeedSnapshot } from './state.js';
import type { FeedError } from './types.js';

export type FeedListener = (snapshot: FeedSnapshot) => void;

interface Entry {
  snapshot: FeedSnapshot;
  readonly listeners: Set<FeedListener>;
  abort: AbortController;
}

const KEY = Symbol.for('regin-widgets.feed-store.v1');
type Registry = Map<string, Entry>;

function registry(): Registry {
  const g = globalThis as { [KEY]?: Registry };
  return (g[KEY] ??= new Map());
}

const BUILTIN = '\u0000builtin';

/**
 * Subscribes to the feed at `url` (`null`: the built-in feed). `listener` is called at once with the
 * current snapshot and on every change. Returns the unsubscribe function.
 */
export function subscribeFeed(url: string | null, _options: { refresh?: number }, listener: FeedListener): () => void {
  const key = url ?? BUILTIN;
  const reg = registry();
  let entry = reg.get(key);
  if (!entry) {
    entry = {
      snapshot: { url, loading: true, feed: null, problems: [], error: null },
      listeners: new Set(),
      abort: new AbortController(),
    };
    reg.set(key, entry);
    void load(entry, url);
  }
  entry.listeners.add(listener);
  listener(entry.snapshot);
  const e = entry;
  return () => {
    e.listeners.delete(listener);
    if (e.listeners.size === 0) {
      e.abort.abort();
      reg.delete(key);
    }
  };
}

function publish(entry: Entry, snapshot: FeedSnapshot): void {
  entry.snapshot = snapshot;
  for (const l of [...entry.listeners]) l(snapshot);
}

async function load(entry: Entry, url: string | null): Promise<void> {
  try {
    const raw = await (await fetch(url ?? BUILTIN_FEED_URL, { signal: entry.abort.signal })).json();
    const { feed, problems } = normaliseFeed(raw);
    const fatal = problems.find((p) => p.severity === 'fatal');
    const error: FeedError | null = feed ? null : { code: 'invalid', message: fatal?.message ?? 'The feed cannot be used.' };
    publish(entry, { url, loading: false, feed, problems, error, fetchedAt: Date.now() });
  } catch (err) {
    if (entry.abort.signal.aborted) return;
    publish(entry, { ...entry.snapshot, loading: false, error: { code: 'network', message: String(err) } });
  }
}
