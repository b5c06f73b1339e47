/**
 * React 19 JSX types for the four elements: their attributes and properties, `ref`, and their events as
 * `on<event-name>` props (React 19 adds a listener for `onregin-region-select` as it is written).
 * Type-only: import it once with the element you use.
 *
 * @example
 * import 'regin-widgets/indicator-radar';
 * import type {} from 'regin-widgets/react';
 *
 * <regin-indicator-radar regions="ES51 ITF3" target-group="bip"
 *   onregin-feed-error={(e) => console.warn(e.detail.message)} />
 */
import type { HTMLAttributes, RefAttributes } from 'react';
import type { FeedErrorDetail, FeedLoadDetail, MeasureOpenDetail, RegionSelectDetail } from './core/events.js';
import type { ReginIndicatorRadar } from './indicator-radar.js';
import type { ReginMeasureCards } from './measure-cards.js';
import type { ReginPartnerMap } from './partner-map.js';
import type { ReginRegionComparison } from './region-comparison.js';

/** The attributes and properties every widget shares, and the feed events every widget fires. */
interface SharedProps {
  /** URL of a feed; absent: the built-in REGIN feed. */
  src?: string;
  /** A feed object supplied by script instead of `src` (set as a property). */
  feed?: unknown;
  /** Widgets with the same group share one selection. */
  group?: string;
  /** Seconds between feed re-checks (0: no polling). */
  refresh?: number | string;
  theme?: 'light' | 'dark';
  lang?: string;
  'onregin-feed-load'?: (event: CustomEvent<FeedLoadDetail>) => void;
  'onregin-feed-error'?: (event: CustomEvent<FeedErrorDetail>) => void;
}

interface RegionSelectProps {
  'onregin-region-select'?: (event: CustomEvent<RegionSelectDetail>) => void;
}

/** What React adds to any element (`className`, `style`, `children` …), with `ref` typed to the element. */
type Base<E> = Omit<HTMLAttributes<E>, 'onChange'> & RefAttributes<E> & { class?: string };

export interface ReginPartnerMapProps extends SharedProps, RegionSelectProps {
  'color-by'?: string;
  colorBy?: ReginPartnerMap['colorBy'];
  selected?: ReginPartnerMap['selected'];
  geometry?: string;
  view?: ReginPartnerMap['view'];
}

export interface ReginMeasureCardsProps extends SharedProps, RegionSelectProps {
  region?: string;
  dimension?: string;
  'target-group'?: string;
  targetGroup?: string;
  query?: string;
  'sync-url'?: boolean;
  syncUrl?: boolean;
  'page-size'?: number | string;
  pageSize?: number;
  'onregin-measure-open'?: (event: CustomEvent<MeasureOpenDetail>) => void;
}

export interface ReginIndicatorRadarProps extends SharedProps {
  regions?: string;
  'target-group'?: string;
  targetGroup?: string;
  baseline?: ReginIndicatorRadar['baseline'];
  view?: ReginIndicatorRadar['view'];
}

export interface ReginRegionComparisonProps extends SharedProps, RegionSelectProps {
  regions?: string;
  'target-group'?: string;
  targetGroup?: string;
  sort?: string;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'regin-partner-map': Base<ReginPartnerMap> & ReginPartnerMapProps;
      'regin-measure-cards': Base<ReginMeasureCards> & ReginMeasureCardsProps;
      'regin-indicator-radar': Base<ReginIndicatorRadar> & ReginIndicatorRadarProps;
      'regin-region-comparison': Base<ReginRegionComparison> & ReginRegionComparisonProps;
    }
  }
}
