/**
 * Type-level spec of src/feed/types.ts: each normalised entity has the fields of the document the
 * schema describes (src/feed/document.ts, generated from schema/regin-feed-1.schema.json), each of
 * the schema's type. Compiled by `npm run typecheck` (nothing runs): a schema change that the
 * normalised types do not follow (a renamed or new field, a changed type, a newly required field)
 * fails the type check here.
 */
import type {
  AuthorityRole,
  Baseline,
  BaselineDocument,
  Dimension,
  DimensionDocument,
  EvaluationCriterion,
  Evaluation,
  EvaluationDocument,
  Feed,
  FeedDocument,
  Framework,
  FrameworkDocument,
  Measure,
  MeasureDocument,
  MeasureStatus,
  Partner,
  PartnerDocument,
  PartnerKind,
  Region,
  RegionDocument,
  Score,
  ScoreDocument,
  Source,
  SourceDocument,
  Verification,
} from '../../src/feed/types.js';
import type { FeedDocument as PublicFeedDocument, MeasureDocument as PublicMeasureDocument } from '../../src/index.js';

/** `true` when `A` and `B` are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compiles only for `true`. */
type Expect<T extends true> = T;

/** `T` with every `readonly` removed, however deep. */
type Writable<T> = T extends string | number | boolean ? T : { -readonly [K in keyof T]: Writable<T[K]> };

/**
 * `true` when a normalised value of type `N` is a valid value of the document type `D`: a list of `N`
 * for a list or tuple of `D` (the normaliser may return an empty list where the schema asks for at
 * least one item, as it falls back on defaults), an object whose fields fit `D`'s.
 */
type Fits<N, D> = [N] extends [readonly (infer X)[]]
  ? [D] extends [readonly (infer Y)[]]
    ? Fits<X, Y>
    : false
  : [Writable<N>] extends [D]
    ? true
    : [N] extends [object]
      ? [FieldDrift<N, Extract<D, object>>] extends [never]
        ? true
        : false
      : false;

/** The fields of `N` that `D` does not have or whose values do not fit `D`'s. */
type FieldDrift<N, D> =
  | Exclude<keyof N, keyof D>
  | { [K in keyof N & keyof D]-?: Fits<NonNullable<N[K]>, NonNullable<D[K]>> extends true ? never : K }[keyof N & keyof D];

/** The fields `T` always has (none of these types allows `undefined` in a required field). */
type RequiredKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? never : K }[keyof T];

/**
 * The fields in which the normalised type `N` drifted from the document type `D`: a field only one of
 * them has, a field whose normalised value is not of the schema's type, or a field the schema
 * requires that the normalised type may lack. `never` when they agree.
 */
type Drift<N, D> = FieldDrift<N, D> | Exclude<keyof D, keyof N> | Exclude<RequiredKeys<D>, RequiredKeys<N>>;

/** `true` when `N` and `D` agree (see {@link Drift}). */
type Agree<N, D> = [Drift<N, D>] extends [never] ? true : false;

// Every normalised entity agrees with the document the schema describes.
export type Entities = [
  Expect<Agree<Feed, FeedDocument>>,
  Expect<Agree<Framework, FrameworkDocument>>,
  Expect<Agree<Dimension, DimensionDocument>>,
  Expect<Agree<Region, RegionDocument>>,
  Expect<Agree<Partner, PartnerDocument>>,
  Expect<Agree<Score, ScoreDocument>>,
  Expect<Agree<Baseline, BaselineDocument>>,
  Expect<Agree<Measure, MeasureDocument>>,
  Expect<Agree<Evaluation, EvaluationDocument>>,
  Expect<Agree<Source, SourceDocument>>,
  Expect<Agree<NonNullable<Measure['budget']>, NonNullable<MeasureDocument['budget']>>>,
];

// The allowed values of src/feed/contract.ts are the document's, exactly.
export type AllowedValues = [
  Expect<Equal<MeasureStatus, NonNullable<MeasureDocument['status']>>>,
  Expect<Equal<PartnerKind, PartnerDocument['kind']>>,
  Expect<Equal<AuthorityRole, NonNullable<MeasureDocument['authorityRole']>>>,
  Expect<Equal<Verification, NonNullable<MeasureDocument['verification']>>>,
  Expect<Equal<EvaluationCriterion, keyof EvaluationDocument>>,
  Expect<Equal<Feed['format'], FeedDocument['format']>>,
];

// The check itself catches each kind of drift.
export type Drifts = [
  // a field of another type than the schema's
  // @ts-expect-error: title is a number here, a text in the schema
  Expect<Agree<Omit<Measure, 'title'> & { readonly title: number }, MeasureDocument>>,
  // a field the schema does not have
  // @ts-expect-error: colour is not in the schema
  Expect<Agree<Region & { readonly colour: string }, RegionDocument>>,
  // a field of the schema that the normalised type lacks
  // @ts-expect-error: the normalised partner has no name
  Expect<Agree<Omit<Partner, 'name'>, PartnerDocument>>,
  // a field the schema requires, optional in the normalised type
  // @ts-expect-error: label is required by the schema
  Expect<Agree<Omit<Baseline, 'label'> & { readonly label?: Baseline['label'] }, BaselineDocument>>,
  // an item of a list of another type
  // @ts-expect-error: roles are ids (strings) in the schema
  Expect<Agree<Omit<Region, 'roles'> & { readonly roles: readonly number[] }, RegionDocument>>,
];

// The document types reach producers through the package's public entry; the README's example compiles.
const measure: PublicMeasureDocument = {
  id: 'm-es51-001',
  region: 'ES51',
  title: { en: 'Welcome courses', ca: 'Cursos d’acollida' },
};
export const readmeFeed: PublicFeedDocument = {
  format: 'regin-feed',
  version: '1.1',
  regions: [{ id: 'ES51', name: 'Catalonia', country: 'ES' }],
  measures: [measure],
};
// @ts-expect-error: a measure without a title is not a valid document
export const untitled: PublicMeasureDocument = { id: 'm-es51-002', region: 'ES51' };
// @ts-expect-error: "paused" is not one of the allowed statuses
export const paused: PublicMeasureDocument = { ...measure, status: 'paused' };
