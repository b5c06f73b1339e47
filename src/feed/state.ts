/**
 * The widget states of the public contract, computed in one place from what the feed store knows.
 */
import { hostOf } from './loader.js';
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
 *
 * - no feed: `loading` while a load is under way or nothing has been tried, else `error`;
 * - a feed and an error: `stale` (the last good data, marked) — or `error` when that feed has
 *   nothing for this widget, since there is no data to mark;
 * - a feed with nothing for this widget: `empty`;
 * - a feed the normaliser dropped entries from: `partial`; otherwise `ready`.
 */
export function widgetState(snapshot: FeedSnapshot, hasContent: (feed: Feed) => boolean): WidgetState {
  const { feed, error, loading, problems } = snapshot;
  if (!feed) return loading || !error ? 'loading' : 'error';
  const content = hasContent(feed);
  if (error) return content ? 'stale' : 'error';
  if (!content) return 'empty';
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

/**
 * The error for a feed the normaliser refused (`feed: null`): `version` when its fatal problem is
 * about the version, else `invalid`, with the normaliser's reason. `url` names the source (`null`: a
 * feed set by script or the built-in feed).
 */
export function unusableFeedError(problems: readonly FeedProblem[], url: string | null): FeedError {
  // A fatal problem carries its message (see normaliseFeed).
  const fatal = problems.find((p) => p.severity === 'fatal')?.message;
  const version = fatal !== undefined && /\bversion\b/i.test(fatal);
  const source = url ? `The feed from ${hostOf(url)}` : 'The feed';
  let reason = fatal ? fatal.trim() : 'it is not a regin-feed.';
  if (/^[A-Z][a-z]/.test(reason)) reason = reason[0]!.toLowerCase() + reason.slice(1);
  if (!/[.!?]$/.test(reason)) reason += '.';
  return {
    code: version ? 'version' : 'invalid',
    message: `${source} cannot be used: ${reason}${version ? '' : ' Check it with "regin-feed validate".'}`,
  };
}
