// The radar/comparison test feed, normalised, plus variants built from it.
import { normaliseFeed } from '../../src/feed/normalise.js';
import type { Feed } from '../../src/feed/types.js';
import raw from '../fixtures/radar-feed.json';

export const rawFeed = raw as unknown as Record<string, unknown>;

/** A deep copy of the raw fixture, for tests that change it. */
export function rawCopy(): Record<string, any> {
  return structuredClone(rawFeed) as Record<string, any>;
}

export function feed(input: unknown = rawFeed): Feed {
  const { feed: f } = normaliseFeed(input);
  if (!f) throw new Error('fixture does not normalise');
  return f;
}
