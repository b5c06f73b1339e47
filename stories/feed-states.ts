/**
 * The three states a story cannot reach with `.feed` alone — loading, stale and error — primed in the
 * page's feed store under a story-only URL, the same way for every element.
 *
 * @example
 * ```ts
 * const states = feedStates('map', map, mapFeed);
 * export const Loading: Story = { ...states.loading };
 * export const Stale: Story = { ...states.stale };
 * export const ErrorState: Story = { name: 'Error', ...states.error };
 * ```
 */
import type { TemplateResult } from 'lit';
import { normaliseFeed } from '../src/feed/normalise.js';
import { primeFeedStore } from '../src/feed/store.js';
import type { FeedSnapshot } from '../src/feed/state.js';

interface StateStory<A> {
  args: Partial<A>;
  render: (args: A) => TemplateResult;
}

/**
 * Loading, stale and error stories for an element: `render` draws it from its args, `lastGood` is the
 * feed a stale story still shows, and `staleArgs` are added to the stale story's args (e.g. regions).
 */
export function feedStates<A extends { src?: string }>(
  name: string,
  render: (args: A) => TemplateResult,
  lastGood: unknown,
  staleArgs: Partial<A> = {},
): { loading: StateStory<A>; stale: StateStory<A>; error: StateStory<A> } {
  const primed = (snapshot: Omit<FeedSnapshot, 'url'>) => (args: A) => {
    primeFeedStore(args.src!, { url: args.src!, ...snapshot });
    return render(args);
  };
  return {
    loading: {
      args: { src: `story:${name}-loading` } as Partial<A>,
      render: primed({ loading: true, feed: null, problems: [], error: null }),
    },
    stale: {
      args: { src: `story:${name}-stale`, ...staleArgs } as Partial<A>,
      render: (args) => {
        const { feed, problems } = normaliseFeed(lastGood);
        const error = { code: 'timeout', message: 'The server did not answer in time.' } as const;
        return primed({ loading: false, feed, problems, error })(args);
      },
    },
    error: {
      args: { src: `story:${name}-error` } as Partial<A>,
      render: primed({
        loading: false,
        feed: null,
        problems: [],
        error: { code: 'http', message: 'HTTP 503 Service Unavailable', status: 503 },
      }),
    },
  };
}
