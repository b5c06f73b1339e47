// Shared by the cards tests: the checked-in fixture as a normalised feed.
import { normaliseFeed } from '../../src/feed/normalise.js';
import type { Feed } from '../../src/feed/types.js';
import basic from '../fixtures/cards-basic.json';

export function basicFeed(): Feed {
  const { feed } = normaliseFeed(structuredClone(basic));
  if (!feed) throw new Error('cards-basic.json does not normalise');
  return feed;
}

/** Ids of the measures at `positions` of `feed`. */
export function idsAt(feed: Feed, positions: readonly number[]): string[] {
  return positions.map((p) => feed.measures[p]!.id);
}
