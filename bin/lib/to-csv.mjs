// Writes a feed as the CSV files `regin-feed build` reads (the templates of `regin-feed init`): one file
// per collection, one column per field and language. Building these files again gives the same feed
// (a spreadsheet cell cannot tell an empty list from no list, so empty lists are left out). Pure.
import { csvFormatRows } from 'd3-dsv';
import { COLUMNS, CRITERIA } from './csv.mjs';

/** The language columns a translatable value needs: `''` for a plain string. */
const languagesOf = (v) => (typeof v === 'string' ? [''] : v && typeof v === 'object' ? Object.keys(v) : []);

const textIn = (v, lang) => (typeof v === 'string' ? (lang === '' ? v : undefined) : v?.[lang]);

const sourceCell = (sources) => sources.map((s) => (s.date ? `${s.url} (${s.date})` : s.url)).join(' | ');

const cellOf = (value, kind) => {
  if (value === undefined || value === null) return '';
  if (kind === 'list') return value.join(';');
  if (kind === 'boolean') return value ? 'yes' : 'no';
  if (kind === 'sources') return sourceCell(value);
  // 2.125 would read two ways (2125 with a thousands separator); 2.1250 reads one way.
  if (typeof value === 'number') return String(value).replace(/^(-?[1-9]\d{0,2}\.\d{3})$/, '$10');
  return String(value);
};

/**
 * The CSV text of one collection.
 * @param {object[]} entries
 * @param {keyof typeof COLUMNS} collection
 */
export function collectionCsv(entries, collection) {
  const spec = COLUMNS[collection];
  /** @type {{ name: string, get: (e: any) => string }[]} */
  const columns = [];
  for (const [field, kind] of Object.entries(spec)) {
    if (kind === 'text' || kind === 'texts') {
      const langs = new Set();
      for (const e of entries) {
        const v = e[field];
        for (const item of kind === 'texts' ? (v ?? []) : [v]) languagesOf(item).forEach((l) => langs.add(l));
      }
      for (const lang of langs) {
        const name = lang ? `${field}.${lang}` : field;
        columns.push({
          name,
          get: (e) =>
            kind === 'texts' ? (e[field] ?? []).map((t) => textIn(t, lang) ?? '').join(';') : (textIn(e[field], lang) ?? ''),
        });
      }
    } else if (kind === 'criteria') {
      for (const c of CRITERIA) {
        if (entries.some((e) => e.evaluation?.[c] !== undefined))
          columns.push({ name: `evaluation.${c}`, get: (e) => cellOf(e.evaluation?.[c], 'number') });
      }
    } else if (field === 'lon' || field === 'lat') {
      if (entries.some((e) => e.location))
        columns.push({ name: field, get: (e) => cellOf(e.location?.[field === 'lon' ? 0 : 1], 'number') });
    } else if (field === 'budget') {
      if (entries.some((e) => e.budget)) columns.push({ name: 'budget', get: (e) => cellOf(e.budget?.amount, 'number') });
    } else if (field === 'currency') {
      if (entries.some((e) => e.budget?.currency))
        columns.push({ name: 'currency', get: (e) => cellOf(e.budget?.currency, 'code') });
    } else if (entries.some((e) => e[field] !== undefined && !(Array.isArray(e[field]) && e[field].length === 0))) {
      columns.push({ name: field, get: (e) => cellOf(e[field], kind) });
    }
  }
  return `${csvFormatRows([columns.map((c) => c.name), ...entries.map((e) => columns.map((c) => c.get(e)))])}\n`;
}

/**
 * A feed as CSV files, by file name (`regions.csv` …), for the collections it has.
 * @param {any} feed
 * @returns {Record<string, string>}
 */
export function feedToCsv(feed) {
  const files = {};
  const about = (feed.attribution?.length ? feed.attribution : [undefined]).map((attribution, i) => ({
    ...(i === 0
      ? {
          title: feed.title,
          updated: feed.updated,
          sample: feed.sample,
          framework: feed.framework?.id,
          scale: feed.framework?.scale?.map(String),
        }
      : {}),
    attribution,
  }));
  files['feed.csv'] = collectionCsv(about, 'feed');
  if (feed.framework?.dimensions?.length) files['dimensions.csv'] = collectionCsv(feed.framework.dimensions, 'dimensions');
  for (const c of ['regions', 'partners', 'scores', 'baselines', 'measures']) {
    if (Array.isArray(feed[c]) && feed[c].length) files[`${c}.csv`] = collectionCsv(feed[c], c);
  }
  return files;
}
