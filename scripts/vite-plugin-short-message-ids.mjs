// Build-time short message ids. Every UI string is written `msg('English', { id: 'cards.card.open' })`
// and each language module (src/generated/locales/*.ts, written by `lit-localize build`) maps the same
// ids to its translations. At run time the id is only a key that must match between the two, so a build
// swaps each translated id for a short one ('0', '1' … '5j') in both places: the long, descriptive ids
// stay in the sources and the XLIFF files for translators, the bundle and the language files shrink.
//
// The short id of a message is its position in the sorted list of every id that any language module
// translates, so every module of a build (and every build of the same sources) agrees. Ids that no
// language translates are left as they are (they show the English source in every language anyway).
// Only `msg(…, { id: '…' })` calls (as `msg`, `i18n.msg`, `this.i18n.msg`) and the keys of a language
// module's `templates` object are changed.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync } from 'vite';
import { applyEdits, walk } from './vite-plugin-minify-templates.mjs';

/** The language modules of this project. */
const LOCALES_DIR = fileURLToPath(new URL('../src/generated/locales', import.meta.url));

function parse(code, filename) {
  const lang = /\.tsx?$/.test(filename) ? 'ts' : 'js';
  const { program, errors } = parseSync(filename, code, { lang, sourceType: 'module' });
  if (errors.length) throw new Error(`${filename}: ${errors[0].message}`);
  return program;
}

const isString = (node) => node?.type === 'Literal' && typeof node.value === 'string';
const keyName = (prop) => (prop.computed ? undefined : prop.key.type === 'Identifier' ? prop.key.name : isString(prop.key) ? prop.key.value : undefined);

/** The `templates` object literal of a language module, or `undefined`. */
function templatesObject(program) {
  for (const node of program.body) {
    const decl = node.type === 'ExportNamedDeclaration' ? node.declaration : undefined;
    if (decl?.type !== 'VariableDeclaration') continue;
    for (const d of decl.declarations) {
      if (d.id.type === 'Identifier' && d.id.name === 'templates' && d.init?.type === 'ObjectExpression') return d.init;
    }
  }
  return undefined;
}

/**
 * The message ids a language module translates (the keys of its exported `templates`).
 *
 * @param {string} code
 * @param {string} filename
 * @returns {string[]}
 */
export function translatedIds(code, filename) {
  const object = templatesObject(parse(code, filename));
  if (!object) throw new Error(`${filename}: no \`export const templates = {…}\``);
  return object.properties.flatMap((p) => (p.type === 'Property' && isString(p.key) ? [p.key.value] : []));
}

/**
 * Short ids for `ids`: each id's position in their sorted, de-duplicated list, in base 36.
 *
 * @param {Iterable<string>} ids
 * @returns {Map<string, string>}
 */
export function shortIds(ids) {
  const sorted = [...new Set(ids)].sort();
  return new Map(sorted.map((id, i) => [id, i.toString(36)]));
}

/** Whether `callee` is `msg`, `x.msg` or `this.x.msg`. */
const isMsg = (callee) =>
  (callee.type === 'Identifier' && callee.name === 'msg') ||
  (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && callee.property.name === 'msg');

/**
 * Replaces the message ids in one module: in `msg` calls, or, when `locale` is set, in the keys of the
 * module's `templates`. Returns `null` when nothing changed.
 *
 * @param {string} code
 * @param {string} filename
 * @param {Map<string, string>} ids long id → short id
 * @param {{ locale?: boolean }} [options]
 */
export function shortenMessageIds(code, filename, ids, { locale = false } = {}) {
  if (!locale && !code.includes('msg')) return null;
  const program = parse(code, filename);
  const shortValues = new Set(ids.values());
  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  const replace = (literal) => {
    const short = ids.get(literal.value);
    if (short === undefined) {
      if (shortValues.has(literal.value)) throw new Error(`${filename}: the message id "${literal.value}" looks like a short id`);
      return;
    }
    edits.push({ start: literal.start, end: literal.end, text: `'${short}'` });
  };
  if (locale) {
    const object = templatesObject(program);
    if (!object) throw new Error(`${filename}: no \`export const templates = {…}\``);
    for (const p of object.properties) if (p.type === 'Property' && isString(p.key)) replace(p.key);
  } else {
    walk(program, (node) => {
      if (node.type !== 'CallExpression' || !isMsg(node.callee)) return;
      const options = node.arguments[1];
      if (options?.type !== 'ObjectExpression') return;
      for (const p of options.properties) {
        if (p.type === 'Property' && keyName(p) === 'id' && isString(p.value)) replace(p.value);
      }
    });
  }
  if (edits.length === 0) return null;
  for (const e of edits) {
    const quoted = code.slice(e.start, e.end);
    if (!/^(['"]).*\1$/s.test(quoted)) throw new Error(`${filename}: unexpected id literal ${quoted} at ${e.start}`);
  }
  edits.sort((a, b) => a.start - b.start);
  return applyEdits(code, edits, filename);
}

/**
 * The Vite plugin: short message ids in the project's own modules and language modules, in builds.
 *
 * @param {{ localesDir?: string }} [options] the folder of the language modules (default: this project's)
 * @returns {import('vite').Plugin}
 */
export default function shortMessageIds({ localesDir = LOCALES_DIR } = {}) {
  const dir = resolve(localesDir);
  /** @type {Map<string, string>} */
  let ids = new Map();
  const isLocale = (id) => resolve(id).startsWith(dir + sep);
  return {
    name: 'regin-short-message-ids',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      const files = readdirSync(dir).filter((f) => /\.[jt]s$/.test(f)).sort();
      ids = shortIds(files.flatMap((f) => translatedIds(readFileSync(join(dir, f), 'utf8'), f)));
    },
    transform: {
      filter: { id: { include: /\.[cm]?[jt]s$/, exclude: /[\\/]node_modules[\\/]|\0/ } },
      handler(code, id) {
        const file = id.split('?')[0];
        return shortenMessageIds(code, file, ids, { locale: isLocale(file) });
      },
    },
  };
}
