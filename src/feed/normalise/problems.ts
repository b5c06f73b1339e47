/**
 * The problem list of one normalising run: what was dropped or fixed, as codes and parameters (the
 * sentences are in src/feed/diagnostics.ts, loaded only when a feed has problems).
 */
import type { FeedProblem, ProblemParam } from '../types.js';

const freeze = Object.freeze;

/** Problems reported in full; beyond this one summary problem says how many more there were. */
export const MAX_PROBLEMS = 100;

type Severity = FeedProblem['severity'];

/**
 * Why a whole entry is left out: a code and its parameters (the sentences are in src/feed/diagnostics.ts,
 * loaded only when a feed has problems).
 */
export class Reason {
  readonly params: readonly ProblemParam[];
  constructor(
    readonly code: string,
    ...params: ProblemParam[]
  ) {
    this.params = params;
  }
}

/** Why a field is cleared: a code of src/feed/diagnostics.ts and its parameters. */
export type Why = readonly [code: string, ...params: ProblemParam[]];

/**
 * The problems found so far; {@link MAX_PROBLEMS} in full, then only counted. Each is a code and its
 * parameters (see src/feed/diagnostics.ts for the sentence each one reads as).
 */
export function problemList() {
  const list: FeedProblem[] = [];
  let more = 0;
  let moreDropped = false;
  const add = (severity: Severity, path: string, code: string, params: ProblemParam[]): void => {
    if (list.length < MAX_PROBLEMS) {
      list.push(freeze({ path, severity, code, params: freeze(params) }));
    } else {
      more++;
      if (severity === 'dropped') moreDropped = true;
    }
  };
  return {
    drop: (path: string, code: string, ...params: ProblemParam[]) => add('dropped', path, code, params),
    fix: (path: string, code: string, ...params: ProblemParam[]) => add('fixed', path, code, params),
    /** A point to `rollback` to: an entry that is dropped reports only why, not what was fixed in it. */
    mark: (): readonly [number, number, boolean] => [list.length, more, moreDropped],
    rollback: ([length, m, d]: readonly [number, number, boolean]): void => {
      list.length = length;
      more = m;
      moreDropped = d;
    },
    done: (): readonly FeedProblem[] => {
      if (more > 0) {
        list.push(freeze({ path: '$', severity: moreDropped ? 'dropped' : 'fixed', code: 'more', params: freeze([more]) }));
      }
      return freeze(list);
    },
  };
}

export type Problems = ReturnType<typeof problemList>;
