// Builds a regin-feed from the spreadsheets (CSV) that regional teams keep. One file per collection,
// one row per entry, one column per field. The columns are described in examples/csv/README.md.
// Pure (no file system): the `regin-feed` CLI and the feed studio page both build feeds with it.
import { dsvFormat } from 'd3-dsv';
import { decodeText } from './decode.mjs';
import { EVALUATION_CRITERIA, VERIFICATIONS } from '../../src/feed/contract.ts';
import { safeUrl } from '../../src/feed/url.ts';

/** The evaluation criteria, one CSV column each (`evaluation.<criterion>`), as the feed's schema names them. */
export const CRITERIA = EVALUATION_CRITERIA;

// Column kinds: text (translatable: `title`, `title.en` …), texts (translatable list), list (codes
// separated by ;), number, integer, boolean, code (upper case), lower (lower case), string, sources
// (links, see sourcesOf), verification (stated | partly-stated).
export const COLUMNS = {
  regions: {
    id: 'string',
    name: 'text',
    country: 'code',
    nuts: 'code',
    lon: 'number',
    lat: 'number',
    roles: 'list',
    commissions: 'list',
    url: 'string',
    sources: 'sources',
  },
  partners: {
    id: 'string',
    name: 'text',
    acronym: 'string',
    kind: 'lower',
    region: 'string',
    lon: 'number',
    lat: 'number',
    city: 'text',
    description: 'text',
    contribution: 'text',
    url: 'string',
    sources: 'sources',
  },
  scores: {
    region: 'string',
    dimension: 'string',
    value: 'number',
    year: 'integer',
    targetGroup: 'string',
    synthetic: 'boolean',
  },
  baselines: {
    country: 'code',
    label: 'text',
    dimension: 'string',
    value: 'number',
    year: 'integer',
    source: 'string',
    synthetic: 'boolean',
  },
  measures: {
    id: 'string',
    region: 'string',
    title: 'text',
    summary: 'text',
    dimensions: 'list',
    targetGroups: 'list',
    status: 'lower',
    start: 'string',
    end: 'string',
    lead: 'text',
    stakeholders: 'texts',
    funding: 'list',
    budget: 'number',
    currency: 'code',
    authorityRole: 'lower',
    lessons: 'text',
    transferability: 'text',
    evaluation: 'criteria',
    url: 'string',
    updated: 'string',
    sources: 'sources',
    verification: 'verification',
    sample: 'boolean',
  },
  dimensions: { id: 'string', label: 'text', description: 'text' },
  // The feed itself: row 2 holds its title, date and framework; each row holds one attribution line.
  feed: { title: 'text', attribution: 'text', updated: 'string', sample: 'boolean', framework: 'string', scale: 'list' },
};

/** Spreadsheets save CSV with `,`, `;` (European locales) or tabs: the header row tells which. */
function delimiterOf(text) {
  const newline = text.indexOf('\n');
  const header = (newline < 0 ? text : text.slice(0, newline)).replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1]);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}

function canonicalLanguage(tag) {
  try {
    return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag) ? Intl.getCanonicalLocales(tag)[0] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A number as people type it in a spreadsheet: `1234.5`, `1234,5`, `120 000`, `-3`. A number that reads
 * two ways (`120.000`, `1.500`, `2,500`: a thousands separator or a decimal sign?) is refused with both
 * readings, unless `decimal` says which sign the file uses for decimals; with `decimal`, thousands
 * separators are read too (`1.234.567,89` with `,`). Anything else stays text (the check reports it).
 * A coordinate (`within` 180 or 90) is never read with a thousands separator.
 * @param {string} cell
 * @param {',' | '.' | undefined} [decimal]
 * @param {number} [within] the largest value the field can have, when there is one
 * @returns {{ value: number | string, problem?: string }}
 */
export function readNumber(cell, decimal, within = Infinity) {
  const s = cell.replace(/[\s\u00A0\u202F]/g, '');
  if (/^[-+]?\d+$/.test(s)) return { value: Number(s) };
  if (decimal === ',' || decimal === '.') {
    const group = decimal === ',' ? '\\.' : ',';
    const point = decimal === ',' ? ',' : '\\.';
    const m = new RegExp(`^([-+]?)(\\d{1,3}(?:${group}\\d{3})+|\\d*)(?:${point}(\\d+))?$`).exec(s);
    if (m && (m[2] || m[3])) return { value: Number(`${m[1]}${m[2].replace(/[.,]/g, '') || '0'}${m[3] ? `.${m[3]}` : ''}`) };
    return { value: cell };
  }
  const twoWays = /^([-+]?)([1-9]\d{0,2})([.,])(\d{3})$/.exec(s);
  if (twoWays && Math.abs(Number(`${twoWays[2]}${twoWays[4]}`)) <= within) {
    const [, sign, whole, mark, part] = twoWays;
    const thousands = Number(`${sign}${whole}${part}`);
    const decimals = Number(`${sign}${whole}.${part}`);
    return {
      value: cell,
      problem:
        `"${cell}" reads two ways: ${thousands} if "${mark}" separates thousands, or ${decimals} if "${mark}" is the decimal sign. ` +
        `Write ${thousands} without a separator, or ${decimals} with fewer decimals, or say which sign the file uses for decimals (regin-feed build --decimal , or --decimal .).`,
    };
  }
  if (/^[-+]?\d+,\d+$/.test(s)) return { value: Number(s.replace(',', '.')) };
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return { value: Number(s) };
  return { value: cell };
}

function booleanOf(cell) {
  const s = cell.toLowerCase();
  if (['true', 'yes', 'y', '1'].includes(s)) return true;
  if (['false', 'no', 'n', '0'].includes(s)) return false;
  return cell;
}

const listOf = (cell) =>
  cell
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

// A link, then maybe its date in brackets (whether the date is a real one is the check's to say).
const SOURCE = /^(\S+)(?:\s+\(([^()\s]+)\))?$/;

/**
 * A `sources` cell: one link per line, or links separated by ` | `; each may be followed by its date in
 * brackets: `https://example.org/plan (2021-03) | https://example.org/law (2010)`. A link that is not a
 * usable https, http or mailto address is left out (the entry is kept), with a note.
 * @returns {{ sources: { url: string, date?: string }[], bad: string[] }}
 */
export function sourcesOf(cell) {
  const sources = [];
  const bad = [];
  for (const item of cell
    .split(/\s+\|\s+|\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = SOURCE.exec(item);
    const url = m ? safeUrl(m[1]) : undefined;
    if (!m || !url) bad.push(item);
    else if (!sources.some((s) => s.url === url)) sources.push(m[2] ? { url, date: m[2] } : { url });
  }
  return { sources, bad };
}

/** Plain `title` → a string; `title.en`, `title.sv` → `{en, sv}`; both → `{"": plain, en, sv}`. */
function textOf(parts) {
  const langs = Object.keys(parts);
  if (langs.length === 1 && langs[0] === '') return parts[''];
  return parts;
}

/** Spreadsheet column letters: 0 → A, 26 → AA. */
function columnLetter(index) {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Parses CSV text into entries of `collection` (`regions`, `partners`, `scores`, `baselines`, `measures`
 * or `dimensions`). `rows[i]` is the spreadsheet row of `entries[i]` (the header is row 1);
 * `columns[i]` maps each field of `entries[i]` (and `field.sub` for translations and parts) to its
 * column (`C "budget"`). `problems` are cells that cannot be read without a guess, at their JSON path
 * relative to the entry (`budget.amount`).
 * @param {string} text
 * @param {string} collection
 * @param {string} [file]
 * @param {{ decimal?: ',' | '.' }} [options]
 */
export function parseCsv(text, collection, file = `${collection}.csv`, { decimal } = {}) {
  const spec = COLUMNS[collection];
  const [header = [], ...body] = dsvFormat(delimiterOf(text)).parseRows(text);
  const notes = [];
  /** @type {{ index: number, field: string, kind: string, sub?: string }[]} */
  const columns = [];
  header.forEach((raw, index) => {
    const name = raw.trim();
    if (!name) return;
    const dot = name.indexOf('.');
    const base = dot < 0 ? name : name.slice(0, dot);
    const rest = dot < 0 ? undefined : name.slice(dot + 1).trim();
    const field = Object.keys(spec).find((k) => k.toLowerCase() === base.trim().toLowerCase());
    if (!field) return notes.push(`${file}: column "${name}" is not a field of ${collection}; ignored.`);
    const kind = spec[field];
    if (kind === 'text' || kind === 'texts') {
      const lang = rest === undefined ? '' : canonicalLanguage(rest);
      if (lang === undefined)
        return notes.push(`${file}: column "${name}": "${rest}" is not a language tag like "en" or "pt-BR"; ignored.`);
      columns.push({ index, field, kind, sub: lang });
    } else if (kind === 'criteria') {
      const criterion = CRITERIA.find((c) => c.toLowerCase() === (rest ?? '').toLowerCase());
      if (!criterion)
        return notes.push(`${file}: column "${name}" should be evaluation.<criterion>, one of ${CRITERIA.join(', ')}; ignored.`);
      columns.push({ index, field, kind, sub: criterion });
    } else if (rest !== undefined) {
      notes.push(`${file}: column "${name}": ${field} has no translations or parts; ignored.`);
    } else {
      columns.push({ index, field, kind });
    }
  });

  const entries = [];
  const rows = [];
  /** @type {Record<string, string>[]} */
  const where = [];
  /** @type {{ entry: number, path: string, message: string }[]} */
  const problems = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const entry = {};
    const texts = {};
    const at = {};
    const number = (cell, path, within) => {
      const { value, problem } = readNumber(cell, decimal, within);
      if (problem) problems.push({ entry: entries.length, path, message: problem });
      return value;
    };
    for (const { index, field, kind, sub } of columns) {
      const cell = (cells[index] ?? '').trim();
      if (cell === '') continue;
      const column = `${columnLetter(index)} "${header[index].trim()}"`;
      at[field] ??= column;
      if (sub !== undefined) at[`${field}.${sub}`] = column;
      switch (kind) {
        case 'text':
          (texts[field] ??= {})[sub] = cell;
          break;
        case 'texts':
          listOf(cell).forEach((item, j) => {
            const all = (texts[field] ??= []);
            (all[j] ??= {})[sub] = item;
          });
          break;
        case 'criteria':
          (entry.evaluation ??= {})[sub] = number(cell, `evaluation.${sub}`);
          break;
        case 'list':
          entry[field] = listOf(cell);
          break;
        case 'number':
        case 'integer':
          if (field === 'lon' || field === 'lat')
            entry[field] = number(cell, `location[${field === 'lon' ? 0 : 1}]`, field === 'lon' ? 180 : 90);
          else entry[field] = number(cell, field === 'budget' ? 'budget.amount' : field);
          break;
        case 'boolean':
          entry[field] = booleanOf(cell);
          break;
        case 'code':
          entry[field] = cell.toUpperCase();
          break;
        case 'lower':
          entry[field] = cell.toLowerCase();
          break;
        case 'sources': {
          const { sources, bad } = sourcesOf(cell);
          for (const item of bad) {
            notes.push(
              `${file}, row ${i + 2}: source "${item}" is not a link like https://example.org/page, optionally followed by a date like (2021-03-15); it was left out.`,
            );
          }
          if (sources.length) entry[field] = sources;
          break;
        }
        case 'verification': {
          const level = cell.toLowerCase().replace(/[\s_]+/g, '-');
          if (VERIFICATIONS.includes(level)) entry[field] = level;
          else
            notes.push(
              `${file}, row ${i + 2}: verification "${cell}" is not one of ${VERIFICATIONS.join(', ')}; it was ignored.`,
            );
          break;
        }
        default:
          entry[field] = cell;
      }
    }
    for (const [field, value] of Object.entries(texts)) {
      entry[field] = Array.isArray(value) ? Array.from(value, (t) => textOf(t ?? {})) : textOf(value);
    }
    if ('lon' in entry || 'lat' in entry) {
      at.location = at.lon ?? at.lat;
      entry.location = [entry.lon ?? null, entry.lat ?? null];
      delete entry.lon;
      delete entry.lat;
    }
    if ('budget' in entry || 'currency' in entry) {
      entry.budget = { amount: entry.budget, currency: entry.currency };
      delete entry.currency;
    }
    entries.push(ordered(entry, Object.keys(spec)));
    rows.push(i + 2);
    where.push(at);
  });
  return { entries, rows, columns: where, notes, problems };
}

/** Fields in the order of the format description, so built feeds read well. */
function ordered(entry, keys) {
  const order = [...keys.flatMap((k) => (k === 'lon' ? ['location'] : k === 'lat' ? [] : [k]))];
  return Object.fromEntries(Object.entries(entry).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
}

export const COLLECTIONS = ['feed', 'dimensions', 'regions', 'partners', 'scores', 'baselines', 'measures'];

/** Where each collection goes in the feed. */
const FEED_PATH = { dimensions: 'framework.dimensions' };

/**
 * @typedef {{ name: string, bytes: Uint8Array }} CsvFile
 * @typedef {{ title?: string, sample?: boolean, updated?: string, attribution?: string[], frameworkId?: string,
 *   scale?: [number, number], decimal?: ',' | '.' }} BuildOptions
 * @typedef {{ path: string, message: string }} Problem
 */

/**
 * Builds a feed from the bytes of CSV files, one per collection. A file that cannot be read as text
 * throws an InputError (decode.mjs) saying how to save it.
 * @param {Partial<Record<'regions' | 'partners' | 'scores' | 'baselines' | 'measures' | 'dimensions', CsvFile>>} files
 * @param {BuildOptions} [options]
 * @returns {{ feed: any, rowOf: (path: string) => string | undefined, notes: string[], problems: Problem[] }}
 *   `problems`: cells read without a guess impossible (at their JSON path); `rowOf`: where a JSON path
 *   came from, `measures.csv, row 5, column Q "budget"`.
 */
export function buildFeed(files, options = {}) {
  const feed = { format: 'regin-feed', version: '1.1' };
  const notes = [];
  if (files.feed) {
    // Options (the CLI's flags) win over feed.csv.
    const decoded = decodeText(files.feed.bytes, files.feed.name);
    const { entries, notes: n } = parseCsv(decoded.text, 'feed', files.feed.name);
    notes.push(...decoded.notes, ...n);
    const [first = {}] = entries;
    const attribution = entries.map((e) => e.attribution).filter(Boolean);
    const scale = first.scale?.map((v) => readNumber(v).value);
    options = {
      ...options,
      updated: options.updated ?? first.updated,
      sample: options.sample ?? first.sample === true,
      title: options.title ?? first.title,
      attribution: options.attribution ?? (attribution.length ? attribution : undefined),
      frameworkId: options.frameworkId ?? first.framework,
      scale: options.scale ?? (scale?.length === 2 && scale.every((v) => typeof v === 'number') ? scale : undefined),
    };
  }
  feed.updated = options.updated ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  if (options.sample) feed.sample = true;
  if (options.title) feed.title = options.title;
  if (options.attribution?.length) feed.attribution = options.attribution;
  const problems = [];
  const sources = {};
  for (const collection of COLLECTIONS) {
    if (collection === 'feed') continue;
    const file = files[collection];
    if (collection === 'dimensions' && (file || options.frameworkId || options.scale)) {
      feed.framework = { id: options.frameworkId ?? (file ? 'custom' : 'mipex-r') };
      if (options.scale) feed.framework.scale = options.scale;
    }
    if (!file) continue;
    const decoded = decodeText(file.bytes, file.name);
    notes.push(...decoded.notes);
    const parsed = parseCsv(decoded.text, collection, file.name, { decimal: options.decimal });
    if (collection === 'dimensions') feed.framework.dimensions = parsed.entries;
    else feed[collection] = parsed.entries;
    const path = FEED_PATH[collection] ?? collection;
    sources[path] = { file: file.name, rows: parsed.rows, columns: parsed.columns };
    notes.push(...parsed.notes);
    for (const p of parsed.problems) {
      const rest = p.path.startsWith('location[') ? p.path : `.${p.path}`;
      problems.push({ path: `$.${path}[${p.entry}]${rest.startsWith('location') ? `.${rest}` : rest}`, message: p.message });
    }
  }
  const rowOf = (path) => {
    const m = /^\$\.(framework\.dimensions|regions|partners|scores|baselines|measures)\[(\d+)\](?:\.(\w+)(?:\.(\w+))?)?/.exec(
      path,
    );
    const source = m && sources[m[1]];
    if (!source) return undefined;
    const i = Number(m[2]);
    const at = source.columns[i] ?? {};
    const column =
      m[3] === 'location'
        ? ((/location\[1\]/.test(path) ? at.lat : at.lon) ?? at.location)
        : m[3] && (at[`${m[3]}.${m[4]}`] ?? at[m[3]]);
    return `${source.file}, row ${source.rows[i]}${column ? `, column ${column}` : ''}`;
  };
  return { feed, rowOf, notes, problems };
}
