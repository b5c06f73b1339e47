// The feed normaliser on a large feed: target "a 5,000-measure feed in well under 100 ms". The peer is
// JSON.parse of the same text, which every feed load pays anyway.
import { normaliseFeed } from '../src/feed/normalise.js';
import { MIPEX_R_FRAMEWORK } from '../src/feed/normalise.js';
import { measure, ratio, type BenchReport } from './lib.js';

const DIMS = MIPEX_R_FRAMEWORK.dimensions.map((d) => d.id);

/** A realistic large feed: 200 regions, every score, `n` measures with translations and all fields. */
function bigFeed(n: number): unknown {
  const regions = Array.from({ length: 200 }, (_, i) => ({
    id: `R${i}`,
    name: { en: `Region ${i}`, fr: `Région ${i}`, es: `Región ${i}` },
    country: ['ES', 'PT', 'SE', 'IT', 'FR'][i % 5],
    nuts: `ES${i % 10}${i % 7}`,
    location: [-10 + (i % 40), 35 + (i % 30)],
    roles: ['cpmr-member', 'mipex-r'],
    commissions: ['intermediterranean'],
    url: `https://region-${i}.example/`,
  }));
  const scores = regions.flatMap((r, i) =>
    DIMS.map((d, j) => ({ region: r.id, dimension: d, value: (i * 7 + j * 13) % 101, year: 2021, synthetic: true })),
  );
  const measures = Array.from({ length: n }, (_, i) => ({
    id: `m-${i}`,
    region: `R${i % 200}`,
    title: { en: `Measure number ${i} for newcomers`, fr: `Mesure numéro ${i} pour les nouveaux arrivants`, sv: `Åtgärd ${i}` },
    summary: { en: `A summary of measure ${i}. `.repeat(20), fr: `Un résumé de la mesure ${i}. `.repeat(20) },
    dimensions: [DIMS[i % 8], DIMS[(i + 3) % 8]],
    targetGroups: ['tcn', 'bip'],
    status: ['planned', 'ongoing', 'completed'][i % 3],
    start: '2019-03',
    end: '2021-12',
    lead: 'Regional department',
    stakeholders: ['NGOs', { en: 'Libraries', ca: 'Biblioteques' }],
    funding: ['AMIF', 'ESF+'],
    budget: { amount: 1000 * i, currency: 'EUR' },
    authorityRole: 'direct',
    lessons: { en: 'Lessons learnt. '.repeat(10) },
    evaluation: { communication: 4, inclusion: 5, innovation: 3, sustainability: 4 },
    url: `https://regin.example/measures/${i}`,
    updated: '2026-10-01',
  }));
  return { format: 'regin-feed', version: '1.0', sample: true, regions, scores, measures };
}

export default async function run(): Promise<BenchReport> {
  const text5k = JSON.stringify(bigFeed(5000));
  const feed5k = JSON.parse(text5k);
  const feed20k = bigFeed(20_000);
  const check = normaliseFeed(feed5k);
  if (check.problems.length || check.feed?.measures.length !== 5000) throw new Error('benchmark feed is not clean');

  const parse = await measure('JSON.parse, 5,000 measures', () => JSON.parse(text5k), { runs: 20 });
  const norm5k = await measure('normaliseFeed, 5,000 measures', () => normaliseFeed(feed5k), { runs: 20 });
  const norm20k = await measure('normaliseFeed, 20,000 measures', () => normaliseFeed(feed20k), { runs: 10, warmup: 2 });
  return {
    title: 'Feed normaliser',
    note: `5,000-measure feed: ${(text5k.length / 1e6).toFixed(1)} MB of JSON, 200 regions, 1,600 scores. Target: well under 100 ms.`,
    rows: [ratio(parse, norm5k, 'normaliseFeed'), norm5k, ratio(norm5k, norm20k, '20,000 measures'), norm20k],
  };
}
