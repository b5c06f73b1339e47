/**
 * Gives an element its feed (from `src`, `.feed` or the built-in feed), its widget state, and fires
 * `regin-feed-load` / `regin-feed-error` when the feed it follows changes.
 *
 * Events follow feed changes only, once per element per change:
 * - `regin-feed-load` when the element starts showing a feed that came from a load without error — a
 *   new feed, or the same feed confirmed again after an error;
 * - `regin-feed-error` when a load fails (a new error in the store's snapshot).
 * A feed set by script (`.feed`) fires nothing (the page knows what it set), and changing `refresh`
 * re-subscribes without firing again. Events are dispatched after the element has rendered the change,
 * so a listener added right after the element is inserted still hears about an already loaded feed.
 */
import type { ReactiveController } from 'lit';
import { normaliseFeed } from '../feed/normalise.js';
import { feedCounts, unusableFeedError, widgetState, type FeedSnapshot } from '../feed/state.js';
import { subscribeFeed } from '../feed/store.js';
import type { Feed, FeedError, FeedProblem, NormaliseResult, WidgetState } from '../feed/types.js';
import { emit } from './events.js';
import { LazyPart, type PartHost } from './lazy-part.js';

/** The English explanations of feed problems and load errors: an on-demand part. */
type Diagnostics = typeof import('../feed/diagnostics.js');

export interface FeedHost extends PartHost, HTMLElement {
  src?: string | null;
  feed?: unknown;
  refresh?: number;
}

/** Problem lists and errors already reported, page-wide: widgets sharing a feed report once. */
const warned = new WeakSet<object>();

/** Feeds set by script, normalised once per object however many widgets get it. */
const scripted = new WeakMap<object, NormaliseResult>();

/** Problem lists with their English explanations, once per list page-wide (see {@link explainProblems}). */
const explained = new WeakMap<readonly FeedProblem[], Promise<readonly FeedProblem[]>>();

/**
 * `problems` with the English explanation of each in `message`. The explanations are in
 * src/feed/diagnostics.ts, loaded (`diagnostics`) only now that a feed has problems: pages with a good
 * feed never fetch them. Rejects when that module cannot be loaded (the visitor's notice does not
 * depend on it).
 */
function explainProblems(
  problems: readonly FeedProblem[],
  diagnostics: () => Promise<Diagnostics>,
): Promise<readonly FeedProblem[]> {
  if (problems.every((p) => p.message !== undefined)) return Promise.resolve(problems);
  let result = explained.get(problems);
  if (!result) {
    result = diagnostics().then(({ describeProblems }) => {
      const described = describeProblems(problems);
      // The same problems, explained: already reported with the list they explain.
      warned.add(described);
      return described;
    });
    explained.set(problems, result);
  }
  return result;
}

/** Load errors with their advice worded, once per error page-wide (see {@link explainError}). */
const explainedErrors = new WeakMap<FeedError, Promise<FeedError>>();
/** An explained error → the error it explains (the same error for events). */
const explainedFrom = new WeakMap<FeedError, FeedError>();

/**
 * `error` with the advice on what to do added to its `message`, from the diagnostics module (loaded
 * only now). Rejects when that module cannot be loaded.
 */
function explainError(error: FeedError, diagnostics: () => Promise<Diagnostics>): Promise<FeedError> {
  if (error.advice === undefined) return Promise.resolve(error);
  let result = explainedErrors.get(error);
  if (!result) {
    result = diagnostics().then(({ explainFeedError }) => {
      const { advice: _, ...rest } = error;
      const explained: FeedError = { ...rest, message: explainFeedError(error) };
      // The same error, explained: already reported, and no new error for events.
      warned.add(explained);
      explainedFrom.set(explained, error);
      return explained;
    });
    explainedErrors.set(error, result);
  }
  return result;
}

const EMPTY: FeedSnapshot = { url: null, loading: true, feed: null, problems: [], error: null };

interface Source {
  readonly src: string | null;
  readonly feed: unknown;
  readonly refresh: number;
}

export class FeedController implements ReactiveController {
  /** What the element shows now. */
  snapshot: FeedSnapshot = EMPTY;

  #unsubscribe?: () => void;
  #source?: Source;
  #connected = false;
  /** Events waiting for the element to render the change they announce. */
  #pending: Array<() => void> = [];
  /** The snapshot changed during an update: render once more before announcing. */
  #resync = false;
  #updating = false;

  readonly #host: FeedHost;
  readonly #hasContent: (feed: Feed) => boolean;
  readonly #diagnostics: LazyPart<Diagnostics>;
  /** The diagnostics module; rejects when it cannot be loaded. */
  readonly #explanations = () => this.#diagnostics.load().then((code) => code ?? Promise.reject(this.#diagnostics.error));

  /** @param hasContent whether a feed has anything this element can show (else `empty`). */
  constructor(host: FeedHost, hasContent: (feed: Feed) => boolean) {
    this.#host = host;
    this.#hasContent = hasContent;
    this.#diagnostics = new LazyPart(host, { name: 'feed.diagnostics', load: () => import('../feed/diagnostics.js') });
    host.addController(this);
  }

  get feed(): Feed | null {
    return this.snapshot.feed;
  }

  get state(): WidgetState {
    return widgetState(this.snapshot, this.#hasContent);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#follow();
  }

  hostUpdate(): void {
    if (!this.#connected) return;
    const { src, feed, refresh } = this.#current();
    const s = this.#source;
    if (s && s.src === src && s.feed === feed && s.refresh === refresh) return;
    // `willUpdate` has already run with the old snapshot: render again once this update is done.
    this.#updating = true;
    this.#follow();
    this.#updating = false;
  }

  hostUpdated(): void {
    if (this.#resync) {
      this.#resync = false;
      void this.#host.updateComplete.then(() => this.#host.requestUpdate());
      return;
    }
    const pending = this.#pending;
    this.#pending = [];
    for (const dispatch of pending) dispatch();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#source = undefined;
  }

  #current(): Source {
    const { src, feed, refresh } = this.#host;
    return { src: src || null, feed, refresh: refresh ?? 0 };
  }

  #follow(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    const source = (this.#source = this.#current());
    if (source.feed !== undefined && source.feed !== null) {
      this.#show(this.#fromScript(source.feed));
      return;
    }
    this.#unsubscribe = subscribeFeed(source.src, { refresh: source.refresh }, (next) => {
      const prev = this.snapshot;
      this.#show(next);
      this.#announce(prev, next);
    });
  }

  #show(next: FeedSnapshot): void {
    if (next === this.snapshot) return;
    this.snapshot = next;
    this.#warn(next);
    this.#explain(next);
    if (this.#updating) this.#resync = true;
    this.#host.requestUpdate();
  }

  /** Shows `snapshot` again with its problems and error explained (for `debug`), once the explanations have loaded. */
  #explain(snapshot: FeedSnapshot): void {
    const { problems, error } = snapshot;
    if (problems.every((p) => p.message !== undefined) && error?.advice === undefined) return;
    Promise.all([explainProblems(problems, this.#explanations), error && explainError(error, this.#explanations)]).then(
      ([described, explained]) => {
        if (this.snapshot === snapshot) this.#show({ ...snapshot, problems: described, error: explained });
      },
      () => {
        /* told once in the console by #warn; the widget keeps its short notice */
      },
    );
  }

  #fromScript(feed: unknown): FeedSnapshot {
    let result = typeof feed === 'object' && feed !== null ? scripted.get(feed) : undefined;
    if (!result) {
      result = normaliseFeed(feed);
      if (typeof feed === 'object' && feed !== null) scripted.set(feed, result);
    }
    const error = result.feed ? null : unusableFeedError(result.problems, null);
    return { url: null, loading: false, feed: result.feed, problems: result.problems, error };
  }

  #announce(prev: FeedSnapshot, next: FeedSnapshot): void {
    const { feed, error, url, problems } = next;
    if (feed && !error && (feed !== prev.feed || prev.error)) {
      const detail = { url, counts: feedCounts(feed, problems) };
      this.#pending.push(() => emit(this.#host, 'regin-feed-load', detail));
    }
    const before = prev.error && (explainedFrom.get(prev.error) ?? prev.error);
    if (error && error !== before) {
      const detail = { url, code: error.code, message: error.message };
      this.#pending.push(() => emit(this.#host, 'regin-feed-error', detail));
    }
  }

  /**
   * For the site's editors, once per normalised feed and once per error, however many widgets show it:
   * one collapsed console group naming the feed, with one warning per dropped or fixed entry (JSON path,
   * what was wrong, what was done), and the load error in full. Should the explanations fail to load,
   * each warning gives the problem's code and values instead.
   */
  #warn({ problems, error, url }: FeedSnapshot): void {
    const feedName = url ?? 'the built-in or script-supplied feed';
    if (problems.length > 0 && !warned.has(problems)) {
      warned.add(problems);
      const title = `regin-widgets: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${feedName} (check it with \`npx regin-feed validate\`)`;
      explainProblems(problems, this.#explanations).then(
        (described) => {
          console.groupCollapsed(title);
          for (const p of described) console.warn(`${p.path}: ${p.message}`);
          console.groupEnd();
        },
        (err: unknown) => {
          console.groupCollapsed(title);
          console.warn(`The explanations could not be loaded (${String(err)}); each problem is listed as its code and values.`);
          for (const p of problems) console.warn(`${p.path}: ${p.message ?? `${p.code} ${JSON.stringify(p.params)}`}`);
          console.groupEnd();
        },
      );
    }
    if (error && !warned.has(error)) {
      warned.add(error);
      explainError(error, this.#explanations).then(
        (explained) => console.error(`regin-widgets: ${feedName}: ${explained.message}`),
        () => console.error(`regin-widgets: ${feedName}: ${error.message} (advice: ${error.advice})`),
      );
    }
  }
}
