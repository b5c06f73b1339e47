/**
 * The page-level feed store: one request per feed URL however many widgets use it.
 *
 * Subscribers get a {@link FeedSnapshot} at once and after every change. The first subscription starts
 * the load; the feed is normalised once and shared. Good data is never replaced by a failure: a load or
 * poll that fails, or returns a feed the normaliser rejects, keeps the good feed and adds the error
 * (the widgets show it as stale). The last good copy is also kept in `localStorage` (see `cache.ts`);
 * it is shown — marked stale — only when the network load fails, including on a fresh page load while
 * offline, and as soon as the first attempt fails rather than after all retries.
 *
 * Polling: the smallest positive `refresh` among the subscribers wins (raised to at least
 * `minRefreshSeconds`). It pauses while the page is hidden and checks at once on return when a check
 * is overdue. Polls ask the server whether the feed changed (`If-None-Match` / `If-Modified-Since` for
 * same-origin feeds; cross-origin feeds are not sent these headers, which would need a CORS preflight)
 * and compare a hash of the body, so an unchanged feed is not published again. A source with an error
 * also checks again when the browser comes back online. Everything (request, timers, listeners) stops
 * when the last subscriber leaves; leaving and re-joining in the same task (an element moved in the
 * DOM) keeps the source.
 *
 * The registry lives on `globalThis` under a `Symbol.for` key so two copies of the library on one page
 * share it; a copy only calls the {@link Source} methods of a source another copy created.
 */
import { isBundledAsset, readJsonAsset } from '../assets.js';
import { builtinFeedUrl } from './builtin.js';
import { CACHE_MAX_CHARS, defaultStorage, readCachedFeed, writeCachedFeed } from './cache.js';
import {
  FeedLoadError,
  loadFeed,
  toFeedError,
  validatorsOf,
  type LoadOptions,
  type LoadResult,
  type Validators,
} from './loader.js';
import { normaliseFeed } from './normalise.js';
import { unusableFeedError, type FeedSnapshot } from './state.js';
import type { Feed, FeedError, FeedProblem } from './types.js';

export type FeedListener = (snapshot: FeedSnapshot) => void;

/** Store-wide settings; tests and stories change them with {@link configureFeedStore}. */
export interface FeedStoreConfig {
  /** Shortest polling interval in seconds; a smaller positive `refresh` is raised to it. */
  minRefreshSeconds: number;
  /** The loader's limits: timeout, retries, backoff, size. */
  load: Pick<LoadOptions, 'timeoutMs' | 'retries' | 'backoffMs' | 'maxBackoffMs' | 'maxRetryAfterMs' | 'maxBytes'>;
  /** Replaces the global `fetch`. */
  fetch?: typeof fetch;
  /** Where last good copies are kept: `undefined` → `localStorage`, `null` → nowhere. */
  storage?: Storage | null;
  /** Largest stored copy, in UTF-16 code units. */
  cacheMaxChars: number;
}

const DEFAULT_CONFIG: Readonly<FeedStoreConfig> = Object.freeze({
  minRefreshSeconds: 10,
  load: {},
  cacheMaxChars: CACHE_MAX_CHARS,
});

/** What one copy of the library may call on a source another copy created: keep it stable. */
interface Source {
  subscribe(listener: FeedListener, refreshSeconds: number): () => void;
  prime(snapshot: FeedSnapshot): void;
  dispose(): void;
}

interface Store {
  readonly sources: Map<string, Source>;
  config: FeedStoreConfig;
}

const KEY = Symbol.for('regin-widgets.feed-store.v1');

function store(): Store {
  const g = globalThis as { [KEY]?: Store };
  return (g[KEY] ??= { sources: new Map(), config: { ...DEFAULT_CONFIG } });
}

/**
 * Subscribes to the feed at `url` (`null`: the built-in feed, reported with `url: null`). `listener`
 * is called at once with the current snapshot and on every change; `options.refresh` asks for polling
 * every so many seconds (0: none). Returns the unsubscribe function.
 */
export function subscribeFeed(url: string | null, options: { refresh?: number }, listener: FeedListener): () => void {
  return sourceFor(url).subscribe(listener, options.refresh ?? 0);
}

/**
 * For tests and stories only (not exported from the package): makes every subscriber of `url` see
 * `snapshot` and stops any network activity for it until {@link resetFeedStore}.
 */
export function primeFeedStore(url: string | null, snapshot: FeedSnapshot): void {
  sourceFor(url).prime(snapshot);
}

/**
 * For tests and stories only: stops every source and forgets them, and restores the default settings.
 * Remove the widgets first; their subscriptions end here.
 */
export function resetFeedStore(): void {
  const s = store();
  for (const source of [...s.sources.values()]) source.dispose();
  s.sources.clear();
  s.config = { ...DEFAULT_CONFIG };
}

/** For tests and stories only: changes store-wide settings (shorter timeouts, an injected `fetch` …). */
export function configureFeedStore(config: Partial<FeedStoreConfig>): void {
  const s = store();
  s.config = { ...s.config, ...config };
}

function sourceFor(url: string | null): Source {
  const s = store();
  const where = locate(url);
  let source = s.sources.get(where.key);
  if (!source) s.sources.set(where.key, (source = new FeedSource(s, where)));
  return source;
}

interface Location {
  readonly key: string;
  /** Reported in snapshots: `null` for the built-in feed, else the absolute URL. */
  readonly url: string | null;
  readonly fetchUrl: string | null;
  readonly error?: FeedError;
}

function locate(url: string | null): Location {
  if (url === null) {
    const builtin = builtinFeedUrl();
    return { key: `builtin:${builtin}`, url: null, fetchUrl: builtin };
  }
  try {
    const u = new URL(url, globalThis.document?.baseURI ?? globalThis.location?.href);
    if (u.protocol === 'https:' || u.protocol === 'http:') return { key: u.href, url: u.href, fetchUrl: u.href };
  } catch {
    // reported below
  }
  return {
    key: `invalid:${url}`,
    url,
    fetchUrl: null,
    error: {
      code: 'network',
      message: `The feed address "${url}" is not a valid http or https URL. Check the widget's src attribute.`,
    },
  };
}

interface CachedCopy {
  readonly feed: Feed;
  readonly problems: readonly FeedProblem[];
  readonly fetchedAt: number;
  readonly hash: string;
}

interface Subscription {
  readonly listener: FeedListener;
  readonly refresh: number;
}

/** The source of one feed URL: its subscribers, its requests and poll timer, its last good feed. */
class FeedSource implements Source {
  readonly #store: Store;
  readonly #key: string;
  readonly #url: string | null;
  readonly #fetchUrl: string | null;
  #snapshot: FeedSnapshot;
  readonly #subs = new Set<Subscription>();
  #request?: AbortController;
  #timer?: ReturnType<typeof setTimeout>;
  /** When the last check ended (ms since epoch). */
  #lastCheck = 0;
  #validators: Validators = {};
  /** Hash of the body behind the feed shown now. */
  #goodHash?: string;
  /** Hash of the last body the normaliser rejected. */
  #badHash?: string;
  /** The stored copy, normalised; `undefined` until first needed. */
  #cached?: CachedCopy | null;
  #started = false;
  #primed = false;
  #disposed = false;

  constructor(store: Store, { key, url, fetchUrl, error: invalid }: Location) {
    this.#store = store;
    this.#key = key;
    this.#url = url;
    this.#fetchUrl = fetchUrl;
    this.#snapshot = { url, loading: !invalid, feed: null, problems: [], error: invalid ?? null };
  }

  subscribe(listener: FeedListener, refreshSeconds: number): () => void {
    const sub: Subscription = { listener, refresh: Number.isFinite(refreshSeconds) && refreshSeconds > 0 ? refreshSeconds : 0 };
    this.#subs.add(sub);
    if (!this.#started && !this.#primed && this.#fetchUrl) {
      this.#started = true;
      this.#listen('add');
      void this.#check(true);
    }
    this.#schedule();
    listener(this.#snapshot);
    return () => {
      if (!this.#subs.delete(sub)) return;
      this.#schedule();
      // Deferred: an element moved in the DOM leaves and re-joins in the same task.
      if (this.#subs.size === 0) queueMicrotask(() => this.#subs.size === 0 && !this.#primed && this.dispose());
    };
  }

  prime(next: FeedSnapshot): void {
    this.#primed = true;
    this.#stop();
    this.#publish(next);
  }

  dispose(): void {
    this.#disposed = true;
    this.#stop();
    this.#listen('remove');
    const { sources } = this.#store;
    if (sources.get(this.#key) === this) sources.delete(this.#key);
  }

  /** Adds or removes the page listeners: visibility (polling pauses while hidden) and coming back online. */
  #listen(how: 'add' | 'remove'): void {
    globalThis.document?.[`${how}EventListener`]('visibilitychange', this.#schedule);
    globalThis[`${how}EventListener`]?.('online', this.#onOnline);
  }

  #stop(): void {
    this.#request?.abort();
    this.#request = undefined;
    this.#clearTimer();
  }

  #clearTimer(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  readonly #onOnline = (): void => {
    if (this.#snapshot.error && this.#subs.size > 0) void this.#check(false);
  };

  /** A request is under way, or this source no longer loads anything. */
  #busy(): boolean {
    return !!this.#request || this.#primed || this.#disposed;
  }

  /** (Re)sets the poll timer from the interval, the last check and the page's visibility. */
  readonly #schedule = (): void => {
    this.#clearTimer();
    // The polling interval: the smallest positive refresh, raised to the minimum.
    let seconds = Infinity;
    for (const { refresh } of this.#subs) if (refresh > 0) seconds = Math.min(seconds, refresh);
    if (seconds === Infinity || !this.#started || this.#busy() || globalThis.document?.visibilityState === 'hidden') return;
    const delay = this.#lastCheck + Math.max(seconds, this.#store.config.minRefreshSeconds) * 1000 - Date.now();
    this.#timer = setTimeout(() => void this.#check(false), Math.max(0, delay));
  };

  async #check(initial: boolean): Promise<void> {
    const fetchUrl = this.#fetchUrl;
    if (this.#busy() || !fetchUrl) return;
    this.#clearTimer();
    const mine = (this.#request = new AbortController());
    const { config } = this.#store;
    try {
      const result = isBundledAsset(fetchUrl)
        ? await loadBundled(fetchUrl)
        : await loadFeed(fetchUrl, {
            ...config.load,
            fetch: config.fetch,
            signal: mine.signal,
            validators: !initial && sameOrigin(fetchUrl) ? this.#validators : undefined,
            cache: initial ? 'default' : 'no-cache',
            // Offline with a stored copy: show it now rather than after every retry.
            onRetry: ({ error }) => {
              if (!this.#snapshot.feed) this.#showCached(toFeedError(error));
            },
          });
      if (!mine.signal.aborted) this.#accept(result, fetchUrl);
    } catch (err) {
      if (!mine.signal.aborted) {
        this.#badHash = undefined;
        this.#fail(toFeedError(err));
      }
    } finally {
      if (this.#request === mine) {
        this.#request = undefined;
        this.#lastCheck = Date.now();
        this.#schedule();
      }
    }
  }

  #accept(result: LoadResult, from: string): void {
    const got = validatorsOf(result);
    const snapshot = this.#snapshot;
    if (result.notModified || (snapshot.feed && result.hash === this.#goodHash)) {
      this.#validators = result.notModified ? { ...this.#validators, ...got } : got;
      // The feed shown is current again (unchanged on the server): clear a stale error.
      if (snapshot.feed && snapshot.error) this.#publish({ ...snapshot, error: null, fetchedAt: Date.now() });
      return;
    }
    const { hash, raw } = result;
    if (hash === this.#badHash) return; // the same rejected feed again: its error is showing
    const { feed, problems } = normaliseFeed(raw);
    if (!feed) {
      this.#badHash = hash;
      this.#validators = {};
      this.#fail(unusableFeedError(problems, from));
      return;
    }
    const fetchedAt = Date.now();
    this.#goodHash = hash;
    this.#badHash = undefined;
    this.#validators = got;
    this.#show(feed, problems, null, fetchedAt);
    writeCachedFeed(from, { raw, fetchedAt, hash }, this.#storage(), this.#store.config.cacheMaxChars);
  }

  #fail(error: FeedError): void {
    const s = this.#snapshot;
    if (s.feed || !this.#showCached(error)) {
      if (s.loading || !sameError(s.error, error)) this.#publish({ ...s, loading: false, error });
    }
  }

  /** Shows the stored copy, stale with `error`; `false` when there is none. */
  #showCached(error: FeedError): boolean {
    if (this.#cached === undefined) {
      const stored = this.#fetchUrl ? readCachedFeed(this.#fetchUrl, this.#storage()) : null;
      const normal = stored ? normaliseFeed(stored.raw) : null;
      this.#cached =
        stored && normal?.feed
          ? { feed: normal.feed, problems: normal.problems, fetchedAt: stored.fetchedAt, hash: stored.hash }
          : null;
    }
    const cached = this.#cached;
    if (!cached) return false;
    this.#goodHash = cached.hash;
    this.#show(cached.feed, cached.problems, error, cached.fetchedAt);
    return true;
  }

  #storage(): Storage | null {
    const { storage } = this.#store.config;
    return storage === undefined ? defaultStorage() : storage;
  }

  #show(feed: Feed, problems: readonly FeedProblem[], error: FeedError | null, fetchedAt: number): void {
    this.#publish({ url: this.#url, loading: false, feed, problems, error, fetchedAt });
  }

  #publish(next: FeedSnapshot): void {
    this.#snapshot = next;
    for (const { listener } of [...this.#subs]) {
      try {
        listener(next);
      } catch (err) {
        // One widget's failure must not keep the others from their data.
        console.error(err);
      }
    }
  }
}

/** A feed that ships with the code as a module: read once, never polled for changes. */
async function loadBundled(url: string): Promise<LoadResult> {
  try {
    return { notModified: false, raw: await readJsonAsset(url), hash: url };
  } catch (error) {
    throw new FeedLoadError('network', (error as Error).message);
  }
}

function sameOrigin(url: string): boolean {
  try {
    return new URL(url).origin === globalThis.location?.origin;
  } catch {
    return false;
  }
}

function sameError(a: FeedError | null, b: FeedError): boolean {
  return a !== null && a.code === b.code && a.status === b.status && a.message === b.message;
}
