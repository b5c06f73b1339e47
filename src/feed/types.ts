/**
 * Types of the `regin-feed` format, version 1.x, as the widgets use it after normalising.
 *
 * The JSON a producer writes is described by `schema/regin-feed-1.schema.json`, and in TypeScript by
 * the document types generated from it (`FeedDocument`, `MeasureDocument` …, src/feed/document.ts).
 * These types describe what {@link normaliseFeed} returns, derived from the document types: a field
 * the normaliser passes on as the producer wrote it keeps the schema's type (`Pick`); what it reshapes
 * is stated here: every text is a {@link Text} record of plain strings (length-capped, no control
 * characters), lists are read-only and present (empty when absent), every link has passed the URL
 * check, every number is finite and in range or absent ("no data"), flags are always `true` or `false`,
 * ids are unique and cross-references resolve. test/feed/types.test-d.ts fails when the two drift apart.
 */
import type {
  BaselineDocument,
  DimensionDocument,
  EvaluationDocument,
  FeedDocument,
  FrameworkDocument,
  MeasureDocument,
  PartnerDocument,
  RegionDocument,
  ScoreDocument,
  SourceDocument,
} from './document.js';
import type { AuthorityRole, EvaluationCriterion, MeasureStatus, PartnerKind, Verification } from './contract.js';

// The allowed values come from the schema (src/feed/contract.ts, generated from it).
export { EVALUATION_CRITERIA } from './contract.js';
export type { AuthorityRole, EvaluationCriterion, MeasureStatus, PartnerKind, Verification };
// A feed as a producer writes it, for feeds written in TypeScript.
export type * from './document.js';

/**
 * A text in one or more languages, keyed by BCP 47 language tag (`{"en": "…", "sv": "…"}`).
 * A plain string in the feed is kept under the key `""` (language not stated).
 */
export type Text = Readonly<Record<string, string>>;

/** `[longitude, latitude]` in degrees (WGS84). */
export type LonLat = Readonly<NonNullable<RegionDocument['location']>>;

/**
 * Where a fact comes from (feed 1.1): a link, with the page's title and date where known. Shown as a
 * link beside the entry it backs.
 */
export interface Source extends Readonly<Pick<SourceDocument, 'url' | 'date'>> {
  readonly title?: Text;
}

/** Roles a region can have; unknown roles are kept as strings so newer feeds still work. */
export type RegionRole = 'regin-partner' | 'cpmr-member' | 'mipex-r' | (string & {});

export interface Dimension extends Readonly<Pick<DimensionDocument, 'id'>> {
  readonly label: Text;
  readonly description?: Text;
}

export interface Framework extends Readonly<Pick<FrameworkDocument, 'id'>> {
  readonly scale: Readonly<NonNullable<FrameworkDocument['scale']>>;
  /** In canonical order: the radar's axis order. */
  readonly dimensions: readonly Dimension[];
}

export interface Region extends Readonly<Pick<RegionDocument, 'id' | 'country' | 'nuts' | 'url'>> {
  readonly name: Text;
  readonly location?: LonLat;
  readonly roles: readonly RegionRole[];
  readonly commissions: readonly string[];
  /** Sources for what the feed says of the region (its roles, e.g. CPMR membership). */
  readonly sources: readonly Source[];
}

export interface Partner extends Readonly<Pick<PartnerDocument, 'id' | 'acronym' | 'kind' | 'region' | 'url'>> {
  readonly name: Text;
  readonly location?: LonLat;
  readonly city?: Text;
  readonly description?: Text;
  readonly contribution?: Text;
  /** Sources for what the feed says of the partner. */
  readonly sources: readonly Source[];
}

export interface Score extends Readonly<Pick<ScoreDocument, 'region' | 'dimension' | 'year' | 'targetGroup'>> {
  /** Within the framework's scale; absent means "no data". */
  readonly value?: NonNullable<ScoreDocument['value']>;
  /** Illustrative figure, not a published one: widgets say so on screen. */
  readonly synthetic: NonNullable<ScoreDocument['synthetic']>;
}

export interface Baseline extends Readonly<Pick<BaselineDocument, 'country' | 'dimension' | 'year' | 'source'>> {
  readonly label: Text;
  readonly value?: NonNullable<BaselineDocument['value']>;
  /** Illustrative figure, not a published one (feed 1.1): widgets say so where it is shown. */
  readonly synthetic: NonNullable<BaselineDocument['synthetic']>;
}

/** A measure's scores on the REGIN evaluation criteria, each 1–5; criteria not assessed are absent. */
export type Evaluation = Readonly<EvaluationDocument>;

export interface Measure extends Readonly<
  Pick<MeasureDocument, 'id' | 'region' | 'status' | 'start' | 'end' | 'authorityRole' | 'url' | 'updated' | 'verification'>
> {
  readonly title: Text;
  readonly summary?: Text;
  readonly dimensions: readonly string[];
  readonly targetGroups: readonly string[];
  readonly lead?: Text;
  readonly stakeholders: readonly Text[];
  readonly funding: readonly string[];
  readonly budget?: Readonly<NonNullable<MeasureDocument['budget']>>;
  readonly lessons?: Text;
  readonly transferability?: Text;
  readonly evaluation?: Evaluation;
  /** Where the facts come from (feed 1.1). */
  readonly sources: readonly Source[];
  /** Illustrative entry (feed 1.1), or any entry of a feed marked `sample`: widgets mark it where it is shown. */
  readonly sample: NonNullable<MeasureDocument['sample']>;
}

/** A feed after normalising. */
export interface Feed extends Readonly<Pick<FeedDocument, 'format' | 'version' | 'updated'>> {
  /** Illustrative data: widgets show a visible notice. */
  readonly sample: NonNullable<FeedDocument['sample']>;
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
