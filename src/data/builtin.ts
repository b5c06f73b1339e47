/**
 * The built-in REGIN feed, used by every widget without `src` or `.feed`. Loaded lazily so that a page
 * that brings its own feed never pays for it.
 */
export async function loadBuiltinFeed(): Promise<unknown> {
  const mod = await import('./regin-feed.json');
  return mod.default;
}
