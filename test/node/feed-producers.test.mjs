// The feed tool as policy officers use it: spreadsheets as offices export them (encodings, numbers as
// people type them), `init` templates that build the built-in feed again, `--version`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readNumber } from '../../bin/lib/csv.mjs';
import { decodeText, InputError } from '../../bin/lib/decode.mjs';
import { buildAndCheck } from '../../bin/lib/produce.mjs';
import { feedToCsv } from '../../bin/lib/to-csv.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/regin-feed.mjs');
// bin/ runs the product's TypeScript feed code as it is, through these hooks (the package ships it bundled).
const register = join(root, 'bin/dev/register.mjs');
const example = (name) => join(root, 'examples/csv', name);

function run(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', register, bin, ...args], { cwd: root, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, lines: stdout.split('\n').filter(Boolean), stdout, stderr });
    });
  });
}

/** Windows-1252 bytes of a Latin-1 string (every character below U+0100 here). */
const cp1252 = (s) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf16le = (s, bom) => {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const text = bom ? `\uFEFF${s}` : s;
  for (let i = 0; i < text.length; i++) {
    out[2 * i] = text.charCodeAt(i) & 0xff;
    out[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
};
const utf16be = (s) => {
  const le = utf16le(s, true);
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
};
const utf8 = (s) => new TextEncoder().encode(s);

const REGIONS = 'id,name.es,name.sv,country,lon,lat\nES61,Andalucía,Andalusien,ES,-4.5,37.4\nSE224,Skåne,Skåne,SE,13.6,55.95\n';
const NAMES = [
  { es: 'Andalucía', sv: 'Andalusien' },
  { es: 'Skåne', sv: 'Skåne' },
];

let tmp;
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'regin-feed-producers-'));
});
after(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('encodings', () => {
  for (const [label, bytes, note] of [
    ['UTF-8 without BOM', utf8(REGIONS), false],
    ['UTF-8 with BOM (Excel "CSV UTF-8")', utf8(`\uFEFF${REGIONS}`), false],
    ['Windows-1252 (Excel "CSV" in Western Europe)', cp1252(REGIONS), true],
    ['UTF-16 LE with BOM, tab-separated (Excel "Unicode text")', utf16le(REGIONS.replaceAll(',', '\t'), true), false],
    ['UTF-16 LE without BOM', utf16le(REGIONS, false), false],
    ['UTF-16 BE with BOM', utf16be(REGIONS), false],
  ]) {
    it(`builds the same names from ${label}`, async () => {
      const file = join(tmp, 'regions.csv');
      await writeFile(file, bytes);
      const out = join(tmp, 'enc.json');
      const { code, stdout, stderr } = await run('build', '--regions', file, '--out', out, '--updated', '2026-12-01');
      assert.equal(code, 0, stdout + stderr);
      const feed = JSON.parse(await readFile(out, 'utf8'));
      assert.deepEqual(
        feed.regions.map((r) => r.name),
        NAMES,
      );
      assert.doesNotMatch(await readFile(out, 'utf8'), /\uFFFD/);
      if (note) assert.match(stderr, /note: regions\.csv is not UTF-8; it was read as Windows-1252 .*"CSV UTF-8"/);
      else assert.doesNotMatch(stderr, /note:/);
    });
  }

  it('refuses a file whose characters were already lost, without writing a feed', async () => {
    const file = join(tmp, 'lost.csv');
    await writeFile(file, 'id,name,country\nES61,Andaluc\uFFFDa,ES\n');
    const out = join(tmp, 'lost.json');
    const { code, lines, stderr } = await run('build', '--regions', file, '--out', out);
    assert.equal(code, 1);
    assert.match(lines[0], /^\$: lost\.csv contains "\uFFFD" at line 2, column 13: .*Save As.*CSV UTF-8/);
    assert.match(stderr, /lost\.json was not written/);
    await assert.rejects(readFile(out));
  });

  it('refuses a workbook and bytes that are no text, saying how to save as CSV UTF-8', () => {
    assert.throws(
      () => decodeText(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 1, 2), 'regions.xlsx'),
      (e) => e instanceof InputError && /regions\.xlsx is a workbook.*CSV UTF-8/.test(e.message),
    );
    assert.throws(
      () => decodeText(Uint8Array.of(0x41, 0x81, 0x42), 'x.csv'),
      /x\.csv is not a text file .*line 1, column 2.*CSV UTF-8/,
    );
    assert.throws(() => decodeText(utf8('a,b\n1,\u0000\n'), 'nul.csv'), /control character at line 2, column 3/);
  });
});

describe('numbers as people type them', () => {
  it('reads unambiguous forms as before', () => {
    for (const [cell, value] of [
      ['67,5', 67.5],
      ['1234.5', 1234.5],
      ['1234,567', 1234.567],
      ['120 000', 120000],
      ['0.125', 0.125],
      ['-3', -3],
      ['12\u00A0500', 12500],
    ]) {
      assert.deepEqual(readNumber(cell), { value }, cell);
    }
    for (const cell of ['1.234.567,89', '15/03/2019', 'sí', '0x10']) assert.deepEqual(readNumber(cell), { value: cell }, cell);
  });

  it('refuses a number that reads two ways, with both readings and the fix', () => {
    const { value, problem } = readNumber('120.000');
    assert.equal(value, '120.000');
    assert.match(
      problem,
      /"120\.000" reads two ways: 120000 if "\." separates thousands, or 120 if "\." is the decimal sign\. Write 120000 without a separator.*--decimal/,
    );
    assert.match(readNumber('1.500').problem, /1500 .* or 1\.5 /);
    assert.match(readNumber('2,500').problem, /2500 .* or 2\.5 /);
    assert.equal(readNumber('41.801', undefined, 90).problem, undefined);
    assert.equal(readNumber('41.801', undefined, 90).value, 41.801);
  });

  it('reads per --decimal', () => {
    assert.equal(readNumber('120.000', ',').value, 120000);
    assert.equal(readNumber('1.234.567,89', ',').value, 1234567.89);
    assert.equal(readNumber('120.000', '.').value, 120);
    assert.equal(readNumber('1,234.5', '.').value, 1234.5);
    assert.equal(readNumber('67,5', '.').value, '67,5');
  });

  it('build: an ambiguous cell is one problem at its row and column; --decimal reads it', async () => {
    const measures = join(tmp, 'measures-num.csv');
    await writeFile(measures, 'id;region;title;budget;currency\nm1;ES51;Courses;120.000;EUR\nm2;ES51;Fair;"67,5";EUR\n');
    const out = join(tmp, 'num.json');
    const refused = await run('build', '--regions', example('regions.csv'), '--measures', measures, '--out', out);
    assert.equal(refused.code, 1);
    assert.deepEqual(refused.lines, [
      '$.measures[0].budget.amount: "120.000" reads two ways: 120000 if "." separates thousands, or 120 if "." is the decimal sign. Write 120000 without a separator, or 120 with fewer decimals, or say which sign the file uses for decimals (regin-feed build --decimal , or --decimal .). (measures-num.csv, row 2, column D "budget")',
    ]);
    const regions = join(tmp, 'regions-comma.csv');
    await writeFile(regions, 'id;name;country;lon;lat\nES51;Catalunya;ES;1,508;41,801\n');
    const read = await run('build', '--regions', regions, '--measures', measures, '--decimal', ',', '--out', out);
    assert.equal(read.code, 0, read.stdout);
    const feed = JSON.parse(await readFile(out, 'utf8'));
    assert.deepEqual(
      feed.measures.map((m) => m.budget.amount),
      [120000, 67.5],
    );
    assert.deepEqual(feed.regions[0].location, [1.508, 41.801]);
    assert.equal((await run('build', '--regions', example('regions.csv'), '--decimal', ';', '--out', out)).code, 2);
  });
});

describe('init, --version, help', () => {
  it('--version prints the package version', async () => {
    const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
    const { code, stdout } = await run('--version');
    assert.equal(code, 0);
    assert.equal(stdout, `${version}\n`);
  });

  it('help points to the column docs that ship in the package', async () => {
    const { stdout } = await run('help');
    assert.match(stdout, /node_modules\/regin-widgets\/examples\/csv\/README\.md/);
    assert.match(stdout, /regin-feed init \[dir\]/);
    assert.match(stdout, /--decimal/);
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
    assert.ok(pkg.files.includes('examples/csv'));
  });

  it('init writes the templates and README, and building them gives the built-in feed again', async () => {
    const dir = join(tmp, 'templates');
    const init = await run('init', dir);
    assert.equal(init.code, 0, init.stdout);
    assert.deepEqual((await readdir(dir)).sort(), [
      'README.md',
      'baselines.csv',
      'dimensions.csv',
      'feed.csv',
      'measures.csv',
      'partners.csv',
      'regions.csv',
      'scores.csv',
    ]);
    assert.equal(await readFile(join(dir, 'README.md'), 'utf8'), await readFile(example('README.md'), 'utf8'));
    const header = (await readFile(join(dir, 'measures.csv'), 'utf8')).split('\n')[0];
    assert.ok(header.startsWith('\uFEFF'), 'a BOM, so that Excel opens it as UTF-8');
    for (const column of ['sources', 'verification']) assert.ok(header.split(',').includes(column), column);
    const out = join(tmp, 'again.json');
    const args = ['feed', 'dimensions', 'regions', 'partners', 'scores', 'baselines', 'measures'].flatMap((c) => [
      `--${c}`,
      join(dir, `${c}.csv`),
    ]);
    const built = await run('build', ...args, '--out', out);
    assert.equal(built.code, 0, built.stdout);
    const builtin = JSON.parse(await readFile(join(root, 'src/assets/regin-feed.json'), 'utf8'));
    assert.deepEqual(JSON.parse(await readFile(out, 'utf8')), withoutEmptyLists(builtin));
    const again = await run('init', dir);
    assert.equal(again.code, 1);
    assert.match(again.lines[0], /already has feed\.csv.*nothing was written/);
  });

  it('the templates carry the sample column when a feed has sample measures', () => {
    const feed = {
      format: 'regin-feed',
      version: '1.1',
      updated: '2026-12-01',
      regions: [{ id: 'ES51', name: 'Catalonia', country: 'ES' }],
      measures: [
        {
          id: 'm1',
          region: 'ES51',
          title: { en: 'Courses' },
          sample: true,
          verification: 'stated',
          budget: { amount: 2.125, currency: 'EUR' },
        },
      ],
    };
    const csv = feedToCsv(feed);
    assert.match(
      csv['measures.csv'],
      /^id,region,title\.en,budget,currency,verification,sample\nm1,ES51,Courses,2\.1250,EUR,stated,yes\n$/,
    );
    const files = Object.fromEntries(
      Object.entries(csv).map(([name, text]) => [name.replace('.csv', ''), { name, bytes: utf8(text) }]),
    );
    const { feed: back, problems } = buildAndCheck(files);
    assert.deepEqual(problems, []);
    assert.deepEqual(back, feed);
  });

  it("a source's date that does not exist is reported by the widgets' check, at its row and column", () => {
    const files = {
      regions: { name: 'regions.csv', bytes: utf8('id,name,country\nES51,Catalonia,ES\n') },
      measures: {
        name: 'measures.csv',
        bytes: utf8('id,region,title,sources\nm1,ES51,Courses,https://a.example/law (2021-13)\n'),
      },
    };
    const { feed, problems } = buildAndCheck(files);
    assert.deepEqual(feed.measures[0].sources, [{ url: 'https://a.example/law', date: '2021-13' }]);
    assert.deepEqual(
      problems.map((p) => [p.path, p.message]),
      [['$.measures[0].sources[0].date', 'date is not a date like 2021, 2021-09 or 2021-09-30; it was removed.']],
    );
    assert.match(problems[0].where, /^measures\.csv, row 2/);
  });
});

/** A spreadsheet cell cannot tell an empty list from no list: the round trip leaves empty lists out. */
function withoutEmptyLists(value) {
  if (Array.isArray(value)) return value.map(withoutEmptyLists);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => !(Array.isArray(v) && v.length === 0))
        .map(([k, v]) => [k, withoutEmptyLists(v)]),
    );
  }
  return value;
}
