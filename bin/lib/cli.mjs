// `regin-feed`: the feed tool for producers. `validate` checks a feed file or URL; `build` makes a feed
// from CSV files and checks it.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildFeed } from './csv.mjs';
import { LoadError, loadJson } from './load.mjs';
import { counts, validateFeed } from './validate.mjs';

export const USAGE = `Usage:
  regin-feed validate <file-or-url> [--timeout <seconds>]
      Checks a regin-feed against the JSON Schema and the rules a schema cannot express (unique ids,
      references, scales, dates, links). Exit 0: valid. Exit 1: one line per problem, "<JSON path>: <reason>".

  regin-feed build --regions <csv> [--partners <csv>] [--scores <csv>] [--measures <csv>] [--baselines <csv>]
                   [--dimensions <csv> [--framework-id <id>] [--scale <min,max>]]
                   [--title <text>] [--attribution <text>]... [--sample] [--updated <date>]
                   --out <feed.json>
      Builds a feed from CSV files (columns: see examples/csv/README.md in the regin-widgets package), writes it, then checks it.
      Exit 0: valid. Exit 1: the feed was written, but has the problems listed.

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
  return report(validateFeed(feed), feed, source, out, err);
}

function report(problems, feed, source, out, err, rowOf = () => undefined) {
  if (problems.length === 0) {
    const c = counts(feed);
    err(`${source}: valid regin-feed ${feed.version} — ${c.regions} regions, ${c.partners} partners, ${c.scores} scores, ${c.baselines} baselines, ${c.measures} measures.`);
    return 0;
  }
  for (const p of problems) {
    const where = rowOf(p.path);
    out(`${p.path}: ${p.message}${where ? ` (${where})` : ''}`);
  }
  err(`${source}: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}.`);
  return 1;
}

async function build(args, out, err) {
  const { values, positionals } = parse(args, {
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
    out: { type: 'string' },
  });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  if (!values.regions) throw new UsageError('--regions <csv> is required');
  if (!values.out) throw new UsageError('--out <feed.json> is required');
  let scale;
  if (values.scale !== undefined) {
    scale = values.scale.split(',').map(Number);
    if (scale.length !== 2 || !scale.every(Number.isFinite)) throw new UsageError('--scale must be <min,max>, e.g. 0,100');
  }
  let built;
  try {
    built = await buildFeed(
      { regions: values.regions, partners: values.partners, scores: values.scores, baselines: values.baselines, measures: values.measures, dimensions: values.dimensions },
      { title: values.title, sample: values.sample, updated: values.updated, attribution: values.attribution, frameworkId: values['framework-id'], scale },
    );
  } catch (e) {
    out(`$: ${e.message}`);
    return 1;
  }
  for (const note of built.notes) err(`note: ${note}`);
  await writeFile(values.out, `${JSON.stringify(built.feed, null, 2)}\n`);
  err(`wrote ${values.out}`);
  return report(validateFeed(built.feed), built.feed, values.out, out, err, built.rowOf);
}
