/**
 * The built-in REGIN feed, used by every widget without `src` or `.feed`. It ships with the code as a
 * lazily imported module (see `assets.ts`), loaded from the same place as the script, never from a
 * third party; a page that brings its own feed never loads it.
 */
import { assetUrl, readJsonAsset } from '../assets.js';

/** The name of the built-in feed file: a bundled module, or a URL after `setAssetsBase()`. */
export function builtinFeedUrl(): string {
  return assetUrl('regin-feed.json');
}

/** Reads the built-in feed (see {@link readJsonAsset}). */
export function readBuiltinFeed(): Promise<unknown> {
  return readJsonAsset(builtinFeedUrl());
}
