#!/usr/bin/env node
// Builds the built-in REGIN feed, src/assets/regin-feed.json, from the sources in
// scripts/builtin-feed/. The per-region MIPEX-R scores (target group: third-country nationals) are
// synthetic: they are drawn from a seeded generator around the national MIPEX 2020 overall score, so
// every run gives the same file.
//
//   node scripts/build-builtin-feed.mjs          write the file
//   node scripts/build-builtin-feed.mjs --check  exit 1 if the committed file is out of date

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { framework } from './builtin-feed/framework.mjs';
import { attribution, baselines, title, updated } from './builtin-feed/meta.mjs';
import { partners } from './builtin-feed/partners.mjs';
import { mulberry32 } from './builtin-feed/random.mjs';
import { regions } from './builtin-feed/regions.mjs';

const OUT = fileURLToPath(new URL('../src/assets/regin-feed.json', import.meta.url));
const MEASURES_DIR = new URL('./builtin-feed/measures/', import.meta.url);

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
// Measures

async function loadMeasures() {
  const files = readdirSync(MEASURES_DIR).filter((f) => f.endsWith('.mjs')).sort();
  const all = [];
  for (const file of files) {
    const mod = await import(pathToFileURL(fileURLToPath(new URL(file, MEASURES_DIR))).href);
    all.push(...mod.measures);
  }
  return all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------
// Checks: the file must pass the normaliser without a single problem.

const STATUSES = ['planned', 'ongoing', 'completed'];
const TARGET_GROUPS = ['tcn', 'bip', 'women', 'youth', 'children', 'elderly'];
const FUNDING = ['AMIF', 'ESF+', 'ERDF', 'national', 'regional', 'municipal', 'private'];
const CRITERIA = ['communication', 'inclusion', 'innovation', 'multiLevelGovernance', 'multiStakeholder', 'monitoringEvaluation', 'sustainability'];
const COMMISSIONS = ['islands', 'atlantic-arc', 'north-sea', 'intermediterranean', 'baltic-sea', 'balkan-black-sea'];
const DATE = /^(201[5-9]|202[0-9])-(0[1-9]|1[0-2])(-\d\d)?$/;

function check(feed) {
  const errors = [];
  const fail = (where, msg) => errors.push(`${where}: ${msg}`);
  const isText = (t) =>
    typeof t === 'object' && t !== null && Object.keys(t).length > 0 &&
    Object.entries(t).every(([k, v]) => /^[a-z]{2,3}$/.test(k) && typeof v === 'string' && v.trim() === v && v.length > 0 && v.length <= 2000);
  const isLonLat = (p) => Array.isArray(p) && p.length === 2 && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90;
  const isHttps = (u) => typeof u === 'string' && /^https:\/\/[a-z0-9.-]+(\/[\w./-]*)?$/.test(u);
  const unique = (list, what) => {
    const seen = new Set();
    for (const x of list) {
      if (seen.has(x.id)) fail(what, `duplicate id ${x.id}`);
      seen.add(x.id);
    }
    return seen;
  };

  const dims = new Set(framework.dimensions.map((d) => d.id));
  const regionIds = unique(feed.regions, 'regions');
  unique(feed.partners, 'partners');
  const measureIds = unique(feed.measures, 'measures');

  for (const r of feed.regions) {
    if (!isText(r.name)) fail(r.id, 'name');
    if (!/^[A-Z]{2}$/.test(r.country)) fail(r.id, 'country');
    if (r.nuts && !r.nuts.startsWith(r.country)) fail(r.id, 'nuts does not match country');
    if (!isLonLat(r.location)) fail(r.id, 'location');
    if (!r.commissions.every((c) => COMMISSIONS.includes(c))) fail(r.id, 'commission');
    if (r.url !== undefined && !isHttps(r.url)) fail(r.id, 'url');
  }
  for (const p of feed.partners) {
    for (const k of ['name', 'city', 'description', 'contribution']) if (!isText(p[k])) fail(p.id, k);
    if (p.kind === 'region' && !regionIds.has(p.region)) fail(p.id, 'region does not resolve');
    if (!isLonLat(p.location)) fail(p.id, 'location');
    if (p.url !== undefined && !isHttps(p.url)) fail(p.id, 'url');
  }
  for (const m of feed.measures) {
    const where = m.id;
    if (!/^m-[a-z0-9]+-\d{3}$/.test(m.id) || !m.id.startsWith(`m-${m.region.toLowerCase()}-`)) fail(where, 'id pattern');
    if (!regionIds.has(m.region)) fail(where, 'region does not resolve');
    for (const k of ['title', 'summary', 'lead', 'lessons', 'transferability']) if (m[k] !== undefined && !isText(m[k])) fail(where, k);
    if (!isText(m.title) || !isText(m.summary)) fail(where, 'title and summary are required');
    if (!m.dimensions.length || !m.dimensions.every((d) => dims.has(d))) fail(where, 'dimensions');
    if (!m.targetGroups.length || !m.targetGroups.every((g) => TARGET_GROUPS.includes(g))) fail(where, 'targetGroups');
    if (!STATUSES.includes(m.status)) fail(where, 'status');
    if (!DATE.test(m.start) || (m.end !== undefined && !DATE.test(m.end)) || (m.end && m.end < m.start)) fail(where, 'period');
    if (m.status === 'completed' && (!m.end || m.end > updated.slice(0, 7))) fail(where, 'completed measure must have ended');
    if (m.status === 'planned' && m.start <= updated.slice(0, 7)) fail(where, 'planned measure must start later');
    if (m.status === 'ongoing' && (m.start > updated.slice(0, 7) || (m.end && m.end < updated.slice(0, 7)))) fail(where, 'ongoing period');
    if (!m.stakeholders.every(isText)) fail(where, 'stakeholders');
    if (!m.funding.length || !m.funding.every((f) => FUNDING.includes(f))) fail(where, 'funding');
    if (m.budget && !(Number.isInteger(m.budget.amount) && m.budget.amount > 0 && m.budget.currency === 'EUR')) fail(where, 'budget');
    if (!['direct', 'indirect'].includes(m.authorityRole)) fail(where, 'authorityRole');
    if (m.evaluation) {
      for (const [k, v] of Object.entries(m.evaluation)) if (!CRITERIA.includes(k) || !Number.isInteger(v) || v < 1 || v > 5) fail(where, `evaluation.${k}`);
    }
    if (!/^\d{4}-\d\d-\d\d$/.test(m.updated) || m.updated > updated.slice(0, 10)) fail(where, 'updated');
  }
  for (const s of feed.scores) {
    if (!regionIds.has(s.region) || !dims.has(s.dimension) || !(s.value >= 0 && s.value <= 100) || s.synthetic !== true) fail(`score ${s.region}/${s.dimension}`, 'invalid');
  }
  // Coverage targets (the test enforces them): warn only, so a partial file can still be built.
  if (measureIds.size < 60) console.warn(`warning: only ${measureIds.size} measures`);
  for (const r of feed.regions.filter((r) => r.roles.includes('regin-partner'))) {
    const n = feed.measures.filter((m) => m.region === r.id).length;
    if (n < 8) console.warn(`warning: ${r.id} has only ${n} measures`);
  }
  if (errors.length) throw new Error(`The built-in feed has problems:\n  ${errors.join('\n  ')}`);
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

const feed = {
  format: 'regin-feed',
  version: '1.0',
  updated,
  sample: true,
  title,
  attribution,
  framework,
  regions,
  partners,
  scores: syntheticScores(),
  baselines,
  measures: await loadMeasures(),
};

check(feed);
const text = format(feed) + '\n';

if (process.argv.includes('--check')) {
  const current = readFileSync(OUT, 'utf8');
  if (current !== text) {
    console.error('src/assets/regin-feed.json is out of date: run node scripts/build-builtin-feed.mjs');
    process.exit(1);
  }
  console.log('src/assets/regin-feed.json is up to date.');
} else {
  writeFileSync(OUT, text);
  console.log(`Wrote ${OUT}: ${feed.regions.length} regions, ${feed.partners.length} partners, ${feed.scores.length} scores, ${feed.measures.length} measures, ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB.`);
}
