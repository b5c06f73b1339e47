/**
 * The cards' filters in the URL hash, so a filtered view can be shared:
 * `#measures=q:lang;region:ES51,ITF4;dim:labour;tg:tcn;status:ongoing;fund:AMIF;sort:title`.
 *
 * Other parts of the hash (`#map=…&measures=…`, or a plain anchor) are kept as they are. Parsing is
 * defensive: bad escapes, unknown keys and oversized values are ignored. DOM-free.
 */
import { NO_SELECTION, type FacetKey } from './facets.js';
import { NO_FILTERS, type CardFilters } from './filters.js';
import { SORTS, type SortKey } from './results.js';

/** The hash key of the cards' part. */
export const HASH_KEY = 'measures';

const SHORT: Readonly<Record<FacetKey, string>> = Object.freeze({
  region: 'region',
  dimension: 'dim',
  targetGroup: 'tg',
  status: 'status',
  funding: 'fund',
});
const FACET_OF = new Map(Object.entries(SHORT).map(([k, v]) => [v, k as FacetKey]));

const MAX_QUERY = 200;
const MAX_VALUES = 50;
const MAX_VALUE = 100;

const enc = (v: string) => encodeURIComponent(v);

function dec(v: string): string | null {
  try {
    return decodeURIComponent(v);
  } catch {
    return null;
  }
}

/** The hash part for `filters` (without `measures=`); `''` when nothing is filtered or sorted. */
export function serialiseFilters(f: CardFilters): string {
  const parts: string[] = [];
  if (f.query.trim() !== '') parts.push(`q:${enc(f.query)}`);
  for (const [key, short] of Object.entries(SHORT) as Array<[FacetKey, string]>) {
    const values = f.selection[key];
    if (values.length > 0) parts.push(`${short}:${values.map(enc).join(',')}`);
  }
  if (f.sort !== NO_FILTERS.sort) parts.push(`sort:${f.sort}`);
  return parts.join(';');
}

/** Reads filters from the cards' hash part; what cannot be read is left at its default. */
export function parseFilters(part: string): CardFilters {
  const selection: Record<FacetKey, string[]> = { ...NO_SELECTION } as Record<FacetKey, string[]>;
  let query = '';
  let sort = NO_FILTERS.sort;
  for (const item of part.split(';')) {
    const colon = item.indexOf(':');
    if (colon < 0) continue;
    const name = item.slice(0, colon);
    const raw = item.slice(colon + 1);
    if (name === 'q') {
      query = (dec(raw) ?? '').slice(0, MAX_QUERY);
    } else if (name === 'sort') {
      if ((SORTS as readonly string[]).includes(raw)) sort = raw as SortKey;
    } else {
      const key = FACET_OF.get(name);
      if (!key) continue;
      const values = raw
        .split(',')
        .slice(0, MAX_VALUES)
        .map(dec)
        .filter((v): v is string => v !== null && v !== '' && v.length <= MAX_VALUE);
      selection[key] = [...new Set(values)];
    }
  }
  return { query, selection, sort };
}

/** Splits a hash (`#a=1&measures=…`) into its `&`-separated parts. */
function hashParts(hash: string): string[] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return body === '' ? [] : body.split('&');
}

/** The cards' part of a hash, or `null` when it has none. */
export function readHash(hash: string): string | null {
  const part = hashParts(hash).find((p) => p.startsWith(`${HASH_KEY}=`));
  return part === undefined ? null : part.slice(HASH_KEY.length + 1);
}

/** `hash` with the cards' part replaced by `filters` (or removed when they are the defaults). */
export function writeHash(hash: string, f: CardFilters): string {
  const value = serialiseFilters(f);
  const parts = hashParts(hash);
  const at = parts.findIndex((p) => p.startsWith(`${HASH_KEY}=`));
  const mine = value === '' ? [] : [`${HASH_KEY}=${value}`];
  if (at >= 0) parts.splice(at, 1, ...mine);
  else parts.push(...mine);
  return parts.length === 0 ? '' : `#${parts.join('&')}`;
}
