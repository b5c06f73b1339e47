// Builds a regin-feed from the spreadsheets (CSV) that regional teams keep. One file per collection,
// one row per entry, one column per field. The columns are described in examples/csv/README.md.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { dsvFormat } from 'd3-dsv';
import { safeUrl } from './safe-url.mjs';

const CRITERIA = ['communication', 'inclusion', 'innovation', 'multiLevelGovernance', 'multiStakeholder', 'monitoringEvaluation', 'sustainability'];

const VERIFICATIONS = ['stated', 'partly-stated'];

// Column kinds: text (translatable: `title`, `title.en` …), texts (translatable list), list (codes
// separated by ;), number, integer, boolean, code (upper case), lower (lower case), string, sources
// (links, see sourcesOf), verification (stated | partly-stated).
const COLUMNS = {
  regions: {
    id: 'string', name: 'text', country: 'code', nuts: 'code', lon: 'number', lat: 'number', roles: 'list', commissions: 'list', url: 'string',
    sources: 'sources',
  },
  partners: {
    id: 'string', name: 'text', acronym: 'string', kind: 'lower', region: 'string', lon: 'number', lat: 'number',
    city: 'text', description: 'text', contribution: 'text', url: 'string', sources: 'sources',
  },
  scores: { region: 'string', dimension: 'string', value: 'number', year: 'integer', targetGroup: 'string', synthetic: 'boolean' },
  baselines: { country: 'code', label: 'text', dimension: 'string', value: 'number', year: 'integer', source: 'string', synthetic: 'boolean' },
  measures: {
    id: 'string', region: 'string', title: 'text', summary: 'text', dimensions: 'list', targetGroups: 'list', status: 'lower',
    start: 'string', end: 'string', lead: 'text', stakeholders: 'texts', funding: 'list', budget: 'number', currency: 'code',
    authorityRole: 'lower', lessons: 'text', transferability: 'text', evaluation: 'criteria', url: 'string', updated: 'string',
    sources: 'sources', verification: 'verification', sample: 'boolean',
  },
  dimensions: { id: 'string', label: 'text', description: 'text' },
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

/** Numbers as spreadsheets write them: `1234.5`, `1234,5`, `120 000`. Anything else stays text (the check reports it). */
function numberOf(cell) {
  const s = cell.replace(/[\s\u00A0\u202F]/g, '');
  const n = Number(/^-?\d+,\d+$/.test(s) ? s.replace(',', '.') : s);
  return s !== '' && Number.isFinite(n) ? n : cell;
}

function booleanOf(cell) {
  const s = cell.toLowerCase();
  if (['true', 'yes', 'y', '1'].includes(s)) return true;
  if (['false', 'no', 'n', '0'].includes(s)) return false;
  return cell;
}

const listOf = (cell) => cell.split(';').map((s) => s.trim()).filter(Boolean);

const SOURCE = /^(\S+)(?:\s+\((\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?)\))?$/;

/**
 * A `sources` cell: one link per line, or links separated by ` | `; each may be followed by its date in
 * brackets: `https://example.org/plan (2021-03) | https://example.org/law (2010)`. A link that is not a
 * usable https, http or mailto address is left out (the entry is kept), with a note.
 * @returns {{ sources: { url: string, date?: string }[], bad: string[] }}
 */
export function sourcesOf(cell) {
  const sources = [];
  const bad = [];
  for (const item of cell.split(/\s+\|\s+|\r?\n/).map((s) => s.trim()).filter(Boolean)) {
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

/**
 * Reads one CSV file into entries of `collection`.
 * @returns {Promise<{ entries: object[], rows: number[], notes: string[] }>}
 */
export async function readCsv(path, collection) {
  let text;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new Error(`cannot read ${path}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return parseCsv(text, collection, basename(path));
}

/**
 * Parses CSV text into entries of `collection` (`regions`, `partners`, `scores`, `baselines`, `measures`
 * or `dimensions`). `rows[i]` is the spreadsheet row of `entries[i]` (the header is row 1).
 */
export function parseCsv(text, collection, file = `${collection}.csv`) {
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
      if (lang === undefined) return notes.push(`${file}: column "${name}": "${rest}" is not a language tag like "en" or "pt-BR"; ignored.`);
      columns.push({ index, field, kind, sub: lang });
    } else if (kind === 'criteria') {
      const criterion = CRITERIA.find((c) => c.toLowerCase() === (rest ?? '').toLowerCase());
      if (!criterion) return notes.push(`${file}: column "${name}" should be evaluation.<criterion>, one of ${CRITERIA.join(', ')}; ignored.`);
      columns.push({ index, field, kind, sub: criterion });
    } else if (rest !== undefined) {
      notes.push(`${file}: column "${name}": ${field} has no translations or parts; ignored.`);
    } else {
      columns.push({ index, field, kind });
    }
  });

  const entries = [];
  const rows = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const entry = {};
    const texts = {};
    for (const { index, field, kind, sub } of columns) {
      const cell = (cells[index] ?? '').trim();
      if (cell === '') continue;
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
          (entry.evaluation ??= {})[sub] = numberOf(cell);
          break;
        case 'list':
          entry[field] = listOf(cell);
          break;
        case 'number':
          entry[field] = numberOf(cell);
          break;
        case 'integer':
          entry[field] = numberOf(cell);
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
            notes.push(`${file}, row ${i + 2}: source "${item}" is not a link like https://example.org/page, optionally followed by a date like (2021-03-15); it was left out.`);
          }
          if (sources.length) entry[field] = sources;
          break;
        }
        case 'verification': {
          const level = cell.toLowerCase().replace(/[\s_]+/g, '-');
          if (VERIFICATIONS.includes(level)) entry[field] = level;
          else notes.push(`${file}, row ${i + 2}: verification "${cell}" is not one of ${VERIFICATIONS.join(', ')}; it was ignored.`);
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
  });
  return { entries, rows, notes };
}

/** Fields in the order of the format description, so built feeds read well. */
function ordered(entry, keys) {
  const order = [...keys.flatMap((k) => (k === 'lon' ? ['location'] : k === 'lat' ? [] : [k]))];
  return Object.fromEntries(Object.entries(entry).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
}

/**
 * Builds a feed from CSV files.
 * @param {{ regions: string, partners?: string, scores?: string, baselines?: string, measures?: string, dimensions?: string }} files
 * @param {{ title?: string, sample?: boolean, updated?: string, attribution?: string[], frameworkId?: string, scale?: [number, number] }} options
 * @returns {Promise<{ feed: object, rowOf: (path: string) => string | undefined, notes: string[] }>}
 */
export async function buildFeed(files, options = {}) {
  const feed = { format: 'regin-feed', version: '1.1' };
  feed.updated = options.updated ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  if (options.sample) feed.sample = true;
  if (options.title) feed.title = options.title;
  if (options.attribution?.length) feed.attribution = options.attribution;
  const notes = [];
  const sources = {};
  if (files.dimensions || options.frameworkId || options.scale) {
    feed.framework = { id: options.frameworkId ?? (files.dimensions ? 'custom' : 'mipex-r') };
    if (options.scale) feed.framework.scale = options.scale;
    if (files.dimensions) {
      const { entries, rows, notes: n } = await readCsv(files.dimensions, 'dimensions');
      feed.framework.dimensions = entries;
      sources['framework.dimensions'] = { file: basename(files.dimensions), rows };
      notes.push(...n);
    }
  }
  for (const collection of ['regions', 'partners', 'scores', 'baselines', 'measures']) {
    if (!files[collection]) continue;
    const { entries, rows, notes: n } = await readCsv(files[collection], collection);
    feed[collection] = entries;
    sources[collection] = { file: basename(files[collection]), rows };
    notes.push(...n);
  }
  /** Where a JSON path came from: `measures.csv, row 5`. */
  const rowOf = (path) => {
    const m = /^\$\.(framework\.dimensions|regions|partners|scores|baselines|measures)\[(\d+)\]/.exec(path);
    const source = m && sources[m[1]];
    return source ? `${source.file}, row ${source.rows[Number(m[2])]}` : undefined;
  };
  return { feed, rowOf, notes };
}
