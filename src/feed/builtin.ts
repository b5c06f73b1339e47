/**
 * The built-in REGIN feed, used by every widget without `src` or `.feed`. It ships as a file beside
 * the code and is fetched from the same place as the script, never from a third party; a page that
 * brings its own feed never loads it.
 */
import { assetUrl } from '../assets.js';

/** URL of the built-in feed file. */
export const BUILTIN_FEED_URL = assetUrl('regin-feed.json');
