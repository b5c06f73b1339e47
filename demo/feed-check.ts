/**
 * The embed builder's check of a feed URL: it waits until typing pauses (or the field loses focus),
 * then asks for each distinct URL once, cancels a request that a newer URL supersedes, and reports
 * what it found in words — without a request (or a console error) for an address still being typed.
 * Also: which regions the chosen widget can show on the feed found.
 */
import { regionsWithScores } from '../src/chart/profiles.js';
import { normaliseFeed } from '../src/feed/normalise.js';
import { resolveText } from '../src/feed/text.js';
import type { Feed } from '../src/feed/types.js';
import { isFeedUrl, type WidgetTag } from './snippet.js';

/** How long typing must pause before an address is checked. */
export const CHECK_DELAY_MS = 500;

export type FeedCheckResult =
  /** No address: the widget uses its built-in feed. */
  | { readonly url: ''; readonly status: 'builtin' }
  /** The address is being fetched. */
  | { readonly url: string; readonly status: 'checking' }
  | { readonly url: string; readonly status: 'ok'; readonly feed: Feed }
  | { readonly url: string; readonly status: 'invalid'; readonly reason: string };

export interface FeedCheckOptions {
  readonly fetch?: typeof fetch;
  readonly delay?: number;
  /** Base of relative addresses (the page's address). */
  readonly base?: string;
}

/** Why a fetched body is not a usable feed, or the feed. */
async function readFeed(response: Response): Promise<{ feed: Feed } | { reason: string }> {
  if (!response.ok)
    return { reason: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.` };
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    return { reason: 'The address does not return JSON.' };
  }
  const { feed, problems } = normaliseFeed(raw);
  return feed ? { feed } : { reason: problems[0]?.message ?? 'This is not a regin-feed.' };
}

export class FeedCheck {
  readonly #fetch: typeof fetch;
  readonly #delay: number;
  readonly #base: string | undefined;
  readonly #onResult: (result: FeedCheckResult) => void;
  /** Finished checks by URL: each distinct URL is asked for once. */
  readonly #done = new Map<string, FeedCheckResult>();
  #timer?: ReturnType<typeof setTimeout>;
  #inFlight?: { readonly url: string; readonly controller: AbortController };
  /** The address last asked to check (after the pause), so a late answer for another is ignored. */
  #wanted: string | null = null;

  constructor(onResult: (result: FeedCheckResult) => void, options: FeedCheckOptions = {}) {
    this.#onResult = onResult;
    this.#fetch = options.fetch ?? ((...args) => fetch(...args));
    this.#delay = options.delay ?? CHECK_DELAY_MS;
    this.#base = options.base;
  }

  /** The person typed: check `value` once typing has paused. */
  typed(value: string): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.now(value), this.#delay);
  }

  /** Check `value` at once (the field lost focus, or the form was submitted). */
  now(value: string): void {
    clearTimeout(this.#timer);
    const url = value.trim();
    if (url === this.#wanted) return;
    this.#wanted = url;
    // A request for another address is superseded; one for this address is still the answer awaited.
    if (this.#inFlight?.url === url) return;
    this.#inFlight?.controller.abort();
    this.#inFlight = undefined;
    if (url === '') return this.#report({ url: '', status: 'builtin' });
    if (!isFeedUrl(url))
      return this.#report({ url, status: 'invalid', reason: 'Use an address starting with https:// (or http://).' });
    const known = this.#done.get(url);
    if (known) return this.#report(known);
    const controller = new AbortController();
    this.#inFlight = { url, controller };
    this.#report({ url, status: 'checking' });
    const absolute = new URL(url, this.#base ?? globalThis.location?.href).href;
    this.#fetch(absolute, { signal: controller.signal, headers: { accept: 'application/json' } })
      .then(readFeed, (err: unknown) =>
        controller.signal.aborted
          ? null
          : {
              reason: `The feed could not be fetched (${err instanceof Error ? err.message : 'network error'}); the server may be down or not allow other sites to read it (CORS).`,
            },
      )
      .then((outcome) => {
        if (this.#inFlight?.controller === controller) this.#inFlight = undefined;
        if (!outcome || controller.signal.aborted) return;
        const result: FeedCheckResult =
          'feed' in outcome ? { url, status: 'ok', feed: outcome.feed } : { url, status: 'invalid', reason: outcome.reason };
        this.#done.set(url, result);
        if (this.#wanted === url) this.#report(result);
      });
  }

  /** Stops waiting and cancels the request in flight. */
  dispose(): void {
    clearTimeout(this.#timer);
    this.#inFlight?.controller.abort();
  }

  #report(result: FeedCheckResult): void {
    this.#onResult(result);
  }
}

/** A region the chosen widget can show on the chosen feed. */
export interface RegionChoice {
  readonly id: string;
  readonly name: string;
}

/**
 * The regions worth offering for `widget` on `feed`: for the radar and the comparison those with
 * indicator scores, for the cards those with measures; the map takes no region list. English names,
 * in alphabetical order.
 */
export function regionChoices(widget: WidgetTag, feed: Feed): RegionChoice[] {
  const wanted =
    widget === 'regin-indicator-radar' || widget === 'regin-region-comparison'
      ? new Set(regionsWithScores(feed).map((r) => r.id))
      : widget === 'regin-measure-cards'
        ? new Set(feed.measures.map((m) => m.region))
        : new Set<string>();
  return feed.regions
    .filter((r) => wanted.has(r.id))
    .map((r) => ({ id: r.id, name: resolveText(r.name, 'en').value || r.id }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
