#!/usr/bin/env node
// The README's per-element API tables, generated from custom-elements.json (`npm run docs` regenerates
// the manifest first). Each element's block sits between
//   <!-- api:regin-x:start --> … <!-- api:regin-x:end -->
// under that element's heading; hand-written text around the markers is kept.
//
//   node scripts/readme-api.mjs           rewrite the blocks in README.md
//   node scripts/readme-api.mjs --check   exit 1 if README.md is not what the manifest gives
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);

/** One line, safe inside a Markdown table cell. */
const cell = (s) =>
  String(s ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (s) =>
  s
    ? '`' +
      String(s)
        .replace(/\s*\n\s*/g, ' ')
        .replace(/\|/g, '\\|') +
      '`'
    : '';

/** A Markdown table; columns after the first that are empty in every row are left out. */
function tableOf(head, rows) {
  if (rows.length === 0) return '';
  const keep = head.map((_, i) => i === 0 || rows.some((r) => r[i] !== ''));
  head = head.filter((_, i) => keep[i]);
  rows = rows.map((r) => r.filter((_, i) => keep[i]));
  return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join(
    '\n',
  );
}

/** The custom elements in the manifest, by tag. */
export function elementsOf(manifest) {
  const out = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (d.customElement && d.tagName) out.set(d.tagName, { ...d, module: mod.path });
    }
  }
  return out;
}

/** The generated Markdown for one element. */
export function apiMarkdown(el) {
  const parts = [];
  if (el.summary || el.description) parts.push(cell(el.summary || el.description));
  const fields = (el.members ?? []).filter((m) => m.kind === 'field' && !m.static);
  const byField = new Map(fields.map((m) => [m.name, m]));
  const attrs = el.attributes ?? [];
  const attrFields = new Set(attrs.map((a) => a.fieldName).filter(Boolean));
  const rows = attrs.map((a) => {
    const f = byField.get(a.fieldName ?? '');
    return [
      code(a.name),
      code(a.fieldName),
      code(a.type?.text ?? f?.type?.text),
      code(a.default ?? f?.default),
      cell(a.description ?? f?.description),
    ];
  });
  const propOnly = fields
    .filter((f) => !attrFields.has(f.name))
    .map((f) => [
      '',
      code(f.name),
      code(f.type?.text),
      code(f.default),
      cell((f.readonly && !/read-only/i.test(f.description ?? '') ? 'Read-only. ' : '') + (f.description ?? '')),
    ]);
  const t = tableOf(['Attribute', 'Property', 'Type', 'Default', 'Description'], [...rows, ...propOnly]);
  if (t) parts.push('**Attributes and properties**\n\n' + t);
  const methods = (el.members ?? []).filter((m) => m.kind === 'method' && !m.static);
  const m = tableOf(
    ['Method', 'Description'],
    methods.map((x) => [code(`${x.name}(${(x.parameters ?? []).map((p) => p.name).join(', ')})`), cell(x.description)]),
  );
  if (m) parts.push('**Methods**\n\n' + m);
  const ev = tableOf(
    ['Event', 'Detail', 'Description'],
    (el.events ?? []).filter((e) => e.name).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
  );
  if (ev) parts.push('**Events**\n\n' + ev);
  const slots = tableOf(
    ['Slot', 'Description'],
    (el.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
  );
  if (slots) parts.push('**Slots**\n\n' + slots);
  const cssParts = tableOf(
    ['Part', 'Description'],
    (el.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
  );
  if (cssParts) parts.push('**CSS parts** (`::part(…)`)\n\n' + cssParts);
  const props = tableOf(
    ['Custom property', 'Default', 'Description'],
    (el.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
  );
  if (props) parts.push('**CSS custom properties**\n\n' + props);
  return parts.join('\n\n');
}

const START = (tag) => `<!-- api:${tag}:start -->`;
const END = (tag) => `<!-- api:${tag}:end -->`;

/** README text with every element block regenerated; throws when a block is missing. */
export function updateReadme(readme, manifest) {
  let next = readme;
  for (const [tag, el] of elementsOf(manifest)) {
    const a = next.indexOf(START(tag));
    const b = next.indexOf(END(tag));
    if (a < 0 || b < a) throw new Error(`README.md has no ${START(tag)} … ${END(tag)} block`);
    const note = `<!-- generated from custom-elements.json by \`npm run docs\`; edit the JSDoc in ${el.module.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts')} -->`;
    next = next.slice(0, a + START(tag).length) + '\n' + note + '\n\n' + apiMarkdown(el) + '\n\n' + next.slice(b);
  }
  return next;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  const readmeUrl = new URL('README.md', root);
  const readme = readFileSync(readmeUrl, 'utf8');
  const next = updateReadme(readme, manifest);
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md API tables are out of date: run `npm run docs`');
      process.exit(1);
    }
  } else if (next !== readme) {
    writeFileSync(readmeUrl, next);
    console.log('README.md API tables updated');
  }
}
