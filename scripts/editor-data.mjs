#!/usr/bin/env node
// Editor support generated from custom-elements.json (`npm run docs` runs it after the manifest):
//   vscode.html-custom-data.json  VS Code's HTML custom data (tags, attributes, their values)
//   web-types.json                JetBrains IDEs' web-types (elements, attributes, properties, events)
// Both ship in the package; package.json's `web-types` field points JetBrains IDEs at the second.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The elements with their inherited attributes, in manifest order. */
export function elementsOf(m) {
  return m.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement && d.tagName));
}

/** `'map' | 'list'` → ['map', 'list']; anything else (string, number …) → []. */
export function literalValues(typeText = '') {
  const parts = typeText
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined' && p !== 'null');
  return parts.length > 0 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : [];
}

const describe = (d) => [d.summary, d.description].filter(Boolean).join('\n\n');

/**
 * An element's attributes as both editors list them: name, description, what `extra(attribute, values)`
 * adds for the one editor, then the allowed values of a literal type (`'map' | 'list'`).
 */
function attributesOf(el, extra) {
  return (el.attributes ?? []).map((a) => {
    const values = literalValues(a.type?.text);
    return {
      name: a.name,
      description: a.description ?? '',
      ...extra(a, values),
      ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
    };
  });
}

export function vscodeData(elements) {
  return {
    version: 1.1,
    tags: elements.map((el) => ({
      name: el.tagName,
      description: describe(el),
      attributes: attributesOf(el, (a) => (a.type?.text === 'boolean' ? { valueSet: 'v' } : {})),
    })),
  };
}

export function webTypes(elements) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((el) => ({
          name: el.tagName,
          description: describe(el),
          attributes: attributesOf(el, (a, values) => ({
            value: values.length
              ? { type: 'enum', kind: 'plain' }
              : { type: a.type?.text ?? 'string', kind: a.type?.text === 'boolean' ? 'no-value' : 'plain' },
          })),
          events: (el.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
          js: {
            properties: (el.members ?? [])
              .filter((m) => m.kind === 'field' && !m.static)
              .map((m) => ({
                name: m.name,
                description: m.description ?? '',
                type: m.type?.text,
                ...(m.readonly ? { 'read-only': true } : {}),
              })),
            events: (el.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '', type: e.type?.text })),
          },
        })),
      },
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const elements = elementsOf(manifest);
  writeFileSync(join(root, 'vscode.html-custom-data.json'), JSON.stringify(vscodeData(elements), null, 2) + '\n');
  writeFileSync(join(root, 'web-types.json'), JSON.stringify(webTypes(elements), null, 2) + '\n');
}
