// The product's URL check (src/feed/url.ts) as plain JavaScript for the feed tool, which runs in Node
// without a build step. test/feed/schema.test.ts checks that both give the same answers.

export const MAX_URL_LENGTH = 2048;
const SAFE_SCHEMES = ['https:', 'http:', 'mailto:'];
const SUSPICIOUS = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/**
 * `value` as a normalised absolute https/http/mailto URL, or `undefined` when it is not a safe link.
 * @param {unknown} value
 * @returns {string | undefined}
 */
export function safeUrl(value) {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return undefined;
  const trimmed = value.trim();
  if (trimmed === '' || SUSPICIOUS.test(trimmed)) return undefined;
  let url;
  try {
    url = new URL(trimmed);
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
  return href.length > MAX_URL_LENGTH || /\s/.test(href) ? undefined : href;
}
