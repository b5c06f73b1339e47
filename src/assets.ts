/**
 * URLs of the files that ship beside the code (the built-in feed, map geometry), resolved against the
 * script's own URL so the folder can be copied to any server path. The builds copy `src/assets/` to
 * `dist/assets/`. The expression is kept non-literal so bundlers leave it alone.
 */
const here = import.meta.url;

export function assetUrl(path: string): string {
  return new URL('assets/' + path, here).href;
}
