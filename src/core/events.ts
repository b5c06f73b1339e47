/**
 * The public events of every regin widget, typed once. All bubble and cross shadow boundaries
 * (`composed`), and fire on user action or feed change only — never because script set a property.
 */
import type { FeedCounts, FeedErrorCode } from '../feed/types.js';

export interface RegionSelectDetail {
  /** Id of the region in the feed, or `null` when the selection was cleared. */
  readonly regionId: string | null;
}
export interface MeasureOpenDetail {
  readonly measureId: string;
}
export interface FeedLoadDetail {
  /** The feed URL, or `null` for the built-in feed or a feed set by script. */
  readonly url: string | null;
  readonly counts: FeedCounts;
}
export interface FeedErrorDetail {
  readonly url: string | null;
  readonly code: FeedErrorCode;
  readonly message: string;
}

export interface ReginEventMap {
  'regin-region-select': CustomEvent<RegionSelectDetail>;
  'regin-measure-open': CustomEvent<MeasureOpenDetail>;
  'regin-feed-load': CustomEvent<FeedLoadDetail>;
  'regin-feed-error': CustomEvent<FeedErrorDetail>;
}

type DetailOf<K extends keyof ReginEventMap> = ReginEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Dispatches one of the public events from `target` with the contract's options. */
export function emit<K extends keyof ReginEventMap>(target: EventTarget, type: K, detail: DetailOf<K>): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  // Lets `el.addEventListener('regin-region-select', e => e.detail.regionId)` type-check.

  interface HTMLElementEventMap extends ReginEventMap {}
}
