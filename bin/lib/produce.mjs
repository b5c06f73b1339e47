// What a feed producer does, in one place: build a feed from CSV files, or read a feed's JSON, then check
// it. The `regin-feed` CLI (files on disk) and the feed studio page of the demo (files picked in the
// browser) are two front ends of this module, so they always build the same feed and list the same
// problems. Pure: no file system, no network.
import { buildFeed, COLLECTIONS } from './csv.mjs';
import { decodeText, InputError } from './decode.mjs';
import { LoadError, parseJson } from './json.mjs';
import { byPath, counts, validateFeed } from './validate.mjs';

export { COLLECTIONS, counts, InputError };

/**
 * @typedef {{ path: string, message: string, where?: string }} Located
 *   A problem at a JSON path, with where it came from in the spreadsheets (`measures.csv, row 5, column Q "budget"`).
 * @typedef {{ feed?: any, problems: Located[], notes: string[] }} Outcome
 *   `feed` is missing when nothing could be built; the feed is valid when `problems` is empty.
 */

/** The feed file as the CLI writes it and the studio downloads it. */
export const feedJson = (feed) => `${JSON.stringify(feed, null, 2)}\n`;

const within = (path, prefix) => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);

/**
 * Builds a feed from CSV files and checks it.
 * @param {Parameters<typeof buildFeed>[0]} files
 * @param {Parameters<typeof buildFeed>[1]} [options]
 * @returns {Outcome}
 */
export function buildAndCheck(files, options = {}) {
  let built;
  try {
    built = buildFeed(files, options);
  } catch (err) {
    if (err instanceof InputError) return { problems: [{ path: '$', message: err.message }], notes: [] };
    throw err;
  }
  const { feed, rowOf, notes, problems: read } = built;
  // A cell refused while reading is not reported again by the check: neither inside it nor as the field
  // around it (an entry left out for another reason is still reported).
  const field = (path) => !path.endsWith(']');
  const checked = validateFeed(feed).filter(
    (p) => !read.some((r) => within(p.path, r.path) || (field(p.path) && within(r.path, p.path))),
  );
  const problems = [...read, ...checked].sort(byPath).map((p) => ({ ...p, where: rowOf(p.path) }));
  return { feed, problems, notes };
}

/**
 * Reads a feed's JSON (bytes of a file) and checks it.
 * @param {Uint8Array} bytes
 * @param {string} name
 * @returns {Outcome}
 */
export function readAndCheck(bytes, name) {
  let feed;
  const notes = [];
  try {
    const decoded = decodeText(bytes, name);
    notes.push(...decoded.notes);
    feed = parseJson(decoded.text, name);
  } catch (err) {
    if (err instanceof InputError || err instanceof LoadError) return { problems: [{ path: '$', message: err.message }], notes };
    throw err;
  }
  return { feed, problems: validateFeed(feed), notes };
}

/** One line per problem, as the CLI prints them and the studio lists them. */
export const problemLine = (p) => `${p.path}: ${p.message}${p.where ? ` (${p.where})` : ''}`;
