/**
 * The measures' full-text search: the index, the query parser and the marking of matches. The cards load
 * this module on demand (`import()`, see `search-code.ts`), when a search is first typed or preset.
 */
export { buildSearchIndex, parseQuery, searchIndex } from './search-index.js';
export { excerpt, highlight } from './highlight.js';
