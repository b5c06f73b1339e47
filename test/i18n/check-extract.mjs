#!/usr/bin/env node
// `npm run localize:check`: fails when the source code has messages that the XLIFF files in xliff/ lack
// (or the other way round), i.e. when `npm run localize:extract` and a translation round are due.
// It extracts into a temporary folder, so the files in xliff/ are left as they are.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const temp = mkdtempSync(join(tmpdir(), 'regin-localize-'));
const ids = (xml) => new Set([...xml.matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]));

try {
  const tempConfig = {
    ...config,
    tsConfig: join(root, config.tsConfig),
    inputFiles: config.inputFiles?.map((f) => join(root, f)),
    output: { ...config.output, outputDir: join(temp, 'out'), localeCodesModule: join(temp, 'locale-codes.ts') },
    interchange: { ...config.interchange, xliffDir: join(temp, 'xliff') },
  };
  writeFileSync(join(temp, 'lit-localize.json'), JSON.stringify(tempConfig));
  execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['extract', '--config', join(temp, 'lit-localize.json')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let problems = 0;
  for (const lang of config.targetLocales) {
    const source = ids(readFileSync(join(temp, 'xliff', `${lang}.xlf`), 'utf8'));
    const committed = ids(readFileSync(join(root, 'xliff', `${lang}.xlf`), 'utf8'));
    const missing = [...source].filter((id) => !committed.has(id));
    const stale = [...committed].filter((id) => !source.has(id));
    for (const id of missing) console.error(`xliff/${lang}.xlf lacks the message "${id}" (run npm run localize:extract and translate it)`);
    for (const id of stale) console.error(`xliff/${lang}.xlf has "${id}", which the source no longer uses (run npm run localize:extract)`);
    problems += missing.length + stale.length;
  }
  if (problems) process.exit(1);
  console.log(`localize:check: every message in the source is in the XLIFF files of ${config.targetLocales.join(', ')}.`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
