// Build-time minification of Lit templates: the static parts of `html`…``, `svg`…`` and `css`…``
// lose the indentation, comments and spacing that only the source needs. The JavaScript minifier
// leaves template literals alone (their text is data to it); for Lit that text is markup and CSS, so
// most of it is safe to shrink and it is a large part of the bundle.
//
// What changes (and why each is safe):
// - html/svg, between tags and in text: a run of whitespace that holds a line break becomes one line
//   break. Browsers render both the same under `white-space: normal`, `nowrap` and `pre-line`, and the
//   widgets set `white-space: normal` on their host. Runs without a line break are left as written.
// - html/svg, inside a tag: whitespace between attributes becomes one space; before `>` it goes.
// - Never touched: attribute values, comments, and the content of <pre>, <textarea>, <script>, <style>,
//   and the SVG text elements <text>, <tspan>, <textPath>, <title>, <desc> (whitespace there is shown or
//   read out).
// - css: comments go; whitespace collapses to one space and goes next to `{ } ; , ) (` and after `:`
//   (never before `:`: `a :hover` and `a:hover` are different selectors); a `;` before `}` goes. Strings
//   are kept as written. A `;` at the very end of a template stays, because such a template may be a
//   list of declarations that another template continues (`${tokens} color: red`).
// - Expressions (`${…}`) stay where they are, so Lit sees the same number of parts in the same places.
//   A template whose markup cannot be followed with certainty (a backslash escape in its static text,
//   or one that ends inside a tag, quote or comment) is left exactly as written.
//
// Only tags imported from Lit (`lit`, `lit-html`, `lit-element`) are treated as Lit templates, under
// whatever local name they were imported.
import { parseSync } from 'vite';

const LIT_MODULES = /^(?:lit|lit-html|lit-element)(?:\/index\.js)?$/;
const KINDS = { html: 'html', svg: 'html', css: 'css' };
/** Elements whose content keeps its whitespace as written. */
const RAW_ELEMENTS = new Set(['pre', 'textarea', 'script', 'style', 'text', 'tspan', 'textpath', 'title', 'desc']);

const isSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
const isLetter = (c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const NAME_CHAR = /[A-Za-z0-9:_.-]/;

/**
 * Minifies the static parts of one html/svg template, given as the raw texts between its expressions.
 * Returns an array of the same length, or the input itself when the template is left as written.
 *
 * @param {readonly string[]} strings
 * @returns {readonly string[]}
 */
export function minifyHtmlStrings(strings) {
  if (strings.some((s) => s.includes('\\'))) return strings;
  /** @type {'text' | 'tag' | 'dq' | 'sq' | 'comment' | 'raw'} */
  let state = 'text';
  let tagName = '';
  let closing = false;
  let rawName = '';
  const out = strings.map((s) => {
    let o = '';
    let i = 0;
    while (i < s.length) {
      const c = s[i];
      switch (state) {
        case 'text': {
          if (isSpace(c)) {
            let j = i;
            while (j < s.length && isSpace(s[j])) j++;
            const run = s.slice(i, j);
            o += run.includes('\n') ? '\n' : run;
            i = j;
            continue;
          }
          if (c === '<' && s.startsWith('<!--', i)) {
            state = 'comment';
            o += '<!--';
            i += 4;
            continue;
          }
          const slash = s[i + 1] === '/';
          if (c === '<' && isLetter(s[i + (slash ? 2 : 1)] ?? '')) {
            let j = i + (slash ? 2 : 1);
            while (j < s.length && NAME_CHAR.test(s[j])) j++;
            tagName = s.slice(i + (slash ? 2 : 1), j).toLowerCase();
            closing = slash;
            state = 'tag';
            o += s.slice(i, j);
            i = j;
            continue;
          }
          o += c;
          i++;
          continue;
        }
        case 'tag': {
          if (isSpace(c)) {
            let j = i;
            while (j < s.length && isSpace(s[j])) j++;
            // Before `>` nothing is needed; anywhere else (between attributes, before `/>`, next to an
            // expression) one space keeps the attributes apart.
            if (s[j] !== '>') o += ' ';
            i = j;
            continue;
          }
          if (c === '"') state = 'dq';
          else if (c === "'") state = 'sq';
          else if (c === '>') {
            if (!closing && RAW_ELEMENTS.has(tagName) && s[i - 1] !== '/') {
              state = 'raw';
              rawName = tagName;
            } else state = 'text';
          }
          o += c;
          i++;
          continue;
        }
        case 'dq':
        case 'sq': {
          if (c === (state === 'dq' ? '"' : "'")) state = 'tag';
          o += c;
          i++;
          continue;
        }
        case 'comment': {
          if (s.startsWith('-->', i)) {
            state = 'text';
            o += '-->';
            i += 3;
            continue;
          }
          o += c;
          i++;
          continue;
        }
        case 'raw': {
          if (c === '<' && s[i + 1] === '/' && s.slice(i + 2, i + 2 + rawName.length).toLowerCase() === rawName && !NAME_CHAR.test(s[i + 2 + rawName.length] ?? '')) {
            o += s.slice(i, i + 2 + rawName.length);
            i += 2 + rawName.length;
            tagName = rawName;
            closing = true;
            state = 'tag';
            continue;
          }
          o += c;
          i++;
          continue;
        }
      }
    }
    return o;
  });
  return state === 'text' ? out : strings;
}

/** Whitespace may go after these in CSS. */
const CSS_AFTER = new Set(['{', '}', ';', ',', ':', '(']);
/** Whitespace may go before these in CSS. */
const CSS_BEFORE = new Set(['{', '}', ';', ',', ')']);

/**
 * Minifies the static parts of one css template, given as the raw texts between its expressions.
 * Returns an array of the same length, or the input itself when the template is left as written.
 *
 * @param {readonly string[]} strings
 * @returns {readonly string[]}
 */
export function minifyCssStrings(strings) {
  /** @type {'css' | 'dq' | 'sq'} */
  let state = 'css';
  let broken = false;
  const last = strings.length - 1;
  const out = strings.map((s, n) => {
    let o = '';
    let space = false;
    let semicolon = false;
    // The character the previous output ends with; '' for "an expression or the template start".
    const prev = () => (o.length ? o[o.length - 1] : '');
    const flush = (next) => {
      // `next` is the character about to be written; '' for an expression or the template end.
      if (semicolon && next !== '}') o += ';';
      semicolon = false;
      if (space) {
        const p = prev();
        const atEdge = (p === '' && n === 0) || (next === '' && n === last);
        if (!atEdge && !CSS_AFTER.has(p) && !CSS_BEFORE.has(next)) o += ' ';
      }
      space = false;
    };
    let i = 0;
    while (i < s.length) {
      const c = s[i];
      if (state !== 'css') {
        if (c === '\\') {
          o += s.slice(i, i + 2);
          i += 2;
          continue;
        }
        if (c === (state === 'dq' ? '"' : "'")) state = 'css';
        o += c;
        i++;
        continue;
      }
      if (isSpace(c)) {
        space = true;
        i++;
        continue;
      }
      if (c === '/' && s[i + 1] === '*') {
        const end = s.indexOf('*/', i + 2);
        if (end < 0) {
          broken = true;
          break;
        }
        // A comment separates like whitespace does (`a/**/b` is two tokens).
        space = true;
        i = end + 2;
        continue;
      }
      if (c === ';') {
        // `;;` is one separator: the second adds nothing (and keeping it would not be idempotent).
        if (semicolon) {
          i++;
          continue;
        }
        flush(';');
        semicolon = true;
        i++;
        continue;
      }
      flush(c);
      if (c === '\\') {
        o += s.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (c === '"') state = 'dq';
      else if (c === "'") state = 'sq';
      o += c;
      i++;
    }
    flush('');
    return o;
  });
  return broken || state !== 'css' ? strings : out;
}

/** Calls `visit` on every node object in an ESTree-shaped tree. */
export function walk(node, visit) {
  if (Array.isArray(node)) {
    for (const n of node) walk(n, visit);
    return;
  }
  if (!node || typeof node !== 'object') return;
  if (typeof node.type === 'string') visit(node);
  for (const key in node) {
    const v = node[key];
    if (v && typeof v === 'object') walk(v, visit);
  }
}

/** Where the raw text of a template part starts in `code`, checked against the parser's copy of it. */
function rawStart(code, element) {
  const raw = element.value.raw;
  for (const start of [element.start + 1, element.start]) {
    if (code.slice(start, start + raw.length) === raw) return start;
  }
  throw new Error(`template text not found at ${element.start}`);
}

/**
 * Minifies every Lit template in one module's source (TypeScript or JavaScript).
 *
 * @param {string} code
 * @param {string} filename the module's file name; its extension tells the parser the language
 * @returns {{ code: string, map: import('./vite-plugin-minify-templates.d.mts').SourceMap } | null}
 *   `null` when nothing changed
 */
export function minifyTemplates(code, filename) {
  if (!/\b(?:html|svg|css)\b/.test(code)) return null;
  const lang = /\.tsx?$/.test(filename) ? (filename.endsWith('x') ? 'tsx' : 'ts') : 'js';
  const { program, errors } = parseSync(filename, code, { lang, sourceType: 'module' });
  if (errors.length) throw new Error(`${filename}: ${errors[0].message}`);

  /** @type {Map<string, 'html' | 'css'>} */
  const tags = new Map();
  for (const node of program.body) {
    if (node.type !== 'ImportDeclaration' || node.importKind === 'type' || !LIT_MODULES.test(node.source.value)) continue;
    for (const spec of node.specifiers) {
      const name = spec.type === 'ImportSpecifier' ? (spec.imported.name ?? spec.imported.value) : undefined;
      if (spec.importKind !== 'type' && name && Object.hasOwn(KINDS, name)) tags.set(spec.local.name, KINDS[name]);
    }
  }
  if (tags.size === 0) return null;

  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  walk(program, (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !tags.has(node.tag.name)) return;
    const quasis = node.quasi.quasis;
    const raws = quasis.map((q) => q.value.raw);
    const next = (tags.get(node.tag.name) === 'css' ? minifyCssStrings : minifyHtmlStrings)(raws);
    quasis.forEach((q, k) => {
      if (next[k] === raws[k]) return;
      const start = rawStart(code, q);
      edits.push({ start, end: start + raws[k].length, text: next[k] });
    });
  });
  if (edits.length === 0) return null;
  edits.sort((a, b) => a.start - b.start);
  return applyEdits(code, edits, filename);
}

// ---------------------------------------------------------------------------------------------------
// Applying edits with a source map (so the bundle's map still points at the right source lines)

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function vlq(n) {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let s = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    s += B64[digit];
  } while (v > 0);
  return s;
}

/**
 * Replaces the (sorted, non-overlapping) ranges and maps each output line back to the source: every
 * kept stretch of text is mapped from its first character and from each line start within it; each
 * replacement is mapped to the start of the text it replaced.
 */
export function applyEdits(code, edits, filename) {
  let out = '';
  /** @type {[number, number, number][][]} per output line: [outColumn, srcLine, srcColumn] */
  const lines = [[]];
  let outCol = 0;
  const position = (() => {
    // Source line/column of an offset, for increasing offsets.
    let line = 0;
    let lineStart = 0;
    let at = 0;
    return (offset) => {
      for (; at < offset; at++) {
        if (code[at] === '\n') {
          line++;
          lineStart = at + 1;
        }
      }
      return [line, offset - lineStart];
    };
  })();
  const emit = (text, srcOffset, kept) => {
    if (text.length === 0) return;
    const [line, col] = position(srcOffset);
    lines[lines.length - 1].push([outCol, line, col]);
    let k = 0;
    for (;;) {
      const nl = text.indexOf('\n', k);
      if (nl < 0) break;
      lines.push([]);
      outCol = 0;
      k = nl + 1;
      if (kept && k < text.length) {
        const [l, c] = position(srcOffset + k);
        lines[lines.length - 1].push([0, l, c]);
      }
    }
    outCol += text.length - k;
    out += text;
  };
  let at = 0;
  for (const e of edits) {
    emit(code.slice(at, e.start), at, true);
    emit(e.text, e.start, false);
    at = e.end;
  }
  emit(code.slice(at), at, true);

  let prevSrcLine = 0;
  let prevSrcCol = 0;
  const mappings = lines
    .map((segments) => {
      let prevOutCol = 0;
      return segments
        .map(([oc, sl, sc]) => {
          // Fields: output column (relative within the line), source index (always the one source), source line, source column.
          const seg = vlq(oc - prevOutCol) + vlq(0) + vlq(sl - prevSrcLine) + vlq(sc - prevSrcCol);
          prevOutCol = oc;
          prevSrcLine = sl;
          prevSrcCol = sc;
          return seg;
        })
        .join(',');
    })
    .join(';');
  return { code: out, map: { version: 3, sources: [filename], sourcesContent: [code], names: [], mappings } };
}

/**
 * The Vite plugin: minifies Lit templates in the project's own `.ts`/`.js` modules (not in
 * node_modules) in production builds.
 *
 * @returns {import('vite').Plugin}
 */
export default function minifyLitTemplates() {
  return {
    name: 'regin-minify-lit-templates',
    apply: 'build',
    enforce: 'pre',
    transform: {
      filter: { id: { include: /\.[cm]?[jt]s$/, exclude: /[\\/]node_modules[\\/]|\0/ } },
      handler(code, id) {
        return minifyTemplates(code, id.split('?')[0]);
      },
    },
  };
}
