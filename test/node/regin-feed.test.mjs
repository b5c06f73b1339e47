// The feed tool, run from the repository in a child process (`node --import ./bin/dev/register.mjs
// bin/regin-feed.mjs …`: bin/ runs the product's TypeScript feed code as it is).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../../bin/lib/csv.mjs';
import { loadJson } from '../../bin/lib/load.mjs';
import { jsonPath } from '../../bin/lib/schema-check.mjs';
import { validateFeed } from '../../bin/lib/validate.mjs';
import { describeProblem } from '../../src/feed/diagnostics.ts';
import { normaliseFeed } from '../../src/feed/normalise.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/regin-feed.mjs');
const register = join(root, 'bin/dev/register.mjs');
const fixture = (name) => join(root, 'test/fixtures', name);
const example = (name) => join(root, 'examples/csv', name);

/** Runs the tool; resolves with its exit code and output lines. */
function run(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', register, bin, ...args], { cwd: root, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, lines: stdout.split('\n').filter(Boolean), stdout, stderr });
    });
  });
}

let tmp;
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'regin-feed-'));
});
after(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('regin-feed validate <file>', () => {
  it('exits 0 for a valid feed and says what it holds', async () => {
    const { code, stdout, stderr } = await run('validate', fixture('minimal.json'));
    assert.equal(code, 0);
    assert.equal(stdout, '');
    assert.match(stderr, /minimal\.json: valid regin-feed 1\.0 — 4 regions, 6 partners, 24 scores, 2 baselines, 5 measures\./);
  });

  it('exits 0 for a valid feed without entries and for the built-in feed', async () => {
    assert.equal((await run('validate', fixture('empty.json'))).code, 0);
    const builtin = await run('validate', join(root, 'src/assets/regin-feed.json'));
    assert.equal(builtin.code, 0, builtin.stdout);
  });

  it('exits 1 with one line per problem, JSON path first, in the words the widgets use', async () => {
    const { code, lines, stderr } = await run('validate', fixture('partial.json'));
    assert.equal(code, 1);
    assert.deepEqual(lines, [
      '$.baselines[1]: baseline has no two-letter country code; it was left out.',
      '$.measures[0].dimensions: dimensions not in the framework were removed: astrology.',
      '$.measures[1].budget: budget is not {"amount": a number ≥ 0, "currency": a three-letter code}; it was removed.',
      '$.measures[2]: measure has no title; it was left out.',
      `$.measures[3]: measure is in region "XX99", which is not in the feed's regions; it was left out.`,
      '$.measures[4]: measure id "m-es51-001" is used twice; it was left out.',
      `$.partners[2].region: region "XX99" is not in the feed's regions; the link to it was removed.`,
      '$.regions[2].url: url is not a safe absolute link (https, http or mailto); it was removed.',
      '$.regions[3]: region id "ES51" is used twice; it was left out.',
      '$.regions[4]: region has no valid id; it was left out.',
      '$.scores[2].value: value is not a number from 0 to 100 (shown as no data); it was removed.',
      `$.scores[3]: score is for region "XX99", which is not in the feed's regions; it was left out.`,
      '$.scores[4]: score is for dimension "astrology", which is not in the framework; it was left out.',
    ]);
    assert.match(stderr, /partial\.json: 13 problems\./);
  });

  it('reports the same problems as the widgets for the hostile sample feed', async () => {
    const { code, lines } = await run('validate', fixture('hostile.json'));
    assert.equal(code, 1);
    const feed = JSON.parse(await readFile(fixture('hostile.json'), 'utf8'));
    const widgets = normaliseFeed(feed).problems.map((p) => `${p.path}: ${describeProblem(p)}`);
    assert.ok(widgets.length > 20, 'the hostile feed has many problems');
    // Every problem a widget finds, in its words; the schema's own lines say something else.
    assert.deepEqual(
      lines.filter((l) => widgets.includes(l)),
      [...widgets].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
    );
    const widgetPaths = new Set(widgets.map((l) => l.slice(0, l.indexOf(': '))));
    for (const line of lines.filter((l) => !widgets.includes(l)))
      assert.ok(!widgetPaths.has(line.slice(0, line.indexOf(': '))), line);
  });

  it('refuses another major version with the message the widgets show', async () => {
    const { code, lines } = await run('validate', fixture('wrong-major.json'));
    assert.equal(code, 1);
    assert.deepEqual(lines, ['$: This feed is version 2.0; this widget reads version 1.x feeds — update regin-widgets.']);
  });

  it('refuses a JSON file that is not a feed', async () => {
    const { code, lines } = await run('validate', fixture('not-a-feed.json'));
    assert.equal(code, 1);
    assert.deepEqual(lines, ['$: This is not a regin-feed: it has no "format": "regin-feed".']);
  });

  it('says where a file stops being JSON', async () => {
    const path = join(tmp, 'broken.json');
    await writeFile(path, '{\n  "format": "regin-feed",\n  "version": "1.0",\n}\n');
    const { code, lines } = await run('validate', path);
    assert.equal(code, 1);
    assert.equal(lines.length, 1);
    assert.match(lines[0], /^\$: .*broken\.json is not valid JSON: line 4, column 1/);
  });

  it('says when the file does not exist', async () => {
    const { code, lines } = await run('validate', join(tmp, 'nope.json'));
    assert.equal(code, 1);
    assert.match(lines[0], /^\$: cannot read .*nope\.json: no such file$/);
  });

  it('reports duplicates and values outside a custom scale, which a schema cannot see', () => {
    const feed = {
      format: 'regin-feed',
      version: '1.3',
      framework: {
        id: 'stars',
        scale: [1, 5],
        dimensions: [
          { id: 'overall', label: 'Overall' },
          { id: 'overall', label: 'Again' },
        ],
      },
      regions: [{ id: 'ES51', name: 'Catalonia', country: 'ES' }],
      scores: [
        { region: 'ES51', dimension: 'overall', value: 7 },
        { region: 'ES51', dimension: 'overall', value: 3 },
      ],
      measures: [{ id: 'm1', region: 'ES51', title: 'x', start: '2021-02-30', end: '2020-01' }],
    };
    assert.deepEqual(validateFeed(feed), [
      { path: '$.framework.dimensions[1]', message: 'dimension id "overall" is used twice; it was left out.' },
      { path: '$.measures[0].start', message: 'start is not a date like 2019, 2019-03 or 2019-03-15; it was removed.' },
      { path: '$.scores[0].value', message: 'value is not a number from 1 to 5 (shown as no data); it was removed.' },
      { path: '$.scores[1]', message: 'another score for ES51 / overall came first; it was left out.' },
    ]);
  });
});

describe('regin-feed validate <url>', () => {
  let server;
  let base;
  before(async () => {
    const minimal = await readFile(fixture('minimal.json'));
    server = createServer((req, res) => {
      if (req.url === '/feed.json') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(minimal);
      } else if (req.url === '/error-page') {
        res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Oops</title>');
      } else if (req.url === '/hang') {
        // never answers
      } else if (req.url === '/big') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ padding: 'x'.repeat(5000) }));
      } else {
        res.writeHead(404, 'Not Found').end('no');
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it('fetches and validates a feed at a URL', async () => {
    const { code, stderr } = await run('validate', `${base}/feed.json`);
    assert.equal(code, 0);
    assert.match(stderr, /valid regin-feed 1\.0/);
  });

  it('reports an HTTP error status', async () => {
    const { code, lines } = await run('validate', `${base}/missing.json`);
    assert.equal(code, 1);
    assert.deepEqual(lines, [`$: cannot fetch ${base}/missing.json: the server answered HTTP 404 Not Found`]);
  });

  it('recognises an HTML error page', async () => {
    const { code, lines } = await run('validate', `${base}/error-page`);
    assert.equal(code, 1);
    assert.match(lines[0], /is HTML, not JSON/);
  });

  it('gives up after --timeout seconds', async () => {
    const { code, lines } = await run('validate', `${base}/hang`, '--timeout', '0.3');
    assert.equal(code, 1);
    assert.deepEqual(lines, [`$: cannot fetch ${base}/hang: no answer within 0.3 s`]);
  });

  it('refuses a body larger than the cap', async () => {
    await assert.rejects(loadJson(`${base}/big`, { maxBytes: 1000 }), /more than the 1000/);
  });
});

describe('regin-feed build', () => {
  const all = [
    '--regions',
    example('regions.csv'),
    '--partners',
    example('partners.csv'),
    '--scores',
    example('scores.csv'),
    '--baselines',
    example('baselines.csv'),
    '--measures',
    example('measures.csv'),
  ];

  it('builds a valid feed from the example CSV files', async () => {
    const out = join(tmp, 'feed.json');
    const { code, stdout, stderr } = await run(
      'build',
      ...all,
      '--title',
      'Sample',
      '--sample',
      '--attribution',
      'Sample data',
      '--updated',
      '2026-11-28',
      '--out',
      out,
    );
    assert.equal(code, 0, stdout);
    assert.match(stderr, /valid regin-feed 1\.1 — 4 regions, 6 partners, 16 scores, 2 baselines, 3 measures\./);
    const feed = JSON.parse(await readFile(out, 'utf8'));
    assert.deepEqual(validateFeed(feed), []);
    assert.equal(feed.updated, '2026-11-28');
    assert.equal(feed.sample, true);
    assert.deepEqual(feed.attribution, ['Sample data']);
    assert.deepEqual(feed.regions[0], {
      id: 'ES51',
      name: { en: 'Catalonia', ca: 'Catalunya', es: 'Cataluña' },
      country: 'ES',
      nuts: 'ES51',
      location: [1.508, 41.801],
      roles: ['regin-partner', 'cpmr-member', 'mipex-r'],
      commissions: ['intermediterranean'],
      url: 'https://catalonia.regin.example/',
      sources: [{ url: 'https://catalonia.regin.example/about', date: '2022-05' }],
    });
    assert.equal(feed.regions[2].name, 'Skåne');
    const m = feed.measures[0];
    assert.deepEqual(m.title, { en: 'Language courses with childcare', ca: "Cursos de llengua amb servei d'acollida d'infants" });
    assert.match(m.summary.en, /on site\.\n\nRun with/);
    assert.deepEqual(m.stakeholders, [{ en: 'Adult-education centres' }, { en: 'Municipal libraries' }]);
    assert.deepEqual(m.budget, { amount: 120000, currency: 'EUR' });
    assert.deepEqual(m.evaluation, { communication: 4, inclusion: 5, sustainability: 4 });
    assert.ok(feed.scores.every((s) => s.synthetic === true));
    assert.deepEqual(m.sources, [
      { url: 'https://catalonia.regin.example/courses', date: '2021-09' },
      { url: 'https://catalonia.regin.example/evaluation', date: '2023' },
    ]);
    assert.equal(m.verification, 'stated');
    assert.ok(feed.measures.every((x) => x.sample === true));
    assert.deepEqual(feed.partners[0].sources, [{ url: 'https://cpmr.regin.example/regin' }]);
  });

  it('reads sources (one per line or separated by " | ", each with an optional date), verification and sample on measures', async () => {
    const measures = join(tmp, 'measures-sources.csv');
    await writeFile(
      measures,
      'id,region,title,start,sources,verification,sample\n' +
        'm1,ES51,Law,2010,"https://a.example/law (2010-05-14)\nhttps://b.example/decree",partly stated,no\n' +
        'm2,ES51,Plan,2021-03,https://c.example/plan (2021) | https://c.example/plan,stated,yes\n',
    );
    const out = join(tmp, 'sources.json');
    const { code, stdout, stderr } = await run(
      'build',
      '--regions',
      example('regions.csv'),
      '--measures',
      measures,
      '--out',
      out,
    );
    assert.equal(code, 0, stdout);
    assert.doesNotMatch(stderr, /note:/);
    const feed = JSON.parse(await readFile(out, 'utf8'));
    assert.equal(feed.version, '1.1');
    assert.deepEqual(feed.measures[0].sources, [
      { url: 'https://a.example/law', date: '2010-05-14' },
      { url: 'https://b.example/decree' },
    ]);
    assert.equal(feed.measures[0].verification, 'partly-stated');
    assert.equal(feed.measures[0].sample, false);
    assert.equal(feed.measures[0].start, '2010');
    assert.deepEqual(feed.measures[1].sources, [{ url: 'https://c.example/plan', date: '2021' }]);
    assert.equal(feed.measures[1].sample, true);
  });

  it('keeps an entry whose source link is bad, leaving the link out with a note naming the row', async () => {
    const regions = join(tmp, 'regions-sources.csv');
    await writeFile(
      regions,
      'id,name,country,roles,sources\nES51,Catalonia,ES,cpmr-member,javascript:alert(1) | https://ok.example/member (2024-10)\nES62,Murcia,ES,,https://x.example/a (May 2021)\n',
    );
    const out = join(tmp, 'regions-sources.json');
    const { code, stderr } = await run('build', '--regions', regions, '--out', out);
    assert.equal(code, 0);
    assert.match(
      stderr,
      /note: regions-sources\.csv, row 2: source "javascript:alert\(1\)" is not a link like https:\/\/example\.org\/page, optionally followed by a date like \(2021-03-15\); it was left out\./,
    );
    assert.match(stderr, /note: regions-sources\.csv, row 3: source "https:\/\/x\.example\/a \(May 2021\)" is not a link/);
    const feed = JSON.parse(await readFile(out, 'utf8'));
    assert.equal(feed.regions.length, 2);
    assert.deepEqual(feed.regions[0].sources, [{ url: 'https://ok.example/member', date: '2024-10' }]);
    assert.equal(feed.regions[1].sources, undefined);
  });

  it('ignores an unknown verification level with a note, and keeps the measure', async () => {
    const measures = join(tmp, 'measures-verification.csv');
    await writeFile(measures, 'id,region,title,verification\nm1,ES51,Plan,certain\n');
    const out = join(tmp, 'verification.json');
    const { code, stderr } = await run('build', '--regions', example('regions.csv'), '--measures', measures, '--out', out);
    assert.equal(code, 0);
    assert.match(
      stderr,
      /note: measures-verification\.csv, row 2: verification "certain" is not one of stated, partly-stated; it was ignored\./,
    );
    const feed = JSON.parse(await readFile(out, 'utf8'));
    assert.deepEqual(feed.measures, [{ id: 'm1', region: 'ES51', title: 'Plan' }]);
  });

  it('writes the feed but exits 1, naming the spreadsheet row of each problem', async () => {
    const measures = join(tmp, 'measures.csv');
    await writeFile(
      measures,
      'id,region,title,budget,currency\nm1,ES51,Fine,100,EUR\nm2,XX99,Unknown region,,\n\nm3,ES51,,abc,EUR\n',
    );
    const out = join(tmp, 'bad.json');
    const { code, lines } = await run('build', '--regions', example('regions.csv'), '--measures', measures, '--out', out);
    assert.equal(code, 1);
    assert.deepEqual(lines, [
      `$.measures[1]: measure is in region "XX99", which is not in the feed's regions; it was left out. (measures.csv, row 3)`,
      '$.measures[2]: measure has no title; it was left out. (measures.csv, row 5)',
      '$.measures[2].budget.amount: must be a number (measures.csv, row 5, column D "budget")',
    ]);
    assert.equal(JSON.parse(await readFile(out, 'utf8')).measures.length, 3);
  });

  it('reads semicolon-separated files with a byte-order mark and decimal commas, and notes unknown columns', async () => {
    const regions = join(tmp, 'regions-eu.csv');
    await writeFile(regions, '\uFEFFId;Name.SV;Name.en;country;lon;lat;Notes\nSE224;Skåne;Scania;se;"13,6";"55,95";call back\n');
    const out = join(tmp, 'eu.json');
    const { code, stderr } = await run('build', '--regions', regions, '--out', out);
    assert.equal(code, 0);
    assert.match(stderr, /note: regions-eu\.csv: column "Notes" is not a field of regions; ignored\./);
    const feed = JSON.parse(await readFile(out, 'utf8'));
    assert.deepEqual(feed.regions, [
      { id: 'SE224', name: { sv: 'Skåne', en: 'Scania' }, country: 'SE', location: [13.6, 55.95] },
    ]);
  });

  it('builds a custom framework from dimensions.csv', async () => {
    const dims = join(tmp, 'dimensions.csv');
    await writeFile(dims, 'id,label.en,label.fr\naccess,Access,Accès\nquality,Quality,Qualité\n');
    const scores = join(tmp, 'scores.csv');
    await writeFile(scores, 'region,dimension,value\nES51,quality,4\nES51,labour,3\n');
    const out = join(tmp, 'custom.json');
    const { code, lines } = await run(
      'build',
      '--regions',
      example('regions.csv'),
      '--scores',
      scores,
      '--dimensions',
      dims,
      '--framework-id',
      'quality-index',
      '--scale',
      '1,5',
      '--out',
      out,
    );
    assert.equal(code, 1);
    assert.deepEqual(lines, [
      '$.scores[1]: score is for dimension "labour", which is not in the framework; it was left out. (scores.csv, row 3)',
    ]);
    const feed = JSON.parse(await readFile(out, 'utf8'));
    assert.deepEqual(feed.framework, {
      id: 'quality-index',
      scale: [1, 5],
      dimensions: [
        { id: 'access', label: { en: 'Access', fr: 'Accès' } },
        { id: 'quality', label: { en: 'Quality', fr: 'Qualité' } },
      ],
    });
  });

  it('exits 2 and shows the usage when a required option is missing', async () => {
    const { code, stderr } = await run('build', '--regions', example('regions.csv'));
    assert.equal(code, 2);
    assert.match(stderr, /--out <feed\.json> is required/);
    assert.match(stderr, /Usage:/);
  });

  it('says when a CSV file does not exist', async () => {
    const { code, lines } = await run('build', '--regions', join(tmp, 'none.csv'), '--out', join(tmp, 'x.json'));
    assert.equal(code, 1);
    assert.match(lines[0], /^\$: cannot read .*none\.csv: no such file$/);
  });
});

describe('regin-feed usage', () => {
  it('exits 2 without a command, and for an unknown one', async () => {
    assert.equal((await run()).code, 2);
    const unknown = await run('check', 'x.json');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command "check"/);
  });

  it('exits 2 when validate gets no file or two', async () => {
    assert.equal((await run('validate')).code, 2);
    assert.equal((await run('validate', 'a.json', 'b.json')).code, 2);
  });

  it('prints the usage for help', async () => {
    const { code, stdout } = await run('help');
    assert.equal(code, 0);
    assert.match(stdout, /regin-feed validate <file-or-url>/);
    assert.match(stdout, /regin-feed build --regions <csv>/);
  });
});

describe('regin-feed validate: feed 1.1 dates and sources', () => {
  it('accepts years as dates and reports a source date that does not exist and an end before its start', () => {
    const feed = {
      format: 'regin-feed',
      version: '1.1',
      regions: [{ id: 'ES51', name: 'C', country: 'ES', sources: [{ url: 'https://a.example/', date: '2021-02-30' }] }],
      measures: [
        {
          id: 'm1',
          region: 'ES51',
          title: 'T',
          start: '2013',
          end: '2013-06',
          sources: [{ url: 'https://b.example/', date: '2019' }],
          verification: 'stated',
          sample: false,
        },
        { id: 'm2', region: 'ES51', title: 'U', start: '2020', end: '2019' },
        { id: 'm3', region: 'ES51', title: 'V', start: '13', verification: 'certain' },
      ],
    };
    assert.deepEqual(validateFeed(feed), [
      { path: '$.measures[1].end', message: 'end (2019) is before start (2020); it was removed.' },
      { path: '$.measures[2].start', message: 'start is not a date like 2019, 2019-03 or 2019-03-15; it was removed.' },
      { path: '$.measures[2].verification', message: 'verification is not one of stated, partly-stated; it was removed.' },
      { path: '$.regions[0].sources[0].date', message: 'date is not a date like 2021, 2021-09 or 2021-09-30; it was removed.' },
    ]);
  });
});

describe('bin/lib', () => {
  it('jsonPath() turns JSON pointers into JSON paths', () => {
    assert.equal(jsonPath(''), '$');
    assert.equal(jsonPath('/measures/3/title'), '$.measures[3].title');
    assert.equal(jsonPath('/title/pt-BR'), '$.title["pt-BR"]');
    assert.equal(jsonPath('/a~1b/c~0d'), '$["a/b"]["c~d"]');
  });

  it('parseCsv() matches translated list items by position', () => {
    const { entries, rows } = parseCsv(
      'id,region,title,stakeholders.en,stakeholders.ca\nm1,ES51,T,Libraries;NGOs,Biblioteques;ONG\n',
      'measures',
    );
    assert.deepEqual(entries[0].stakeholders, [
      { en: 'Libraries', ca: 'Biblioteques' },
      { en: 'NGOs', ca: 'ONG' },
    ]);
    assert.deepEqual(rows, [2]);
  });

  it('parseCsv() keeps values it cannot convert, so the check reports them', () => {
    const { entries } = parseCsv('region,dimension,value,synthetic\nES51,labour,n/a,maybe\n', 'scores');
    assert.deepEqual(entries[0], { region: 'ES51', dimension: 'labour', value: 'n/a', synthetic: 'maybe' });
    assert.deepEqual(
      validateFeed({
        format: 'regin-feed',
        version: '1.0',
        regions: [{ id: 'ES51', name: 'C', country: 'ES' }],
        scores: entries,
      }),
      [
        { path: '$.scores[0].synthetic', message: 'synthetic must be true or false; the score is treated as synthetic.' },
        { path: '$.scores[0].value', message: 'value is not a number from 0 to 100 (shown as no data); it was removed.' },
      ],
    );
  });
});
