/**
 * The one URL check of the product: every link a widget shows (from a feed or an attribute) goes
 * through {@link safeUrl}. Lit does not sanitise `javascript:` URLs in attribute bindings, so this
 * is the only thing between a hostile feed and script running on the host page.
 */

import { TEXT_LIMITS } from './contract.js';

/** Longest URL accepted, in characters (before and after normalising): the schema's cap on links. */
export const MAX_URL_LENGTH = TEXT_LIMITS.url;

/** Schemes a link may use. Everything else (`javascript:`, `data:`, `vbscript:`, `file:` …) is refused. */
export const SAFE_SCHEMES: readonly string[] = Object.freeze(['https:', 'http:', 'mailto:']);

// C0 and C1 controls, DEL, and the bidi embedding/override/isolate marks: a link containing them is
// either broken or trying to look like something else. (Leading/trailing spaces are trimmed first.)
// eslint-disable-next-line no-control-regex -- a link with control characters is refused, so they must be found
const SUSPICIOUS = /[\x00-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]/;

/**
 * Returns `value` as a normalised absolute URL (`URL.href`) when it is a safe link, else `undefined`.
 *
 * Safe means: a string of at most {@link MAX_URL_LENGTH} characters, without control characters
 * (nor spaces once normalised), with an `https:`, `http:` or `mailto:` scheme, and for http(s) a host and no user name or password
 * (`https://bank.example@evil.example` is refused). Relative URLs (including protocol-relative
 * `//host`) are refused, because a feed is shown on other sites where a relative link means nothing;
 * when `base` is given (an absolute http(s) URL), they are resolved against it instead.
 *
 * @example
 * safeUrl('https://example.org/a b');      // 'https://example.org/a%20b'
 * safeUrl(' JaVaScRiPt:alert(1)');         // undefined
 * safeUrl('/measures/1');                  // undefined
 * safeUrl('/measures/1', 'https://x.eu/'); // 'https://x.eu/measures/1'
 */
export function safeUrl(value: unknown, base?: string | URL): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return undefined;
  const trimmed = value.trim();
  if (trimmed === '' || SUSPICIOUS.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = base === undefined ? new URL(trimmed) : new URL(trimmed, safeBase(base));
  } catch {
    return undefined;
  }
  if (!SAFE_SCHEMES.includes(url.protocol)) return undefined;
  if (url.protocol === 'mailto:') {
    if (url.pathname === '') return undefined;
  } else if (url.hostname === '' || url.username !== '' || url.password !== '') {
    return undefined;
  }
  const href = url.href;
  // http(s) hrefs come out percent-encoded; an opaque mailto: path keeps its spaces, which no address has.
  return href.length > MAX_URL_LENGTH || /\s/.test(href) ? undefined : href;
}

/** A base is only used when it is itself an absolute http(s) URL; otherwise relative input is refused. */
function safeBase(base: string | URL): URL | undefined {
  try {
    const url = new URL(String(base));
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}
