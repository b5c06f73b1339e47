/**
 * Remembers what each derived value was computed from, so `willUpdate` recomputes it only when one of
 * its inputs changed (compared with `===`).
 */
export class Inputs {
  readonly #last = new Map<string, readonly unknown[]>();

  /** Whether any of `inputs` differs from the last call for `step`; remembers them. */
  changed(step: string, ...inputs: unknown[]): boolean {
    const before = this.#last.get(step);
    if (before && before.length === inputs.length && before.every((v, i) => v === inputs[i])) return false;
    this.#last.set(step, inputs);
    return true;
  }
}
