/**
 * The search code (`search.ts`), loaded on demand: only a page where someone searches the measures
 * fetches it. Until it has loaded, queries match everything and nothing is marked.
 */
export type SearchCode = typeof import('./search.js');

let code: SearchCode | undefined;
let loading: Promise<SearchCode> | undefined;

/** The search code, once it has loaded. */
export const searchCode = (): SearchCode | undefined => code;

/** Loads the search code (once; after a failure the next call tries again). */
export function loadSearchCode(): Promise<SearchCode> {
  return (loading ??= import('./search.js').then(
    (m) => (code = m),
    (err: unknown) => {
      loading = undefined;
      throw err;
    },
  ));
}
