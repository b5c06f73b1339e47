/**
 * Fetches a feed and hands back its parsed JSON, or throws a {@link FeedLoadError} that says what went
 * wrong (the host, the HTTP status, the content type, the size) and names the advice for it, which the
 * diagnostics module (src/feed/diagnostics.ts, loaded on demand) words: what to check or do.
 *
 * - Every attempt has a timeout; the caller's `signal` aborts everything, including the wait between
 *   attempts.
 * - Network errors, timeouts, 408, 429 and 5xx are retried a bounded number of times with exponential
 *   backoff and jitter; a `Retry-After` is honoured when it is within `maxRetryAfterMs`, and a server
 *   that asks for a longer wait is not retried at all (a poll will ask again later). Nothing else is
 *   retried: a 404, a web page or a broken file will not fix itself within seconds.
 * - The content type is checked before reading: JSON types (`application/json`, `application/*+json`,
 *   `text/json`) are accepted, and so are `text/plain` and a missing type, which naive static hosts
 *   (raw file views, some object stores) send for `.json` files; the body must then still parse.
 *   `text/html` is refused with "the server sent a web page instead of the feed" — the usual result of
 *   a wrong path on a CMS or a login/captive page. Anything else is refused.
 * - The size is checked before parsing: a `Content-Length` over `maxBytes` is refused without reading
 *   the body; otherwise the body is read as a stream with a running byte count and abandoned as soon as
 *   it passes `maxBytes`.
 * - Conditional requests: given `validators` from an earlier response, sends `If-None-Match` /
 *   `If-Modified-Since` and reports a 304 as `notModified`.
 */
import type { FeedAdvice, FeedError, FeedErrorCode } from './types.js';

/** Defaults, frozen: one place to read the limits. */
export const LOAD_DEFAULTS = Object.freeze({
  /** Per attempt, including reading the body. */
  timeoutMs: 15_000,
  /** Extra attempts after the first one. */
  retries: 3,
  /** First backoff; doubles per retry, with jitter (a random value in the upper half). */
  backoffMs: 500,
  /** Longest backoff between two attempts. */
  maxBackoffMs: 8_000,
  /** Longest `Retry-After` honoured; a longer one ends the retries. */
  maxRetryAfterMs: 30_000,
  /** Largest body read (5 MB). */
  maxBytes: 5 * 1024 * 1024,
});

/** Validators of a response, sent back as a conditional request. */
export interface Validators {
  readonly etag?: string;
  readonly lastModified?: string;
}

export interface RetryInfo {
  /** The attempt that failed, from 1. */
  readonly attempt: number;
  readonly error: FeedLoadError;
  /** How long the loader waits before the next attempt. */
  readonly delayMs: number;
}

export interface LoadOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  retries?: number;
  backoffMs?: number;
  maxBackoffMs?: number;
  maxRetryAfterMs?: number;
  maxBytes?: number;
  /** Sent as a conditional request; a 304 then resolves with `notModified: true`. */
  validators?: Validators;
  /** The request's cache mode (default `'default'`; `'no-store'` whenever validators are sent). */
  cache?: RequestCache;
  /** Replaces the global `fetch` (tests, or a host that wraps requests). */
  fetch?: typeof fetch;
  /** Told before each wait between attempts. */
  onRetry?: (info: RetryInfo) => void;
}

/** A feed that was read and parsed. */
export interface LoadedFeed extends Validators {
  readonly notModified: false;
  /** The parsed JSON, not yet checked: pass it to the normaliser. */
  readonly raw: unknown;
  /** A cheap hash of the body text: equal hashes mean the same content. */
  readonly hash: string;
}

/** The server confirmed that the feed has not changed since `validators`. */
export interface NotModified extends Validators {
  readonly notModified: true;
}

export type LoadResult = LoadedFeed | NotModified;

/**
 * Why a feed could not be loaded; `code` is machine-readable, `message` says what happened, for the
 * webmaster, and `advice` names what to do about it (worded by src/feed/diagnostics.ts).
 */
export class FeedLoadError extends Error implements FeedError {
  override readonly name = 'FeedLoadError';
  constructor(
    readonly code: FeedErrorCode,
    message: string,
    readonly advice?: FeedAdvice,
    readonly status?: number,
    /** How long the server asked to wait (`Retry-After`), if it did. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }

  /** Whether another attempt may succeed. */
  get retryable(): boolean {
    const { code, status = 0 } = this;
    return code === 'network' || code === 'timeout' || (code === 'http' && (status === 408 || status === 429 || status >= 500));
  }
}

/** A plain {@link FeedError} for snapshots and events, from whatever was thrown. */
export function toFeedError(err: unknown): FeedError {
  if (err instanceof FeedLoadError) {
    const { code, message, advice, status } = err;
    return { code, message, ...(advice === undefined ? {} : { advice }), ...(status === undefined ? {} : { status }) };
  }
  return { code: 'network', message: `The feed could not be loaded (${String(err)}).` };
}

/**
 * Loads the feed at `url`. Rejects with a {@link FeedLoadError}, or with the abort reason when
 * `signal` aborts.
 *
 * @example
 * const { raw } = await loadFeed('https://example.org/regin-feed.json', { timeoutMs: 10_000 });
 */
export async function loadFeed(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const o = { ...LOAD_DEFAULTS, ...definedOnly(options) };
  const { signal } = o;
  const retries = Math.max(0, Math.floor(o.retries));
  for (let attempt = 1; ; attempt++) {
    throwIfAborted(signal);
    try {
      return await attemptLoad(url, o);
    } catch (err) {
      throwIfAborted(signal);
      if (!(err instanceof FeedLoadError) || !err.retryable || attempt > retries) throw err;
      let delayMs: number;
      if (err.retryAfterMs !== undefined) {
        if (err.retryAfterMs > o.maxRetryAfterMs) throw err;
        delayMs = err.retryAfterMs;
      } else {
        const full = Math.min(o.maxBackoffMs, o.backoffMs * 2 ** (attempt - 1));
        delayMs = full / 2 + Math.random() * (full / 2);
      }
      o.onRetry?.({ attempt, error: err, delayMs });
      await sleep(delayMs, signal);
    }
  }
}

async function attemptLoad(
  url: string,
  { signal, timeoutMs, maxBytes, validators: sent, fetch, cache }: LoadOptions & { timeoutMs: number; maxBytes: number },
): Promise<LoadResult> {
  const host = hostOf(url);
  const attempt = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    attempt.abort();
  }, timeoutMs);
  const onAbort = () => attempt.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  /** What a failed request or read was: the timeout, the caller's abort (thrown), or a network error. */
  const broken = (message: string, advice: FeedAdvice) => {
    if (timedOut)
      return new FeedLoadError('timeout', `The feed server ${host} did not answer within ${seconds(timeoutMs)}.`, 'timeout');
    throwIfAborted(signal);
    return new FeedLoadError('network', message, advice);
  };
  try {
    const headers: Record<string, string> = { Accept: 'application/json, text/json;q=0.9, */*;q=0.1' };
    const { etag, lastModified } = sent ?? {};
    if (etag) headers['If-None-Match'] = etag;
    if (lastModified) headers['If-Modified-Since'] = lastModified;
    const conditional = Boolean(etag || lastModified);
    let res: Response;
    try {
      res = await (fetch ?? globalThis.fetch)(url, {
        signal: attempt.signal,
        headers,
        // A manual conditional request must reach the server and see its 304.
        cache: conditional ? 'no-store' : (cache ?? 'default'),
        credentials: 'same-origin',
      });
    } catch (err) {
      throw broken(`The feed server ${host} could not be reached (${errorText(err)}).`, 'unreachable');
    }
    const { headers: got } = res;
    const validators = validatorsOf({ etag: got.get('etag'), lastModified: got.get('last-modified') });
    if (res.status === 304 && conditional) {
      return { notModified: true, ...validators };
    }
    if (!res.ok) {
      discard(res.body);
      throw httpError(res, host);
    }
    checkContentType(res, host);
    const length = Number(got.get('content-length'));
    if (Number.isFinite(length) && length > maxBytes) {
      discard(res.body);
      throw tooLarge(host, maxBytes, length);
    }
    let text: string;
    try {
      text = await readText(res, maxBytes, host);
    } catch (err) {
      throw err instanceof FeedLoadError
        ? err
        : broken(`The connection to ${host} broke while the feed was being read (${errorText(err)}).`, 'later');
    }
    return { notModified: false, raw: parse(text, host), hash: hashText(text), ...validators };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function httpError(res: Response, host: string): FeedLoadError {
  const { status, statusText } = res;
  let retryAfterMs: number | undefined;
  let advice: FeedAdvice;
  if (status === 404 || status === 410) {
    advice = 'not-found';
  } else if (status === 401 || status === 403) {
    advice = 'not-public';
  } else if (status === 429 || status === 503 || status === 408) {
    retryAfterMs = parseRetryAfter(res.headers.get('retry-after'));
    advice = 'busy';
  } else if (status >= 500) {
    advice = 'server';
  } else {
    advice = 'http';
  }
  const wait = retryAfterMs === undefined ? '' : ` (it asked to wait ${seconds(retryAfterMs)})`;
  return new FeedLoadError(
    'http',
    `The feed server ${host} answered HTTP ${status}${statusText ? ` ${statusText}` : ''}${wait}.`,
    advice,
    status,
    retryAfterMs,
  );
}

/** `Retry-After` in milliseconds: delay-seconds or an HTTP date; `undefined` when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  if (!/^[a-z]{3},/i.test(v)) return undefined; // an HTTP date starts with the day: "Sat, 28 Nov 2026 …"
  const date = Date.parse(v);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const JSON_TYPE = /^(application\/(json|[\w.+-]+\+json)|text\/json)$/;

function checkContentType(res: Response, host: string): void {
  const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === '' || type === 'text/plain' || JSON_TYPE.test(type)) return;
  if (type === 'text/html' || type === 'application/xhtml+xml') throw webPage(host);
  throw new FeedLoadError('content-type', `The feed server ${host} sent "${type}" instead of JSON.`, 'content-type');
}

const webPage = (host: string) =>
  new FeedLoadError('content-type', `The server ${host} sent a web page instead of the feed.`, 'web-page');

const tooLarge = (host: string, maxBytes: number, length?: number) =>
  new FeedLoadError(
    'too-large',
    `The feed from ${host} is ${length === undefined ? 'larger than' : `${megabytes(length)}, over`} the ${megabytes(maxBytes)} limit.`,
    'too-large',
  );

async function readText(res: Response, maxBytes: number, host: string): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      discard(reader);
      throw tooLarge(host, maxBytes);
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

function parse(text: string, host: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.trimStart();
  if (start === '') {
    throw new FeedLoadError('parse', `The feed from ${host} is empty.`, 'empty');
  }
  if (start.startsWith('<')) throw webPage(host);
  try {
    return JSON.parse(body);
  } catch (err) {
    const detail = errorText(err);
    const cut = /end of (json )?(input|data)|unterminated/i.test(detail);
    throw cut
      ? new FeedLoadError('parse', `The feed from ${host} is cut off: the JSON ends too early (${detail}).`, 'cut-off')
      : new FeedLoadError('parse', `The feed from ${host} is not valid JSON (${detail}).`, 'not-json');
  }
}

/** FNV-1a over the UTF-16 code units, with the length: cheap, and enough to see "same content again". */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${text.length.toString(36)}-${(h >>> 0).toString(36)}`;
}

/** The validators that are set (not missing, not empty), and nothing else. */
export function validatorsOf({
  etag,
  lastModified,
}: {
  readonly etag?: string | null;
  readonly lastModified?: string | null;
}): Validators {
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

/** Cancels a body (or its reader) that will not be read, ignoring any failure. */
function discard(stream: { cancel(): Promise<void> } | null): void {
  void stream?.cancel().catch(() => {});
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw abortReason(signal);
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The feed request was aborted.', 'AbortError');
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The host of `url` (resolved against the page), for messages; `url` itself when it has none. */
export function hostOf(url: string): string {
  try {
    return new URL(url, globalThis.location?.href).host || url;
  } catch {
    return url;
  }
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
const megabytes = (bytes: number) =>
  bytes >= 100_000 ? `${Math.round(bytes / 104857.6) / 10} MB` : `${Math.round(bytes / 1024)} kB`;
