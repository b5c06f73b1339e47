// The measures of the built-in feed: the real, sourced measures of sources/regin-measures-sourced.json
// (see sources/README.md for what that file is and its credits), turned into feed entries that say only
// what their sources state.
//
// Rules (the builder checks them):
// - `start`/`end`: the stated years only, as `YYYY`. A year the data lists under "inferred / not stated"
//   is left out (YEARS_NOT_STATED below).
// - `status`: only `completed`, and only when a stated end year is before the year the facts were
//   checked; otherwise no status (no source says whether a measure is planned or still running).
// - no budget, evaluation, lessons, transferability, stakeholders or authority role: the sources do not
//   state them. A `budget` only where the source states one total for the measure (BUDGETS); every other
//   money figure is a sentence of the summary that names its source (translations.mjs).
// - `funding`: only the funds the summaries or sources name (FUNDING), each named right for its years
//   (ESF up to 2020, ESF+ from 2021).
// - `sources`: every link of the entry, with its date when the sourced date text starts with a clean
//   `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; otherwise no date.

import { readFileSync } from 'node:fs';
import { figures, originalSummaries } from './translations.mjs';

export const SOURCED = JSON.parse(readFileSync(new URL('./sources/regin-measures-sourced.json', import.meta.url), 'utf8'));

/** The date the facts were checked (sources/README.md). */
export const CHECKED = '2026-12-06';

/** Language of each region's original titles and summaries. */
const ORIGINAL_LANGUAGE = { PT20: 'pt', ITF3: 'it', ITF4: 'it', ES51: 'ca', ES62: 'es', ES61: 'es', ES21: 'es', SE224: 'sv' };

/** Years the data gives but marks as inferred (its "inferred / not stated" notes): left out. */
const YEARS_NOT_STATED = {
  // the end year is that of the MILSA 2.0 project; the platform itself continues
  'se224-milsa-migration-health-platform': ['end'],
  // start inferred from the start of REGIN, end from "already finalised"
  'se224-regin-testbed-health-equity': ['start', 'end'],
  // earliest dated opening; the planning decision may be earlier
  'itf4-foresterie-braccianti': ['start'],
  // the end date is that of the first programme only; Su.Pr.Eme. 2 follows
  'itf4-supreme-italia': ['end'],
  // the end year is that of the final seminar
  'itf4-comin-4-0': ['end'],
  // start inferred from a presentation date
  'itf3-regin-pilot-inner-areas': ['start'],
};

/**
 * Funds named by the summary or the sources of a measure (ids of the feed's funding vocabulary; ERF:
 * European Refugee Fund; EIF: European Integration Fund; PNRR: Italy's national recovery and resilience plan).
 */
const FUNDING = {
  'se224-shk-civic-health-communication': ['ERF', 'regional', 'national', 'municipal'],
  'se224-nad-network-activity-participation': ['regional', 'national'],
  'se224-milsa-migration-health-platform': ['ERF', 'AMIF'],
  'se224-milsa-national-training-platform': ['ESF', 'national'],
  'es62-convenios-municipios-integracion-2008': ['regional', 'municipal'],
  'itf4-foresterie-braccianti': ['PNRR', 'regional'],
  'itf4-supreme-italia': ['AMIF', 'ESF', 'ESF+'],
  'itf4-comin-4-0': ['AMIF'],
  'itf4-fami-impact-puglia': ['AMIF'],
  'itf3-servizio-mediazione-culturale': ['ESF'],
  'itf3-impact-campania': ['AMIF'],
  'itf3-com-in-2-0': ['EIF'],
  'pt20-cursos-portugues-outras-linguas': ['regional'],
  'pt20-protocolos-apoio-imigrantes': ['regional'],
  'pt20-apoio-projetos-imigracao': ['regional'],
};

/** One stated total for the whole measure, in euros. */
const BUDGETS = {
  'es62-convenios-municipios-integracion-2008': 9_900_000,
  'es21-vi-plan-intercultural': 35_700_000,
};

/** Stated policy areas → framework dimensions. */
const DIMENSION = { 'social-security-assistance': 'social' };

/** Stated target groups → the feed's target-group ids, only where the stated group clearly is one. */
const TARGET_GROUP_RULES = [
  ['tcn', /third-country nationals/],
  ['bip', /beneficiaries of international protection|\brefugees\b/],
  ['women', /^women$/],
  ['children', /^children$|unaccompanied minors/],
  ['youth', /\byouth\b|^young migrants$/],
];

const CLEAN_DATE = /^(\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?)(?=$|[\s;,(])/;

/** The date of a source when its sourced date text starts with a clean date; else undefined. */
export function sourceDate(text) {
  return CLEAN_DATE.exec(text)?.[1];
}

/** `[{url, date?}]` without repeated links. */
export function sourcesOf(list) {
  const out = [];
  for (const s of list) {
    if (out.some((o) => o.url === s.url)) continue;
    const date = sourceDate(s.date ?? '');
    out.push(date ? { url: s.url, date } : { url: s.url });
  }
  return out;
}

function targetGroupsOf(stated) {
  const ids = new Set();
  for (const group of stated) for (const [id, re] of TARGET_GROUP_RULES) if (re.test(group)) ids.add(id);
  return TARGET_GROUP_RULES.map(([id]) => id).filter((id) => ids.has(id));
}

const withFigures = (text, figure) => (figure ? `${text} ${figure}` : text);

/** Words that show a stated lead is written in English (with names in the original language). */
const ENGLISH_WORDS =
  /\b(with|and|of|the|coordinating|partners?|support|lead|implemented|managed|drafted|names|given|by|within|funded|beneficiary)\b/;

/** The lead as stated, under the language it is written in (the organisation's own language or English). */
const leadOf = (lead, lang) => ({ [ENGLISH_WORDS.test(lead) ? 'en' : lang]: lead });

/** One sourced measure as a feed entry. */
function measureOf(m) {
  const lang = ORIGINAL_LANGUAGE[m.region_nuts];
  if (!lang) throw new Error(`${m.id}: no original language for ${m.region_nuts}`);
  const original = originalSummaries[m.id];
  if (!original) throw new Error(`${m.id}: no summary in the original language`);
  const figure = figures[m.id];
  if (m.figures_stated_in_source && !figure) throw new Error(`${m.id}: figures stated in the source are not said`);
  const skip = YEARS_NOT_STATED[m.id] ?? [];
  const start = m.start_year && !skip.includes('start') ? String(m.start_year) : undefined;
  const end = m.end_year && !skip.includes('end') ? String(m.end_year) : undefined;
  const budget = BUDGETS[m.id];
  return {
    id: m.id,
    region: m.region_nuts,
    title: { en: m.title_en, [lang]: m.title_original },
    summary: { en: withFigures(m.summary, figure?.en), [lang]: withFigures(original, figure?.[lang]) },
    dimensions: m.policy_areas.map((a) => DIMENSION[a] ?? a),
    targetGroups: targetGroupsOf(m.target_groups),
    // Completed only when a stated end year is before the year the facts were checked.
    status: end && end < CHECKED.slice(0, 4) ? 'completed' : undefined,
    start,
    end,
    lead: leadOf(m.lead_organisation, lang),
    stakeholders: [],
    funding: FUNDING[m.id] ?? [],
    budget: budget ? { amount: budget, currency: 'EUR' } : undefined,
    sources: sourcesOf(m.sources),
    verification: { V: 'stated', P: 'partly-stated' }[m.verification],
  };
}

export function sourcedMeasures() {
  return SOURCED.measures.map(measureOf).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** CPMR membership evidence of the data, by NUTS code: only the regions it labels verified. */
export function membershipEvidence() {
  return new Map(SOURCED.cpmr_membership.filter((r) => r.label === 'V').map((r) => [r.nuts, sourcesOf(r.sources)]));
}
