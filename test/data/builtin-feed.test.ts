// The built-in feed tells the truth: real measures with their sources and verification level, only
// stated facts (no invented budgets, evaluations, statuses or dates), CPMR membership only with a
// source, names and partner texts in the seven languages, and illustrative scores flagged one by one.
// The example feed examples/illustrative-feed.json is wholly illustrative and says so everywhere.
import { expect } from '@open-wc/testing';
import { normaliseFeed } from '../../src/feed/normalise.js';
import type { Feed } from '../../src/feed/types.js';

const PARTNER_REGIONS = ['PT20', 'ITF3', 'ES51', 'ES62', 'ITF4', 'SE224'];
const DIMENSIONS = ['labour', 'education', 'health', 'housing', 'language', 'culture', 'religion', 'social'];
const LANGUAGES = ['en', 'fr', 'es', 'ca', 'it', 'pt', 'sv'];
/** The year the facts were checked: a stated end year before it makes a measure completed. */
const CHECKED_YEAR = '2026';

async function load(url: string): Promise<{ raw: Record<string, unknown>; feed: Feed }> {
  const res = await fetch(url);
  expect(res.ok, `${url} is served`).to.equal(true);
  const raw = (await res.json()) as Record<string, unknown>;
  const result = normaliseFeed(raw);
  expect(result.problems, JSON.stringify(result.problems, null, 1)).to.deep.equal([]);
  expect(result.feed).to.not.equal(null);
  return { raw, feed: result.feed! };
}

describe('the built-in REGIN feed', () => {
  let raw: Record<string, unknown>;
  let feed: Feed;

  before(async () => {
    ({ raw, feed } = await load('/src/assets/regin-feed.json'));
  });

  it('is a regin-feed 1.1, not sample data, dated the day its facts were checked, with credits', () => {
    expect(raw.format).to.equal('regin-feed');
    expect(raw.version).to.equal('1.1');
    expect(raw.sample ?? false).to.equal(false);
    expect(feed.sample).to.equal(false);
    expect(feed.updated).to.equal('2026-12-06');
    const credits = feed.attribution.map((t) => t.en ?? '');
    expect(credits.some((c) => c.includes('© EuroGeographics for the administrative boundaries'))).to.equal(true);
    expect(credits.some((c) => c.includes('MIPEX 2020'))).to.equal(true);
    expect(credits.some((c) => c.includes('CPMR'))).to.equal(true);
    expect(
      credits.some((c) => /public sources linked with each measure/.test(c) && /MIPEX-R scores are illustrative/.test(c)),
    ).to.equal(true);
  });

  it('normalises without dropping or correcting anything', () => {
    const r = raw as Record<string, unknown[]>;
    expect(feed.regions.length).to.equal(r.regions.length);
    expect(feed.partners.length).to.equal(r.partners.length);
    expect(feed.scores.length).to.equal(r.scores.length);
    expect(feed.baselines.length).to.equal(r.baselines.length);
    expect(feed.measures.length).to.equal(r.measures.length);
  });

  it('uses the MIPEX-R framework: 8 policy areas in canonical order, labelled in the seven languages', () => {
    expect(feed.framework.id).to.equal('mipex-r');
    expect([...feed.framework.scale]).to.deep.equal([0, 100]);
    expect(feed.framework.dimensions.map((d) => d.id)).to.deep.equal(DIMENSIONS);
    for (const d of feed.framework.dimensions) {
      for (const lang of LANGUAGES) {
        expect(d.label[lang], `${d.id} label in ${lang}`).to.be.a('string').and.not.equal('');
        expect(d.description?.[lang], `${d.id} description in ${lang}`).to.be.a('string').and.not.equal('');
      }
    }
  });

  it('has the 43 sourced measures, each with at least one source and a verification level, none of them sample data', () => {
    expect(feed.measures.length).to.equal(43);
    for (const m of feed.measures) {
      expect(m.sources.length, `${m.id} sources`).to.be.at.least(1);
      expect(['stated', 'partly-stated'], `${m.id} verification`).to.include(m.verification);
      expect(m.sample, m.id).to.equal(false);
    }
    expect(feed.measures.filter((m) => m.verification === 'stated').length).to.equal(27);
    for (const id of PARTNER_REGIONS)
      expect(
        feed.measures.some((m) => m.region === id),
        id,
      ).to.equal(true);
  });

  it('says nothing its sources do not state: no evaluation, lessons, stakeholders or invented status', () => {
    for (const m of feed.measures) {
      expect(m.evaluation, m.id).to.equal(undefined);
      expect(m.lessons, m.id).to.equal(undefined);
      expect(m.transferability, m.id).to.equal(undefined);
      expect(m.authorityRole, m.id).to.equal(undefined);
      expect(m.stakeholders, m.id).to.deep.equal([]);
      // completed only follows from a stated end year before the check; nothing else is stated
      if (m.status !== undefined) {
        expect(m.status, m.id).to.equal('completed');
        expect(m.end !== undefined && m.end.slice(0, 4) < CHECKED_YEAR, `${m.id} ended`).to.equal(true);
      }
      if (m.end !== undefined && m.end.slice(0, 4) < CHECKED_YEAR) expect(m.status, m.id).to.equal('completed');
      for (const d of [m.start, m.end]) if (d !== undefined) expect(d, m.id).to.match(/^\d{4}$/);
    }
  });

  it('gives a budget only where the source states one total, and says every other figure in the summary with its source', () => {
    const budgets = feed.measures.filter((m) => m.budget !== undefined).map((m) => m.id);
    expect(budgets).to.have.members(['es21-vi-plan-intercultural', 'es62-convenios-municipios-integracion-2008']);
    const m = feed.measures.find((x) => x.id === 'es62-atencion-integral-inmigrantes-alojamiento')!;
    expect(m.summary?.en).to.match(/states a 2018 budget of EUR 2\.5 million/);
  });

  it('leaves out the years its sources do not state', () => {
    const byId = new Map(feed.measures.map((m) => [m.id, m]));
    expect(byId.get('se224-regin-testbed-health-equity')!.start).to.equal(undefined);
    expect(byId.get('itf4-foresterie-braccianti')!.start).to.equal(undefined);
    expect(byId.get('pt20-guia-do-imigrante')!.start).to.equal('2021');
    expect(feed.measures.filter((m) => m.start === undefined).length).to.be.greaterThan(10);
  });

  it('dates nothing after the day the facts were checked', () => {
    const day = feed.updated!.slice(0, 10);
    const dates = [
      ...feed.measures.flatMap((m) => [m.start, m.end, m.updated, ...m.sources.map((s) => s.date)]),
      ...feed.regions.flatMap((r) => r.sources.map((s) => s.date)),
      ...feed.partners.flatMap((p) => p.sources.map((s) => s.date)),
    ].filter((d): d is string => d !== undefined);
    expect(dates.length).to.be.greaterThan(50);
    for (const d of dates) expect(d <= day, d).to.equal(true);
  });

  it('names funds right for their years: no ESF+ before 2021', () => {
    for (const m of feed.measures) {
      if (m.funding.includes('ESF+') && m.start !== undefined) expect(m.start >= '2021', m.id).to.equal(true);
    }
    expect(feed.measures.find((m) => m.id === 'itf3-servizio-mediazione-culturale')!.funding).to.deep.equal(['ESF']);
  });

  it('shows CPMR membership only with a source, and MIPEX-R coverage only on the six partner regions', () => {
    const members = feed.regions.filter((r) => r.roles.includes('cpmr-member'));
    expect(members.length).to.equal(18);
    for (const r of members) expect(r.sources.length, `${r.id} membership source`).to.be.at.least(1);
    for (const id of ['ES52', 'ES53', 'ES70', 'ITI4', 'IE04'])
      expect(
        feed.regions.some((r) => r.id === id),
        `${id} not found as a member`,
      ).to.equal(false);
    expect(feed.regions.filter((r) => r.roles.includes('mipex-r')).map((r) => r.id)).to.have.members(PARTNER_REGIONS);
    expect(feed.regions.filter((r) => r.roles.includes('regin-partner')).map((r) => r.id)).to.have.members(PARTNER_REGIONS);
    for (const id of PARTNER_REGIONS) {
      const region = feed.regions.find((r) => r.id === id)!;
      expect(
        region.sources.some((s) => s.url.startsWith('https://reginproject.eu/')),
        `${id} REGIN page`,
      ).to.equal(true);
    }
  });

  it('names every region in the seven languages', () => {
    for (const r of feed.regions) {
      for (const lang of LANGUAGES) expect(r.name[lang], `${r.id} in ${lang}`).to.be.a('string').and.not.equal('');
    }
    const name = (id: string) => feed.regions.find((r) => r.id === id)!.name;
    expect(name('ES51').fr).to.equal('Catalogne');
    expect(name('PT20').it).to.equal('Azzorre');
    expect(name('SE224').es).to.equal('Escania');
  });

  it('describes the ten partners in the seven languages, with sources, the Azores partner as the Directorate for Communities', () => {
    expect(feed.partners.length).to.equal(10);
    for (const p of feed.partners) {
      for (const lang of LANGUAGES) {
        expect(p.name[lang], `${p.id} name in ${lang}`).to.be.a('string').and.not.equal('');
        expect(p.description?.[lang], `${p.id} description in ${lang}`).to.be.a('string').and.not.equal('');
        expect(p.contribution?.[lang], `${p.id} contribution in ${lang}`).to.be.a('string').and.not.equal('');
      }
      expect(p.sources.length, `${p.id} sources`).to.be.at.least(1);
    }
    const azores = feed.partners.find((p) => p.id === 'azores')!;
    expect(azores.name.en).to.match(/Regional Directorate for Communities/);
    expect(feed.partners.filter((p) => p.kind === 'region').map((p) => p.region)).to.have.members(PARTNER_REGIONS);
    expect(feed.partners.filter((p) => p.kind === 'coordinator').map((p) => p.acronym)).to.deep.equal(['CPMR']);
  });

  it('scores only the six partner regions, every score flagged synthetic, on the 0–100 scale', () => {
    expect(new Set(feed.scores.map((s) => s.region))).to.have.all.keys(...PARTNER_REGIONS);
    for (const s of feed.scores) {
      expect(s.synthetic, `${s.region}/${s.dimension}`).to.equal(true);
      expect(s.value).to.be.within(0, 100);
    }
  });

  it('has exactly the four national MIPEX 2020 overall scores as baselines, published figures with sources', () => {
    const got = feed.baselines.map((b) => [b.country, b.value, b.year, b.dimension ?? null]);
    expect(got).to.have.deep.members([
      ['SE', 86, 2019, null],
      ['PT', 81, 2019, null],
      ['ES', 60, 2019, null],
      ['IT', 58, 2019, null],
    ]);
    for (const b of feed.baselines) {
      expect(b.synthetic).to.equal(false);
      expect(b.source).to.match(/^https:\/\/www\.mipex\.eu\//);
    }
  });

  it('places every region on the map by NUTS code and location, and resolves every measure', () => {
    const ids = new Set(feed.regions.map((r) => r.id));
    for (const r of feed.regions) {
      expect(r.nuts !== undefined && r.location !== undefined, r.id).to.equal(true);
      expect(r.nuts!.startsWith(r.country), `${r.id} NUTS code in ${r.country}`).to.equal(true);
    }
    for (const m of feed.measures) {
      expect(ids.has(m.region), m.id).to.equal(true);
      for (const d of m.dimensions) expect(DIMENSIONS, m.id).to.include(d);
    }
  });

  it('titles and summarises every measure in English and in its original language', () => {
    const original: Record<string, string> = {
      PT20: 'pt',
      ITF3: 'it',
      ITF4: 'it',
      ES51: 'ca',
      ES62: 'es',
      ES61: 'es',
      ES21: 'es',
      SE224: 'sv',
    };
    for (const m of feed.measures) {
      for (const lang of ['en', original[m.region]!]) {
        expect(m.title[lang], `${m.id} title in ${lang}`).to.be.a('string').and.not.equal('');
        expect(m.summary?.[lang], `${m.id} summary in ${lang}`).to.be.a('string').and.not.equal('');
      }
    }
  });
});

describe('the illustrative example feed', () => {
  let feed: Feed;

  before(async () => {
    ({ feed } = await load('/examples/illustrative-feed.json'));
  });

  it('is sample data as a whole and entry by entry, and says so in its title', () => {
    expect(feed.sample).to.equal(true);
    expect(feed.title?.en).to.match(/illustrative/i);
    expect(feed.measures.length).to.be.greaterThan(40);
    for (const m of feed.measures) expect(m.sample, m.id).to.equal(true);
  });

  it('names no real authority as the lead of a measure', () => {
    for (const m of feed.measures) expect(m.lead?.en, m.id).to.equal('Regional integration office (illustrative)');
  });

  it('exercises what real entries do not: evaluations, budgets, every status, lessons', () => {
    expect(feed.measures.some((m) => m.evaluation !== undefined)).to.equal(true);
    expect(feed.measures.some((m) => m.budget !== undefined)).to.equal(true);
    expect(feed.measures.some((m) => m.lessons !== undefined)).to.equal(true);
    expect(new Set(feed.measures.map((m) => m.status))).to.have.all.keys('planned', 'ongoing', 'completed');
    for (const m of feed.measures) {
      if (m.funding.includes('ESF+') && m.start !== undefined) expect(m.start >= '2021', m.id).to.equal(true);
    }
  });
});
