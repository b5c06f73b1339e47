import { expect } from '@open-wc/testing';
import { normaliseFeed } from '../../src/feed/normalise.js';
import type { Feed, Text } from '../../src/feed/types.js';

const PARTNER_REGIONS = ['PT20', 'ITF3', 'ES51', 'ES62', 'ITF4', 'SE224'];
const DIMENSIONS = ['labour', 'education', 'health', 'housing', 'language', 'culture', 'religion', 'social'];

/** Every text a measure shows, so language coverage can be checked. */
function measureTexts(m: Feed['measures'][number]): Text[] {
  return [m.title, m.summary, m.lead, m.lessons, m.transferability, ...m.stakeholders].filter((t): t is Text => t !== undefined);
}

describe('the built-in REGIN feed', () => {
  let raw: Record<string, unknown>;
  let feed: Feed;

  before(async () => {
    const res = await fetch('/src/assets/regin-feed.json');
    expect(res.ok, 'the feed file is served').to.equal(true);
    raw = await res.json();
    const result = normaliseFeed(raw);
    expect(result.problems, JSON.stringify(result.problems, null, 1)).to.deep.equal([]);
    expect(result.feed).to.not.equal(null);
    feed = result.feed!;
  });

  it('is a regin-feed 1.0 marked as sample data, with a date and credits', () => {
    expect(raw.format).to.equal('regin-feed');
    expect(raw.version).to.equal('1.0');
    expect(feed.sample).to.equal(true);
    expect(Number.isNaN(Date.parse(feed.updated ?? ''))).to.equal(false);
    const credits = feed.attribution.map((t) => t.en ?? '');
    expect(credits.some((c) => c.includes('© EuroGeographics for the administrative boundaries'))).to.equal(true);
    expect(credits.some((c) => c.includes('MIPEX 2020'))).to.equal(true);
    expect(credits.some((c) => c.includes('CPMR'))).to.equal(true);
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
      for (const lang of ['en', 'fr', 'es', 'ca', 'it', 'pt', 'sv']) {
        expect(d.label[lang], `${d.id} label in ${lang}`).to.be.a('string').and.not.equal('');
        expect(d.description?.[lang], `${d.id} description in ${lang}`).to.be.a('string').and.not.equal('');
      }
    }
  });

  it('has at least 60 measures', () => {
    expect(feed.measures.length).to.be.at.least(60);
  });

  it('gives every partner region at least 8 measures and the three partner roles', () => {
    for (const id of PARTNER_REGIONS) {
      const region = feed.regions.find((r) => r.id === id);
      expect(region, id).to.not.equal(undefined);
      expect([...region!.roles]).to.include.members(['regin-partner', 'cpmr-member', 'mipex-r']);
      expect(feed.measures.filter((m) => m.region === id).length, `measures in ${id}`).to.be.at.least(8);
    }
    expect(feed.regions.filter((r) => r.roles.includes('regin-partner')).map((r) => r.id)).to.have.members(PARTNER_REGIONS);
  });

  it('has measures in every policy area', () => {
    for (const d of DIMENSIONS) {
      expect(feed.measures.some((m) => m.dimensions.includes(d)), d).to.equal(true);
    }
  });

  it('covers every status and the usual target groups and funding sources', () => {
    expect(new Set(feed.measures.map((m) => m.status))).to.have.all.keys('planned', 'ongoing', 'completed');
    const groups = new Set(feed.measures.flatMap((m) => m.targetGroups));
    expect(groups).to.include.all.keys('tcn', 'bip', 'women', 'youth', 'children', 'elderly');
    const funding = new Set(feed.measures.flatMap((m) => m.funding));
    expect(funding).to.include.all.keys('AMIF', 'ESF+', 'ERDF', 'national', 'regional', 'municipal', 'private');
  });

  it('marks every score as synthetic and keeps it on the 0–100 scale', () => {
    expect(feed.scores.length).to.be.greaterThan(0);
    for (const s of feed.scores) {
      expect(s.synthetic, `${s.region}/${s.dimension}`).to.equal(true);
      expect(s.value).to.be.within(0, 100);
    }
  });

  it('scores all six partner regions and leaves a few deliberate gaps', () => {
    const tcn = feed.scores.filter((s) => (s.targetGroup ?? 'tcn') === 'tcn');
    for (const id of PARTNER_REGIONS) expect(tcn.some((s) => s.region === id), id).to.equal(true);
    const scored = new Set(tcn.map((s) => s.region));
    const gaps = [...scored].flatMap((r) => DIMENSIONS.filter((d) => !tcn.some((s) => s.region === r && s.dimension === d)));
    expect(gaps.length).to.be.within(1, 5);
  });

  it('has exactly the four national MIPEX 2020 overall scores as baselines, with sources', () => {
    const got = feed.baselines.map((b) => [b.country, b.value, b.year, b.dimension ?? null]);
    expect(got).to.have.deep.members([
      ['SE', 86, 2019, null],
      ['PT', 81, 2019, null],
      ['ES', 60, 2019, null],
      ['IT', 58, 2019, null],
    ]);
    for (const b of feed.baselines) {
      expect(b.source).to.match(/^https:\/\/www\.mipex\.eu\//);
      expect(b.label.en).to.equal('MIPEX 2020 national overall score');
    }
  });

  it('links every partner to a region that exists, and the six region partners to the six partner regions', () => {
    const ids = new Set(feed.regions.map((r) => r.id));
    for (const p of feed.partners) {
      if (p.region !== undefined) expect(ids.has(p.region), `${p.id} → ${p.region}`).to.equal(true);
    }
    expect(feed.partners.length).to.equal(10);
    expect(feed.partners.filter((p) => p.kind === 'region').map((p) => p.region)).to.have.members(PARTNER_REGIONS);
    expect(feed.partners.filter((p) => p.kind === 'coordinator').map((p) => p.acronym)).to.deep.equal(['CPMR']);
    expect(feed.partners.filter((p) => p.kind === 'technical').length).to.equal(3);
  });

  it('places every region on the map by NUTS code or location', () => {
    for (const r of feed.regions) {
      expect(r.nuts !== undefined || r.location !== undefined, r.id).to.equal(true);
      if (r.nuts) expect(r.nuts.startsWith(r.country), `${r.id} NUTS code in ${r.country}`).to.equal(true);
    }
    const ids = feed.regions.map((r) => r.id);
    expect(ids).to.include.members(['ES70', 'PT30', 'PT20']);
  });

  it('resolves every measure to a region and to policy areas of the framework', () => {
    const ids = new Set(feed.regions.map((r) => r.id));
    for (const m of feed.measures) {
      expect(ids.has(m.region), m.id).to.equal(true);
      for (const d of m.dimensions) expect(DIMENSIONS, m.id).to.include(d);
    }
  });

  it('has measure texts in Swedish, Catalan, Italian and Portuguese, some only in the local language', () => {
    const langs = new Set(feed.measures.flatMap((m) => measureTexts(m).flatMap((t) => Object.keys(t))));
    expect(langs).to.include.all.keys('sv', 'ca', 'it', 'pt', 'es', 'en');
    const localOnly = feed.measures.filter((m) => m.title.en === undefined && m.summary?.en === undefined);
    expect(localOnly.length).to.be.at.least(3);
    const bilingual = feed.measures.filter((m) => m.title.en !== undefined && Object.keys(m.title).length > 1);
    expect(bilingual.length).to.be.at.least(feed.measures.length / 3);
  });
});
