// What the tests of the normaliser's modules share: a fresh problem list and a reading context.
import type { Context } from '../../../src/feed/normalise/context.js';
import { problemList } from '../../../src/feed/normalise/problems.js';
import type { FeedProblem } from '../../../src/feed/types.js';

/** A reading context over the MIPEX-R scale, with the given dimensions and regions. */
export function context(dimensionIds: string[] = ['labour', 'health'], regionIds: string[] = ['ES51'], sample = false): Context {
  return { problems: problemList(), scale: [0, 100], dimensionIds: new Set(dimensionIds), regionIds: new Set(regionIds), sample };
}

/** The problems reported so far, as `path code params…` lines. */
export function reported(ctx: { problems: { done(): readonly FeedProblem[] } }): string[] {
  return ctx.problems.done().map((p) => [p.path, p.severity, p.code, ...p.params].join(' '));
}
