#!/usr/bin/env node
// Builds the built-in REGIN feed, src/assets/regin-feed.json, and the wholly illustrative example
// feed, examples/illustrative-feed.json, from the sources in scripts/builtin-feed/.
//
// The built-in feed says only what public sources state: its measures are the sourced measures of
// scripts/builtin-feed/sources/regin-measures-sourced.json (rules in builtin-feed/sourced.mjs), its
// regions and partners carry their sources, and its `updated` is the date the facts were checked.
// The one illustrative part are the per-region MIPEX-R scores (target group: third-country nationals):
// no per-region score is published where we can read it, so they are drawn from a seeded generator
// around the national MIPEX 2020 overall score (every run gives the same file) and each is marked
// `synthetic`.
//
// The illustrative feed (`sample: true`, on the feed and on every measure) keeps what real entries do
// not exercise: evaluation scores, budgets, statuses, lessons and transferability tips. Its measures are
// invented (builtin-feed/illustrative/) and their leads name no real authority.
//
//   node scripts/build-builtin-feed.mjs          write both files
//   node scripts/build-builtin-feed.mjs --check  exit 1 if a committed file is out of date

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { framework } from './builtin-feed/framework.mjs';
import { attribution, baselines, title, updated } from './builtin-feed/meta.mjs';
import { partners } from './builtin-feed/partners.mjs';
import { mulberry32 } from './builtin-feed/random.mjs';
import { regions } from './builtin-feed/regions.mjs';
import { sourcedMeasures } from './builtin-feed/sourced.mjs';
import { schemaCheck } from '../bin/lib/schema-check.mjs';
import schema from '../schema/regin-feed-1.schema.json' with { type: 'json' };

const OUT = fileURLToPath(new URL('../src/assets/regin-feed.json', import.meta.url));
const EXAMPLE_OUT = fileURLToPath(new URL('../examples/illustrative-feed.json', import.meta.url));
const ILLUSTRATIVE_DIR = new URL('./builtin-feed/illustrative/', import.meta.url);

// ---------------------------------------------------------------------------------------------
// Synthetic scores

const SEED = 'regin-2021';
const SCORE_YEAR = 2021;

/** Typical shape of a regional profile: where regions tend to score above or below their country. */
const PROFILE = { labour: 4, education: 2, health: 8, housing: -14, language: 6, culture: -6, religion: -12, social: 2 };

/** Deliberate gaps ("no data"): region → dimensions without any score. */
const GAPS = { PT20: ['religion'], ITG1: ['culture'], ES21: ['religion'] };

/** 32-bit FNV-1a hash of a string. */
function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const draw = (key, lo, hi) => lo + mulberry32(hash(`${SEED}:${key}`))() * (hi - lo);

function syntheticScores() {
  const national = new Map(baselines.filter((b) => b.dimension === undefined).map((b) => [b.country, b.value]));
  const scores = [];
  for (const region of regions) {
    if (!region.roles.includes('mipex-r')) continue;
    const base = national.get(region.country);
    if (base === undefined) throw new Error(`${region.id}: MIPEX-R region without a national baseline`);
    const lo = Math.max(0, base - 25);
    const hi = Math.min(100, base + 25);
    const clamp = (v) => Math.round(Math.min(hi, Math.max(lo, v)));
    const shift = draw(`${region.id}:shift`, -8, 8);
    for (const { id: dimension } of framework.dimensions) {
      if (GAPS[region.id]?.includes(dimension)) continue;
      const value = base + PROFILE[dimension] + shift + draw(`${region.id}:${dimension}`, -9, 9);
      scores.push({ region: region.id, dimension, value: clamp(value), year: SCORE_YEAR, targetGroup: 'tcn', synthetic: true });
    }
  }
  return scores;
}

// ---------------------------------------------------------------------------------------------
// Illustrative measures (example feed only)

/** The lead of every illustrative measure: no real authority is named. */
const ILLUSTRATIVE_LEAD = {
  en: 'Regional integration office (illustrative)',
  fr: 'Service régional d’intégration (fictif)',
  es: 'Oficina regional de integración (ficticia)',
  ca: 'Oficina regional d’integració (fictícia)',
  it: 'Ufficio regionale per l’integrazione (fittizio)',
  pt: 'Gabinete regional de integração (fictício)',
  sv: 'Regional integrationsenhet (påhittad)',
};

/** A stakeholder is kept only when it names a kind of body ("Municipalities"), not a real one ("Red Cross"). */
const namesNoBody = (t) => !/[A-ZÅÄÖ]/.test((t.en ?? Object.values(t)[0]).slice(1));

/** The ESF became ESF+ in 2021: an illustrative measure that started earlier says ESF. */
const fundOfItsYears = (m) => (m.start < '2021' ? m.funding.map((f) => (f === 'ESF+' ? 'ESF' : f)) : m.funding);

async function illustrativeMeasures(regionIds) {
  const files = readdirSync(ILLUSTRATIVE_DIR)
    .filter((f) => f.endsWith('.mjs'))
    .sort();
  const all = [];
  for (const file of files) {
    const mod = await import(pathToFileURL(fileURLToPath(new URL(file, ILLUSTRATIVE_DIR))).href);
    all.push(...mod.measures);
  }
  return all
    .filter((m) => regionIds.has(m.region))
    .map((m) => ({
      ...m,
      lead: ILLUSTRATIVE_LEAD,
      stakeholders: m.stakeholders.filter(namesNoBody),
      funding: fundOfItsYears(m),
      sample: true,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------
// Checks: the files must pass the normaliser without a single problem, and the built-in feed must
// say only what its sources state.

const TARGET_GROUPS = ['tcn', 'bip', 'women', 'youth', 'children', 'elderly'];
const FUNDING = ['AMIF', 'ESF', 'ESF+', 'ERDF', 'ERF', 'EIF', 'PNRR', 'national', 'regional', 'municipal', 'private'];
/** The evaluation criteria, as the schema (and the contract generated from it) names them. */
const CRITERIA = Object.keys(schema.$defs.evaluation.properties);
const COMMISSIONS = ['islands', 'atlantic-arc', 'north-sea', 'intermediterranean', 'baltic-sea', 'balkan-black-sea'];

/** `real`: the built-in feed (sourced facts); otherwise the wholly illustrative example feed. */
function check(feed, real) {
  const errors = [];
  const fail = (where, msg) => errors.push(`${where}: ${msg}`);
  // The format itself (shapes, dates, allowed values) is the published schema's; below, the editorial rules.
  for (const p of schemaCheck(feed)) fail(p.path, p.message);
  const isText = (t) =>
    typeof t === 'object' &&
    t !== null &&
    Object.keys(t).length > 0 &&
    Object.entries(t).every(
      ([k, v]) => /^[a-z]{2,3}$/.test(k) && typeof v === 'string' && v.trim() === v && v.length > 0 && v.length <= 2000,
    );
  const isLonLat = (p) => Array.isArray(p) && p.length === 2 && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90;
  const isHttps = (u) => typeof u === 'string' && /^https:\/\/[a-z0-9.-]+(\/[\w./-]*)?$/.test(u);
  const isLink = (u) => typeof u === 'string' && /^https?:\/\/[^\s/]+(\/\S*)?$/.test(u);
  const day = feed.updated.slice(0, 10);
  const checkSources = (where, list) => {
    if (!Array.isArray(list)) return fail(where, 'sources');
    for (const s of list) {
      if (!isLink(s.url)) fail(where, `source link ${s.url}`);
      if (s.date !== undefined && s.date > day) fail(where, `source date ${s.date} (after ${day}?)`);
    }
    if (new Set(list.map((s) => s.url)).size !== list.length) fail(where, 'a source is listed twice');
  };
  const unique = (list, what) => {
    const seen = new Set();
    for (const x of list) {
      if (seen.has(x.id)) fail(what, `duplicate id ${x.id}`);
      seen.add(x.id);
    }
    return seen;
  };

  if (real && feed.sample) fail('feed', 'the built-in feed is not sample data');
  if (!real && feed.sample !== true) fail('feed', 'the illustrative feed is marked sample');
  const dims = new Set(framework.dimensions.map((d) => d.id));
  const regionIds = unique(feed.regions, 'regions');
  unique(feed.partners, 'partners');
  unique(feed.measures, 'measures');
  const partnerRegions = new Set(feed.regions.filter((r) => r.roles.includes('regin-partner')).map((r) => r.id));

  for (const r of feed.regions) {
    if (!isText(r.name)) fail(r.id, 'name');
    if (!/^[A-Z]{2}$/.test(r.country)) fail(r.id, 'country');
    if (r.nuts && !r.nuts.startsWith(r.country)) fail(r.id, 'nuts does not match country');
    if (!isLonLat(r.location)) fail(r.id, 'location');
    if (!r.commissions.every((c) => COMMISSIONS.includes(c))) fail(r.id, 'commission');
    if (r.url !== undefined && !isHttps(r.url)) fail(r.id, 'url');
    checkSources(r.id, r.sources);
    if ((r.roles.includes('cpmr-member') || r.roles.includes('regin-partner')) && !r.sources.length)
      fail(r.id, 'a role without a source');
    if (r.commissions.length && !r.roles.includes('cpmr-member')) fail(r.id, 'commissions of a region not shown as a member');
    if (r.roles.includes('mipex-r') && !r.roles.includes('regin-partner'))
      fail(r.id, 'mipex-r is only stated for the partner regions');
  }
  for (const p of feed.partners) {
    for (const k of ['name', 'city', 'description', 'contribution']) if (!isText(p[k])) fail(p.id, k);
    if (p.kind === 'region' && !regionIds.has(p.region)) fail(p.id, 'region does not resolve');
    if (!isLonLat(p.location)) fail(p.id, 'location');
    if (p.url !== undefined && !isHttps(p.url)) fail(p.id, 'url');
    checkSources(p.id, p.sources);
    if (!p.sources.length) fail(p.id, 'no source');
  }
  for (const m of feed.measures) {
    const where = m.id;
    if (
      !/^[a-z0-9][a-z0-9-]*$/.test(m.id) ||
      !m.id.startsWith(real ? `${m.region.toLowerCase()}-` : `m-${m.region.toLowerCase()}-`)
    )
      fail(where, 'id pattern');
    if (!regionIds.has(m.region)) fail(where, 'region does not resolve');
    for (const k of ['title', 'summary', 'lead', 'lessons', 'transferability'])
      if (m[k] !== undefined && !isText(m[k])) fail(where, k);
    if (!isText(m.title) || !isText(m.summary)) fail(where, 'title and summary are required');
    if (!m.dimensions.every((d) => dims.has(d))) fail(where, 'dimensions');
    if (!m.targetGroups.every((g) => TARGET_GROUPS.includes(g))) fail(where, 'targetGroups');
    for (const k of ['start', 'end'])
      if (m[k] !== undefined && real && m[k] > day) fail(where, `${k} is after ${day}, when the facts were checked`);
    if (m.start && m.end && m.end < m.start) fail(where, 'ends before it starts');
    if (m.status === 'completed' && (!m.end || m.end > day)) fail(where, 'completed measure must have ended');
    if (m.status === 'planned' && !(m.start > day)) fail(where, 'planned measure must start later');
    if (m.status === 'ongoing' && (!m.start || m.start > day)) fail(where, 'ongoing measure must have started');
    if (!m.stakeholders.every(isText)) fail(where, 'stakeholders');
    if (!m.funding.every((f) => FUNDING.includes(f))) fail(where, 'funding');
    if (m.funding.includes('ESF+') && m.start && m.start < '2021') fail(where, 'ESF+ exists from 2021 (ESF before)');
    if (m.budget && !(Number.isInteger(m.budget.amount) && m.budget.amount > 0 && m.budget.currency === 'EUR'))
      fail(where, 'budget');
    if (m.evaluation) {
      for (const [k, v] of Object.entries(m.evaluation))
        if (!CRITERIA.includes(k) || !Number.isInteger(v) || v < 1 || v > 5) fail(where, `evaluation.${k}`);
    }
    if (m.updated !== undefined && (!/^\d{4}-\d\d-\d\d$/.test(m.updated) || m.updated > day)) fail(where, 'updated');
    checkSources(where, m.sources ?? []);
    if (real) {
      if (!m.sources.length) fail(where, 'a real measure needs at least one source');
      if (m.verification === undefined) fail(where, 'a real measure says how fully its sources state it (verification)');
      if (m.sample) fail(where, 'a real measure is not sample data');
      for (const k of ['evaluation', 'lessons', 'transferability', 'authorityRole', 'updated'])
        if (m[k] !== undefined) fail(where, `${k} is not stated by the sources`);
      if (m.stakeholders.length) fail(where, 'stakeholders are not stated by the sources');
      if (m.status !== undefined && m.status !== 'completed') fail(where, 'only "completed" follows from stated facts');
    } else {
      if (m.sample !== true) fail(where, 'an illustrative measure is marked sample');
      if (m.lead !== ILLUSTRATIVE_LEAD) fail(where, 'an illustrative measure names no real authority');
    }
  }
  for (const s of feed.scores) {
    if (!regionIds.has(s.region) || !dims.has(s.dimension) || !(s.value >= 0 && s.value <= 100) || s.synthetic !== true)
      fail(`score ${s.region}/${s.dimension}`, 'invalid');
    if (!partnerRegions.has(s.region)) fail(`score ${s.region}/${s.dimension}`, 'scores only for the partner regions');
  }
  for (const b of feed.baselines) if (b.synthetic) fail(`baseline ${b.country}`, 'the national baselines are published figures');
  if (errors.length)
    throw new Error(`${real ? 'The built-in' : 'The illustrative'} feed has problems:\n  ${errors.join('\n  ')}`);
}

// ---------------------------------------------------------------------------------------------
// Output: 2-space indent, with any object or array that fits on one line kept on one line.

const WIDTH = 140;

/** JSON on one line, with a space after `:` and `,`. */
function oneLine(value) {
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`).join(', ')}}`;
  }
  return JSON.stringify(value);
}

/** `first` is the number of characters already on the line before the value. */
function format(value, indent = '', first = indent.length) {
  const flat = oneLine(value);
  if (typeof value !== 'object' || value === null || first + flat.length + 1 <= WIDTH) return flat;
  const inner = indent + '  ';
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + format(v, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  const lines = entries.map(([k, v]) => {
    const key = `${inner}${JSON.stringify(k)}: `;
    return key + format(v, inner, key.length);
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

// ---------------------------------------------------------------------------------------------

const scores = syntheticScores();

const builtin = {
  format: 'regin-feed',
  version: '1.1',
  updated,
  title,
  attribution,
  framework,
  regions,
  partners,
  scores,
  baselines,
  measures: sourcedMeasures(),
};

/** The feed title of the example feed: it says the data is illustrative. */
const illustrativeTitle = {
  en: 'REGIN widgets – illustrative example data (not real measures)',
  fr: 'Widgets REGIN – données d’exemple fictives (pas de vraies mesures)',
  es: 'Widgets REGIN – datos de ejemplo ficticios (no son medidas reales)',
  ca: 'Widgets REGIN – dades d’exemple fictícies (no són mesures reals)',
  it: 'Widget REGIN – dati di esempio fittizi (non sono misure reali)',
  pt: 'Widgets REGIN – dados de exemplo fictícios (não são medidas reais)',
  sv: 'REGIN-widgetar – påhittade exempeldata (inga verkliga åtgärder)',
};

const illustrative = {
  format: 'regin-feed',
  version: '1.1',
  updated: '2026-11-28T10:00:00Z',
  sample: true,
  title: illustrativeTitle,
  attribution: attribution.slice(0, 3),
  framework,
  regions,
  partners,
  scores,
  baselines,
  measures: await illustrativeMeasures(new Set(regions.map((r) => r.id))),
};

check(builtin, true);
check(illustrative, false);

const outputs = [
  [OUT, 'src/assets/regin-feed.json', format(builtin) + '\n', builtin],
  [EXAMPLE_OUT, 'examples/illustrative-feed.json', format(illustrative) + '\n', illustrative],
];

if (process.argv.includes('--check')) {
  let stale = false;
  for (const [file, name, text] of outputs) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // missing: out of date
    }
    if (current !== text) {
      console.error(`${name} is out of date: run node scripts/build-builtin-feed.mjs`);
      stale = true;
    } else console.log(`${name} is up to date.`);
  }
  if (stale) process.exit(1);
} else {
  for (const [file, , text, feed] of outputs) {
    writeFileSync(file, text);
    console.log(
      `Wrote ${file}: ${feed.regions.length} regions, ${feed.partners.length} partners, ${feed.scores.length} scores, ${feed.measures.length} measures, ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB.`,
    );
  }
}
