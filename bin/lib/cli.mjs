// `regin-feed`: the feed tool for producers. `validate` checks a feed file or URL; `build` makes a feed
// from CSV files and checks it.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import { LoadError, loadJson } from './load.mjs';
import { buildAndCheck, feedJson, problemLine } from './produce.mjs';
import { feedToCsv } from './to-csv.mjs';
import { counts, validateFeed } from './validate.mjs';

/** The package's files, from bin/lib/ in the repository and from dist/cli/ in the package alike. */
const packageFile = (path) => new URL(`../../${path}`, import.meta.url);

/** Where the columns are described, in an installed package. */
const COLUMN_DOCS = 'node_modules/regin-widgets/examples/csv/README.md';

export const USAGE = `Usage:
  regin-feed validate <file-or-url> [--timeout <seconds>]
      Checks a regin-feed against the JSON Schema and the rules a schema cannot express (unique ids,
      references, scales, dates, links). Exit 0: valid. Exit 1: one line per problem, "<JSON path>: <reason>".

  regin-feed build --regions <csv> [--partners <csv>] [--scores <csv>] [--measures <csv>] [--baselines <csv>]
                   [--dimensions <csv> [--framework-id <id>] [--scale <min,max>]] [--feed <csv>]
                   [--title <text>] [--attribution <text>]... [--sample] [--updated <date>]
                   [--decimal , | --decimal .] --out <feed.json>
      Builds a feed from CSV files, writes it, then checks it. The files may be UTF-8 (with or without
      BOM), UTF-16 (Excel's "Unicode text") or Windows-1252 (Excel's "CSV" in Western Europe; a note says
      so). --decimal says which sign the files use for decimals, so that 1.500 or 120.000 can be read.
      Columns: README.md of "regin-feed init", or ${COLUMN_DOCS}.
      Exit 0: valid. Exit 1: the feed was written, but has the problems listed (or, for a file that
      cannot be read, was not written).

  regin-feed init [dir]
      Writes the built-in REGIN feed as CSV templates (feed.csv, dimensions.csv, regions.csv,
      partners.csv, scores.csv, baselines.csv, measures.csv) and README.md describing their columns
      into dir (default: regin-feed-csv). Edit them, then build with:
      regin-feed build --feed feed.csv --dimensions dimensions.csv --regions regions.csv ... --out feed.json

  regin-feed --version
  regin-feed help
`;

/** @typedef {{ write(s: string): unknown }} Out */

/**
 * Runs the tool; returns the exit code (0 valid, 1 invalid, 2 wrong usage).
 * @param {string[]} argv
 * @param {{ stdout: Out, stderr: Out }} io
 */
export async function main(argv, { stdout, stderr }) {
  const [command, ...rest] = argv;
  const line = (out, s) => out.write(`${s}\n`);
  try {
    if (command === 'validate') return await validate(rest, line.bind(null, stdout), line.bind(null, stderr));
    if (command === 'build') return await build(rest, line.bind(null, stdout), line.bind(null, stderr));
    if (command === 'init') return await init(rest, line.bind(null, stdout), line.bind(null, stderr));
    if (command === '--version' || command === '-v' || command === 'version') {
      line(stdout, pkg.version);
      return 0;
    }
    if (command === 'help' || command === '--help' || command === '-h') {
      stdout.write(USAGE);
      return 0;
    }
    stderr.write(command ? `regin-feed: unknown command "${command}"\n\n${USAGE}` : USAGE);
    return 2;
  } catch (err) {
    if (err instanceof UsageError) {
      line(stderr, `regin-feed ${command}: ${err.message}\n`);
      stderr.write(USAGE);
      return 2;
    }
    throw err;
  }
}

class UsageError extends Error {}

function parse(args, options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(err.message);
  }
}

async function validate(args, out, err) {
  const { values, positionals } = parse(args, { timeout: { type: 'string' } });
  if (positionals.length !== 1) throw new UsageError('give exactly one file or URL');
  const source = positionals[0];
  const timeout = values.timeout === undefined ? 15 : Number(values.timeout);
  if (!(timeout > 0)) throw new UsageError('--timeout must be a number of seconds');
  let feed;
  try {
    feed = await loadJson(source, { timeoutMs: timeout * 1000 });
  } catch (e) {
    if (!(e instanceof LoadError)) throw e;
    out(`$: ${e.message}`);
    return 1;
  }
  return summary(validateFeed(feed), feed, source, out, err);
}

const TEMPLATE_FILES = ['feed', 'dimensions', 'regions', 'partners', 'scores', 'baselines', 'measures'];

async function init(args, out, err) {
  const { positionals } = parse(args, {});
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  const dir = positionals[0] ?? 'regin-feed-csv';
  const builtin = JSON.parse(await readBuiltin());
  const files = { ...feedToCsv(builtin), 'README.md': await readFile(packageFile('examples/csv/README.md'), 'utf8') };
  const existing = Object.keys(files).filter((name) => existsSync(join(dir, name)));
  if (existing.length) {
    out(`$: ${dir} already has ${existing.join(', ')}; nothing was written. Choose another directory: regin-feed init <dir>`);
    return 1;
  }
  await mkdir(dir, { recursive: true });
  // A byte order mark, so that Excel opens the templates as UTF-8.
  for (const [name, text] of Object.entries(files))
    await writeFile(join(dir, name), name.endsWith('.csv') ? `\uFEFF${text}` : text);
  err(`wrote ${Object.keys(files).join(', ')} in ${dir}`);
  err(`build: regin-feed build ${TEMPLATE_FILES.map((c) => `--${c} ${join(dir, `${c}.csv`)}`).join(' ')} --out feed.json`);
  return 0;
}

/** The built-in feed: dist/assets/ once built (and in the package), src/assets/ in the repository. */
async function readBuiltin() {
  for (const path of ['dist/assets/regin-feed.json', 'src/assets/regin-feed.json']) {
    try {
      return await readFile(packageFile(path), 'utf8');
    } catch {
      // the next place
    }
  }
  throw new Error('the built-in feed is missing from the regin-widgets package');
}

async function build(args, out, err) {
  const { values, positionals } = parse(args, {
    feed: { type: 'string' },
    regions: { type: 'string' },
    partners: { type: 'string' },
    scores: { type: 'string' },
    baselines: { type: 'string' },
    measures: { type: 'string' },
    dimensions: { type: 'string' },
    'framework-id': { type: 'string' },
    scale: { type: 'string' },
    title: { type: 'string' },
    attribution: { type: 'string', multiple: true },
    sample: { type: 'boolean' },
    updated: { type: 'string' },
    decimal: { type: 'string' },
    out: { type: 'string' },
  });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  if (!values.regions) throw new UsageError('--regions <csv> is required');
  if (!values.out) throw new UsageError('--out <feed.json> is required');
  if (values.decimal !== undefined && values.decimal !== ',' && values.decimal !== '.')
    throw new UsageError('--decimal must be , or .');
  let scale;
  if (values.scale !== undefined) {
    scale = values.scale.split(',').map(Number);
    if (scale.length !== 2 || !scale.every(Number.isFinite)) throw new UsageError('--scale must be <min,max>, e.g. 0,100');
  }
  const files = {};
  for (const collection of TEMPLATE_FILES) {
    const path = values[collection];
    if (path === undefined) continue;
    try {
      files[collection] = { name: basename(path), bytes: new Uint8Array(await readFile(path)) };
    } catch (e) {
      out(`$: cannot read ${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
      return 1;
    }
  }
  const { feed, problems, notes } = buildAndCheck(files, {
    title: values.title,
    sample: values.sample,
    updated: values.updated,
    attribution: values.attribution,
    frameworkId: values['framework-id'],
    scale,
    decimal: values.decimal,
  });
  for (const note of notes) err(`note: ${note}`);
  if (!feed) {
    for (const p of problems) out(problemLine(p));
    err(`${values.out} was not written.`);
    return 1;
  }
  await writeFile(values.out, feedJson(feed));
  err(`wrote ${values.out}`);
  return summary(problems, feed, values.out, out, err);
}

function summary(problems, feed, source, out, err) {
  if (problems.length === 0) {
    const c = counts(feed);
    err(
      `${source}: valid regin-feed ${feed.version} — ${c.regions} regions, ${c.partners} partners, ${c.scores} scores, ${c.baselines} baselines, ${c.measures} measures.`,
    );
    return 0;
  }
  for (const p of problems) out(problemLine(p));
  err(`${source}: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}.`);
  return 1;
}
