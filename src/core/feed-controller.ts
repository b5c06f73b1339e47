/**
 * Gives an element its feed (from `src`, `.feed` or the built-in feed), its widget state, and fires
 * `regin-feed-load` / `regin-feed-error` when the feed it follows changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { normaliseFeed } from '../feed/normalise.js';
import { feedCounts, widgetState, type FeedSnapshot } from '../feed/state.js';
import { subscribeFeed } from '../feed/store.js';
import type { Feed, FeedProblem, WidgetState } from '../feed/types.js';
import { emit } from './events.js';

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null;
  feed?: unknown;
  refresh?: number;
}

/** Problem lists already reported, page-wide: widgets sharing a feed warn once. */
const warned = new WeakSet<readonly FeedProblem[]>();

const EMPTY: FeedSnapshot = { url: null, loading: true, feed: null, problems: [], error: null };

export class FeedController implements ReactiveController {
  /** What the element shows now. */
  snapshot: FeedSnapshot = EMPTY;

  private unsubscribe?: () => void;
  private source?: { src: string | null; feed: unknown; refresh: number };

  /** @param hasContent whether a feed has anything this element can show (else `empty`). */
  constructor(
    private readonly host: FeedHost,
    private readonly hasContent: (feed: Feed) => boolean,
  ) {
    host.addController(this);
  }

  get feed(): Feed | null {
    return this.snapshot.feed;
  }

  get state(): WidgetState {
    return widgetState(this.snapshot, this.hasContent);
  }

  hostConnected(): void {
    this.follow();
  }

  hostUpdate(): void {
    const { src = null, feed, refresh = 0 } = this.host;
    const s = this.source;
    if (!s || s.src !== (src || null) || s.feed !== feed || s.refresh !== refresh) this.follow();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.source = undefined;
  }

  private follow(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    const { src = null, feed, refresh = 0 } = this.host;
    this.source = { src: src || null, feed, refresh };
    if (feed !== undefined && feed !== null) {
      // A feed set by script: no request, and no events (the page knows what it set).
      const { feed: normal, problems } = normaliseFeed(feed);
      const fatal = problems.find((p) => p.severity === 'fatal');
      this.snapshot = {
        url: null,
        loading: false,
        feed: normal,
        problems,
        error: normal ? null : { code: 'invalid', message: fatal?.message ?? 'The feed cannot be used.' },
      };
      this.warn(problems);
      return;
    }
    let first = true;
    this.unsubscribe = subscribeFeed(src || null, { refresh }, (next) => {
      const prev = this.snapshot;
      this.snapshot = next;
      this.warn(next.problems);
      if (!first || !next.loading) this.announce(prev, next, first);
      first = false;
      this.host.requestUpdate();
    });
  }

  private announce(prev: FeedSnapshot, next: FeedSnapshot, first: boolean): void {
    if (next.feed && (first || next.feed !== prev.feed)) {
      emit(this.host, 'regin-feed-load', { url: next.url, counts: feedCounts(next.feed, next.problems) });
    }
    if (next.error && (first || next.error !== prev.error)) {
      emit(this.host, 'regin-feed-error', { url: next.url, code: next.error.code, message: next.error.message });
    }
  }

  /** One console warning per dropped entry, once per normalised feed. */
  private warn(problems: readonly FeedProblem[]): void {
    if (warned.has(problems)) return;
    warned.add(problems);
    for (const p of problems) console.warn(`regin-widgets: ${p.path}: ${p.message}`);
  }
}
