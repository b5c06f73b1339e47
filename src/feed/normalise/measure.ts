/**
 * One measure of a feed, with its budget and evaluation.
 */
import { AUTHORITY_ROLES, EVALUATION_CRITERIA, MEASURE_STATUSES, NUMBER_LIMITS, PATTERNS, VERIFICATIONS } from '../contract.js';
import type { Evaluation, Measure } from '../types.js';
import type { Context } from './context.js';
import { before, dateTimeOf, partialDateOf } from './dates.js';
import { fields, withId } from './fields.js';
import { codeOf, reference } from './ids.js';
import { numberIn } from './numbers.js';
import { Reason, type Problems } from './problems.js';
import { isObject, read, type Obj } from './read.js';
import { LONG, SHORT } from './strings.js';
import { sourcesOf } from './sources.js';
import { textList } from './texts.js';

const freeze = Object.freeze;

export function budgetOf(v: unknown): Measure['budget'] | undefined {
  if (!isObject(v)) return undefined;
  const amount = numberIn(read(v, 'amount'), NUMBER_LIMITS.budget);
  const currency = codeOf(read(v, 'currency'), PATTERNS.currency);
  return amount === undefined || currency === undefined ? undefined : freeze({ amount, currency });
}

export function evaluationOf(v: unknown, path: string, problems: Problems): Evaluation | undefined {
  if (!isObject(v)) {
    problems.fix(path, 'evaluation-not-object');
    return undefined;
  }
  const f = fields(v, path, problems);
  for (const c of EVALUATION_CRITERIA) f.opt(c, (n) => numberIn(n, NUMBER_LIMITS.evaluation), ['not-evaluation']);
  return Object.keys(f.out).length ? f.done() : undefined;
}

export function measureOf(o: Obj, path: string, ctx: Context): Measure | Reason {
  const { problems, dimensionIds } = ctx;
  const f = withId(o, path, problems, 'measure');
  if (f instanceof Reason) return f;
  const region = reference(o, 'region', 'measure', ctx.regionIds, 'is in');
  if (region instanceof Reason) return region;
  f.set('region', region);
  if (!f.text('title', SHORT)) return new Reason('no-title', 'measure');
  f.text('summary', LONG);

  const dims = f.ids('dimensions');
  const unknown = dims.filter((d) => !dimensionIds.has(d));
  if (unknown.length) {
    problems.fix(`${path}.dimensions`, 'unknown-dimensions', unknown.join(', '));
    f.set('dimensions', freeze(dims.filter((d) => dimensionIds.has(d))));
  }
  f.ids('targetGroups');

  f.oneOf('status', MEASURE_STATUSES, ['must-be-one-of', MEASURE_STATUSES.join(', ')]);
  const start = f.opt('start', partialDateOf, ['not-date', '2019, 2019-03 or 2019-03-15']);
  const end = f.opt('end', partialDateOf, ['not-date', '2021, 2021-12 or 2021-12-31']);
  if (end && start && before(end, start)) {
    problems.fix(`${path}.end`, 'end-before-start', end, start);
    delete f.out.end;
  }
  f.text('lead', SHORT);
  f.set('stakeholders', textList(o, 'stakeholders', path, problems, 'fix'));
  f.ids('funding');

  f.opt('budget', budgetOf, ['not-budget']);
  f.oneOf('authorityRole', AUTHORITY_ROLES, ['not-direct']);
  f.text('lessons', LONG);
  f.text('transferability', LONG);
  const rawEvaluation = read(o, 'evaluation');
  if (rawEvaluation !== undefined && rawEvaluation !== null)
    f.set('evaluation', evaluationOf(rawEvaluation, `${path}.evaluation`, problems));
  f.url('url');
  f.opt('updated', dateTimeOf, ['not-date', '2026-10-01']);
  f.set('sources', sourcesOf(read(o, 'sources'), `${path}.sources`, problems));
  f.oneOf('verification', VERIFICATIONS, ['not-one-of', VERIFICATIONS.join(', ')]);
  // An entry of a wholly illustrative feed is illustrative too.
  if (!f.flag('sample', 'measure', 'sample data') && ctx.sample) f.set('sample', true);
  return f.done();
}
