/**
 * Reading untrusted input without throwing: a throwing getter, a proxy trap or a hostile `Array.isArray`
 * reads as nothing.
 */

export type Obj = Record<string, unknown>;

/** Reads a property; a throwing getter or proxy trap reads as `undefined`. */
export function read(o: unknown, key: string): unknown {
  try {
    return (o as Obj)[key];
  } catch {
    return undefined;
  }
}

export function isObject(v: unknown): v is Obj {
  try {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

export function isArray(v: unknown): v is readonly unknown[] {
  try {
    return Array.isArray(v);
  } catch {
    return false;
  }
}

/** `v` trimmed, when it is a string. */
export const trimmed = (v: unknown): string | undefined => (typeof v === 'string' ? v.trim() : undefined);

/** The one empty list every reader returns for "nothing". */
export const EMPTY: readonly never[] = Object.freeze([]);
