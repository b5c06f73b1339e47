/**
 * The widget states of the public contract, computed in one place from what the feed store knows.
 */
import type { Feed, FeedCounts, FeedError, FeedProblem, WidgetState } from './types.js';

/** What the page-level feed store knows about one source at a moment. */
export interface FeedSnapshot {
  /** The feed URL, or `null` for the built-in feed or a feed set by script. */
  readonly url: string | null;
  /** `true` while the first load (or a reload with no data yet) is under way. */
  readonly loading: boolean;
  /** The last good feed, if any. */
  readonly feed: Feed | null;
  /** What the normaliser dropped or fixed in `feed`. */
  readonly problems: readonly FeedProblem[];
  /** The last load's error; with a `feed` it means that feed is stale. */
  readonly error: FeedError | null;
  /** When `feed` was fetched (ms since epoch), if known; from the cache it is older than this page. */
  readonly fetchedAt?: number;
}

/**
 * Maps a snapshot to the state a widget shows. `hasContent` says whether the feed has anything this
 * widget can show (the cards need measures, the radar needs scores …).
 */
export function widgetState(snapshot: FeedSnapshot, hasContent: (feed: Feed) => boolean): WidgetState {
  const { feed, error, loading, problems } = snapshot;
  if (!feed) return loading || !error ? 'loading' : 'error';
  if (error) return 'stale';
  if (!hasContent(feed)) return 'empty';
  return problems.some((p) => p.severity === 'dropped') ? 'partial' : 'ready';
}

/** Counts reported with `regin-feed-load`. */
export function feedCounts(feed: Feed, problems: readonly FeedProblem[]): FeedCounts {
  return {
    regions: feed.regions.length,
    partners: feed.partners.length,
    scores: feed.scores.length,
    baselines: feed.baselines.length,
    measures: feed.measures.length,
    dropped: problems.filter((p) => p.severity === 'dropped').length,
  };
}
