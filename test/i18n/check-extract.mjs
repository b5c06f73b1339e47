#!/usr/bin/env node
// `npm run localize:check`: fails when the source code has messages that the XLIFF files in xliff/ lack
// (or the other way round), or whose English text (placeholders included) is not the one the XLIFF
// files were translated from, i.e. when `npm run localize:extract` and a translation round are due.
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
/** id → the English `<source>` of each trans-unit. */
const sources = (xml) =>
  new Map([...xml.matchAll(/<trans-unit id="([^"]+)">\s*<source>(.*?)<\/source>/gs)].map((m) => [m[1], m[2]]));

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
  const lacking = new Map(); // id → locales whose XLIFF lacks it
  const unused = new Map(); // id → locales whose XLIFF has it although the source no longer does
  const changed = new Map(); // id → locales whose XLIFF was translated from another English text
  const add = (map, id, lang) => map.set(id, [...(map.get(id) ?? []), lang]);
  let source = new Set();
  for (const lang of config.targetLocales) {
    source = ids(readFileSync(join(temp, 'xliff', `${lang}.xlf`), 'utf8'));
    const committed = ids(readFileSync(join(root, 'xliff', `${lang}.xlf`), 'utf8'));
    for (const id of source) if (!committed.has(id)) add(lacking, id, lang);
    for (const id of committed) if (!source.has(id)) add(unused, id, lang);
    const now = sources(readFileSync(join(temp, 'xliff', `${lang}.xlf`), 'utf8'));
    for (const [id, text] of sources(readFileSync(join(root, 'xliff', `${lang}.xlf`), 'utf8'))) {
      if (now.has(id) && now.get(id) !== text) add(changed, id, lang);
    }
  }
  for (const [id, langs] of lacking) console.error(`missing from xliff/{${langs.join(',')}}.xlf: "${id}"`);
  for (const [id, langs] of unused) console.error(`no longer in the source, still in xliff/{${langs.join(',')}}.xlf: "${id}"`);
  for (const [id, langs] of changed)
    console.error(`the English text of "${id}" changed since xliff/{${langs.join(',')}}.xlf was written: check its translation`);
  // msg() without an `id` gets a hash of its English text, which changes whenever the English does
  const generated = [...source].filter((id) => /^[sh][0-9a-f]{16}$/.test(id));
  for (const id of generated) console.error(`a msg() call has no stable id (generated "${id}"): add { id: 'area.key' }`);
  // Widgets translate plain strings and str`…` templates; a msg(html`…`) would never be translated
  const xml = readFileSync(join(temp, 'xliff', `${config.targetLocales[0]}.xlf`), 'utf8');
  const markup = [...xml.matchAll(/<trans-unit id="([^"]+)">\s*<source>(.*?)<\/source>/gs)]
    .filter(([, , source]) => [...source.matchAll(/equiv-text="([^"]*)"/g)].some(([, e]) => !e.startsWith('${')))
    .map(([, id]) => id);
  for (const id of markup)
    console.error(`"${id}" is an html\`…\` message: write it as a string or str\`…\` (markup stays outside msg)`);
  // Every trans-unit closed before the next opens (a merge can leave one open: the file is then not XML)
  const unclosed = [];
  for (const lang of config.targetLocales) {
    let open = false;
    for (const [tag] of readFileSync(join(root, 'xliff', `${lang}.xlf`), 'utf8').matchAll(/<\/?trans-unit\b/g)) {
      if (tag === '<trans-unit' && open) unclosed.push(lang);
      open = tag === '<trans-unit';
    }
  }
  for (const lang of new Set(unclosed))
    console.error(`xliff/${lang}.xlf has a <trans-unit> that is never closed: it is not well-formed XML`);
  const problems = lacking.size + unused.size + changed.size + generated.length + markup.length + unclosed.length;
  if (lacking.size + unused.size + changed.size)
    console.error('Run npm run localize:extract, translate the new <trans-unit>s, then npm run localize:build.');
  if (problems) process.exit(1);
  console.log(`localize:check: every message in the source is in the XLIFF files of ${config.targetLocales.join(', ')}.`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
