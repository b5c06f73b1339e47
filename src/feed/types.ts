/**
 * Types of the `regin-feed` format, version 1.x, as the widgets use it after normalising.
 *
 * The raw JSON a producer writes is described by `schema/regin-feed-1.schema.json`; these types
 * describe what {@link normaliseFeed} returns: every string is plain text (length-capped, no control
 * characters), every link has passed the URL check, every number is finite and in range or absent
 * ("no data"), ids are unique and cross-references resolve.
 */
import type { AuthorityRole, EvaluationCriterion, MeasureStatus, PartnerKind, Verification } from './contract.js';

// The allowed values come from the schema (src/feed/contract.ts, generated from it).
export { EVALUATION_CRITERIA } from './contract.js';
export type { AuthorityRole, EvaluationCriterion, MeasureStatus, PartnerKind, Verification };

/**
 * A text in one or more languages, keyed by BCP 47 language tag (`{"en": "…", "sv": "…"}`).
 * A plain string in the feed is kept under the key `""` (language not stated).
 */
export type Text = Readonly<Record<string, string>>;

/** `[longitude, latitude]` in degrees (WGS84). */
export type LonLat = readonly [number, number];

/**
 * Where a fact comes from (feed 1.1): a link, with the page's title and date where known. Shown as a
 * link beside the entry it backs.
 */
export interface Source {
  readonly url: string;
  readonly title?: Text;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: when the source was published (or last updated). */
  readonly date?: string;
}

/** Roles a region can have; unknown roles are kept as strings so newer feeds still work. */
export type RegionRole = 'regin-partner' | 'cpmr-member' | 'mipex-r' | (string & {});

export interface Dimension {
  readonly id: string;
  readonly label: Text;
  readonly description?: Text;
}

export interface Framework {
  readonly id: string;
  readonly scale: readonly [number, number];
  /** In canonical order: the radar's axis order. */
  readonly dimensions: readonly Dimension[];
}

export interface Region {
  readonly id: string;
  readonly name: Text;
  /** ISO 3166-1 alpha-2 as used by Eurostat (`EL` for Greece). */
  readonly country: string;
  /** NUTS 2024 code (level 1–3): the map draws its polygon. */
  readonly nuts?: string;
  readonly location?: LonLat;
  readonly roles: readonly RegionRole[];
  readonly commissions: readonly string[];
  readonly url?: string;
  /** Sources for what the feed says of the region (its roles, e.g. CPMR membership). */
  readonly sources: readonly Source[];
}

export interface Partner {
  readonly id: string;
  readonly name: Text;
  readonly acronym?: string;
  readonly kind: PartnerKind;
  /** Id of a region in `regions`. */
  readonly region?: string;
  readonly location?: LonLat;
  readonly city?: Text;
  readonly description?: Text;
  readonly contribution?: Text;
  readonly url?: string;
  /** Sources for what the feed says of the partner. */
  readonly sources: readonly Source[];
}

export interface Score {
  readonly region: string;
  readonly dimension: string;
  /** Within the framework's scale; absent means "no data". */
  readonly value?: number;
  readonly year?: number;
  readonly targetGroup?: string;
  /** Illustrative figure, not a published one: widgets say so on screen. */
  readonly synthetic: boolean;
}

export interface Baseline {
  readonly country: string;
  readonly label: Text;
  /** Absent: the overall score of the index. */
  readonly dimension?: string;
  readonly value?: number;
  readonly year?: number;
  readonly source?: string;
  /** Illustrative figure, not a published one (feed 1.1): widgets say so where it is shown. */
  readonly synthetic: boolean;
}

export type Evaluation = Readonly<Partial<Record<EvaluationCriterion, number>>>;

export interface Measure {
  readonly id: string;
  readonly region: string;
  readonly title: Text;
  readonly summary?: Text;
  readonly dimensions: readonly string[];
  readonly targetGroups: readonly string[];
  readonly status?: MeasureStatus;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: only as precise as the sources state it. */
  readonly start?: string;
  readonly end?: string;
  readonly lead?: Text;
  readonly stakeholders: readonly Text[];
  readonly funding: readonly string[];
  readonly budget?: { readonly amount: number; readonly currency: string };
  readonly authorityRole?: AuthorityRole;
  readonly lessons?: Text;
  readonly transferability?: Text;
  readonly evaluation?: Evaluation;
  readonly url?: string;
  readonly updated?: string;
  /** Where the facts come from (feed 1.1). */
  readonly sources: readonly Source[];
  /** How fully the sources state the measure (feed 1.1); absent: not said. */
  readonly verification?: Verification;
  /** Illustrative entry (feed 1.1), or any entry of a feed marked `sample`: widgets mark it where it is shown. */
  readonly sample: boolean;
}

/** A feed after normalising. */
export interface Feed {
  readonly format: 'regin-feed';
  readonly version: string;
  /** ISO date-time of the data ("data as of …"). */
  readonly updated?: string;
  /** Illustrative data: widgets show a visible notice. */
  readonly sample: boolean;
  readonly title?: Text;
  readonly attribution: readonly Text[];
  readonly framework: Framework;
  readonly regions: readonly Region[];
  readonly partners: readonly Partner[];
  readonly scores: readonly Score[];
  readonly baselines: readonly Baseline[];
  readonly measures: readonly Measure[];
}

/** One thing the normaliser dropped or corrected, with the JSON path where it was found. */
/** A value a problem reports: a key, an id, the producer's value (cleaned and shortened), a limit. */
export type ProblemParam = string | number;

export interface FeedProblem {
  /** JSON path, e.g. `$.measures[3].url`. */
  readonly path: string;
  /** What was wrong, machine-readable (`field`, `left-out`, `too-long` …); `fatal` for an unusable feed. */
  readonly code: string;
  /** The values the explanation names, in the order of src/feed/diagnostics.ts. */
  readonly params: readonly ProblemParam[];
  /**
   * The English explanation. Set on `fatal` problems; for the others `describeProblem()` in
   * src/feed/diagnostics.ts (loaded on demand) writes it from `code` and `params`.
   */
  readonly message?: string;
  /** `dropped`: a whole entry was left out; `fixed`: a field was cleared or corrected; `fatal`: feed unusable. */
  readonly severity: 'dropped' | 'fixed' | 'fatal';
}

export interface NormaliseResult {
  /** `null` when the feed cannot be used at all (not an object, wrong format, other major version). */
  readonly feed: Feed | null;
  readonly problems: readonly FeedProblem[];
}

/** Counts reported with `regin-feed-load`. */
export interface FeedCounts {
  readonly regions: number;
  readonly partners: number;
  readonly scores: number;
  readonly baselines: number;
  readonly measures: number;
  readonly dropped: number;
}

/** The widget states of the public contract. */
export type WidgetState = 'loading' | 'ready' | 'partial' | 'stale' | 'empty' | 'error';

/** Machine-readable reasons a feed could not be (re)loaded. */
export type FeedErrorCode = 'network' | 'timeout' | 'http' | 'content-type' | 'too-large' | 'parse' | 'invalid' | 'version';

/**
 * What a webmaster can do about a load error; src/feed/diagnostics.ts (loaded on demand) words it for
 * the console and `debug`.
 */
export type FeedAdvice =
  | 'timeout'
  | 'unreachable'
  | 'later'
  | 'not-found'
  | 'not-public'
  | 'busy'
  | 'server'
  | 'http'
  | 'content-type'
  | 'web-page'
  | 'too-large'
  | 'empty'
  | 'cut-off'
  | 'not-json';

export interface FeedError {
  readonly code: FeedErrorCode;
  /** What happened, in English, for the webmaster (the advice on what to do is in `advice`). */
  readonly message: string;
  /** What to do about it, when the loader knows (see {@link FeedAdvice}). */
  readonly advice?: FeedAdvice;
  /** HTTP status where there was one. */
  readonly status?: number;
}
