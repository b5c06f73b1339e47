/**
 * regin-widgets: registers all four elements and re-exports their classes, the event types and the
 * feed types. Each element is also its own entry (`regin-widgets/partner-map` …) for pages that need one.
 */
export { ReginPartnerMap } from './partner-map.js';
export { ReginMeasureCards } from './measure-cards.js';
export { ReginIndicatorRadar } from './indicator-radar.js';
export { ReginRegionComparison } from './region-comparison.js';
export type * from './feed/types.js';
export type * from './core/events.js';
export { VERSION } from './version.js';
export { setAssetsBase } from './assets-base.js';
