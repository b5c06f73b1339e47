/**
 * What every entry reader knows of the feed read so far.
 */
import type { Problems } from './problems.js';

export interface Context {
  readonly problems: Problems;
  readonly scale: readonly [number, number];
  readonly dimensionIds: ReadonlySet<string>;
  readonly regionIds: ReadonlySet<string>;
  /** The feed is marked `sample` as a whole. */
  readonly sample: boolean;
}
