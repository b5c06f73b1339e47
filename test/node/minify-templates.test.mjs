// The build step that minifies Lit templates: what it changes, what it must never change, and the
// source map it leaves for the bundle.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parseSync } from 'vite';
import minifyLitTemplates, {
  applyEdits,
  minifyCssStrings,
  minifyHtmlStrings,
  minifyTemplates,
} from '../../scripts/vite-plugin-minify-templates.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const html = (...strings) => minifyHtmlStrings(strings);
const css = (...strings) => minifyCssStrings(strings);

describe('minifyHtmlStrings', () => {
  it('turns indentation between tags into one line break', () => {
    assert.deepEqual(html('\n  <ul>\n    <li>a</li>\n    <li>b</li>\n  </ul>\n'), ['\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n']);
  });

  it('keeps a line break where text and elements meet, so inline elements keep their gap', () => {
    assert.deepEqual(html('<p>\n      Data as of\n      <time>', '</time>\n    </p>'), ['<p>\nData as of\n<time>', '</time>\n</p>']);
  });

  it('leaves whitespace without a line break as written', () => {
    assert.deepEqual(html('<p>a  b <b>c</b> d</p>'), ['<p>a  b <b>c</b> d</p>']);
  });

  it('puts one space between attributes and none before >', () => {
    assert.deepEqual(html('<button\n    class="open"\n    aria-haspopup="dialog"\n    @click=', '\n  >x</button>'), [
      '<button class="open" aria-haspopup="dialog" @click=',
      '>x</button>',
    ]);
  });

  it('keeps a space before /> so an unquoted binding does not swallow the slash', () => {
    assert.deepEqual(html('<path d=', '\n    />'), ['<path d=', ' />']);
  });

  it('keeps a space between an attribute binding and the next attribute', () => {
    assert.deepEqual(html('<input .value=', '\n  id="q"\n  ?disabled=', '>'), ['<input .value=', ' id="q" ?disabled=', '>']);
  });

  it('never touches attribute values', () => {
    const strings = ['<div title="two\n   lines" data-x=\'a  \n b\' class="x">', '</div>'];
    assert.deepEqual(html(...strings), strings);
  });

  it('never touches the content of <pre>, <textarea>, <title> and SVG text, and resumes after them', () => {
    assert.deepEqual(html('<pre>\n  a\n    b\n</pre>\n  <p>x</p>'), ['<pre>\n  a\n    b\n</pre>\n<p>x</p>']);
    assert.deepEqual(html('<textarea>\n  ', '\n</TEXTAREA >\n  <b>'), ['<textarea>\n  ', '\n</TEXTAREA>\n<b>']);
    assert.deepEqual(html('<svg>\n  <text x="1">\n    a\n  </text>\n  <title>\n t </title>\n</svg>'), [
      '<svg>\n<text x="1">\n    a\n  </text>\n<title>\n t </title>\n</svg>',
    ]);
    assert.deepEqual(html('<tspan>\n ', ' </tspan>'), ['<tspan>\n ', ' </tspan>']);
  });

  it('does not mistake an element whose name starts like a raw one for it', () => {
    assert.deepEqual(html('<text-box>\n  <b>x</b>\n</text-box>'), ['<text-box>\n<b>x</b>\n</text-box>']);
  });

  it('leaves comments as written', () => {
    assert.deepEqual(html('<!--  keep\n   this  -->\n  <p>'), ['<!--  keep\n   this  -->\n<p>']);
  });

  it('keeps > inside a quoted attribute value inside the tag', () => {
    assert.deepEqual(html('<a title="a > b"\n  href=', '>\n  x</a>'), ['<a title="a > b" href=', '>\nx</a>']);
  });

  it('leaves a template with a backslash escape as written', () => {
    const strings = ['<p>\n  a\\n\n  b</p>'];
    assert.equal(minifyHtmlStrings(strings), strings);
  });

  it('leaves a template that ends inside a tag, a quote or a comment as written', () => {
    for (const strings of [['<div\n  class=', ''], ['<p title="\n  ', ''], ['<!--\n  ']]) {
      assert.equal(minifyHtmlStrings(strings), strings);
    }
  });
});

describe('minifyCssStrings', () => {
  it('drops comments, indentation and the last semicolon of a block', () => {
    assert.deepEqual(css('\n  /* the host */\n  :host {\n    display: block;\n    color: red;\n  }\n'), [':host{display:block;color:red}']);
  });

  it('keeps the space in a descendant selector before a colon', () => {
    assert.deepEqual(css('.a :hover { x: y }'), ['.a :hover{x:y}']);
  });

  it('keeps the spaces that calc(), shorthands and combinators need', () => {
    assert.deepEqual(css('a > b + c ~ d { width: calc(100% - 2 * 3px); margin: 0  auto !important; }'), [
      'a > b + c ~ d{width:calc(100% - 2 * 3px);margin:0 auto !important}',
    ]);
  });

  it('keeps strings as written, quotes and escapes included', () => {
    assert.deepEqual(css('a::before { content: "  a ; } /* b */ \\" c  "; font-family: \'Segoe  UI\' , x; }'), [
      'a::before{content:"  a ; } /* b */ \\" c  ";font-family:\'Segoe  UI\',x}',
    ]);
  });

  it('keeps a separating space next to an expression and drops it where punctuation separates', () => {
    assert.deepEqual(css('\n  a {\n    ', '\n  }\n  ', '\n  b { c: d }\n'), ['a{', '}', ' b{c:d}']);
    assert.deepEqual(css('  color: ', ' !important;\n  ', ' '), ['color:', ' !important;', '']);
  });

  it('keeps a semicolon at the end of a template, which may continue in another', () => {
    assert.deepEqual(css('\n  --a: 1;\n  --b: 2;\n'), ['--a:1;--b:2;']);
  });

  it('treats a comment between two words as a separator', () => {
    assert.deepEqual(css('a/**/b{}'), ['a b{}']);
  });

  it('leaves a template with an unterminated comment or string as written', () => {
    for (const strings of [['a { /* x'], ['a { content: "x'], ['a { /* x', '*/ }']]) {
      assert.equal(minifyCssStrings(strings), strings);
    }
  });

  it('reads repeated semicolons as one, so minifying twice changes nothing', () => {
    assert.deepEqual(css('a { color: red;; }'), ['a{color:red}']);
    assert.deepEqual(css('a { color: red ;; top: 0 }'), ['a{color:red;top:0}']);
  });

  it('follows a string that an expression interrupts', () => {
    assert.deepEqual(css('a { content: "', '" }'), ['a{content:"', '"}']);
  });
});

describe('minifyHtmlStrings and minifyCssStrings on any input', () => {
  const piece = fc.constantFrom(
    '<div', '<p', '</p>', '<pre>', '</pre>', '<svg', '<text', '</text>', '>', '/>', ' ', '  ', '\n', '\n    ', '\t',
    'class="a  b"', "title='x\n y'", '=', 'a', 'word', '<!--', '-->', '"', "'", '{', '}', ';', ':', ',', '(', ')',
    '/*', '*/', 'color', 'red', '.x', '\\',
  );
  const template = fc.array(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), { minLength: 1, maxLength: 4 });
  const squeeze = (s) => s.replace(/\s+/g, '');

  it('html: keeps the number of parts and every non-space character, and is idempotent', () => {
    fc.assert(
      fc.property(template, (strings) => {
        const out = minifyHtmlStrings(strings);
        assert.equal(out.length, strings.length);
        out.forEach((s, k) => assert.equal(squeeze(s), squeeze(strings[k])));
        assert.deepEqual(minifyHtmlStrings(out), out);
      }),
      { numRuns: 2000 },
    );
  });

  it('css: keeps the number of parts and every character outside comments but spaces and semicolons', () => {
    // Strings may run across parts (an expression inside quotes), so the whole template is compared,
    // parts joined by a marker; inside quotes every character counts, comments included.
    const strip = (parts) => {
      const s = parts.join('\u0000');
      let quote = '';
      let o = '';
      for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (quote) {
          o += c;
          if (c === '\\') o += s[++i] ?? '';
          else if (c === quote) quote = '';
        } else if (c === '/' && s[i + 1] === '*') {
          const end = s.indexOf('*/', i + 2);
          i = end < 0 ? s.length : end + 1;
        } else if (c === '\\') {
          o += c + (s[++i] ?? '');
        } else if (c === '"' || c === "'") {
          quote = c;
          o += c;
        } else if (!/[\s;]/.test(c)) o += c;
      }
      return o;
    };
    fc.assert(
      fc.property(template, (strings) => {
        const out = minifyCssStrings(strings);
        assert.equal(out.length, strings.length);
        if (out === strings) return;
        assert.equal(strip(out), strip(strings));
        assert.deepEqual(minifyCssStrings(out), out);
      }),
      { numRuns: 2000 },
    );
  });
});

/** The tagged templates of a module: tag name and raw parts. */
function templatesOf(code) {
  const found = [];
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    if (node.type === 'TaggedTemplateExpression') found.push([node.tag.name, node.quasi.quasis.map((q) => q.value.raw)]);
    for (const k in node) if (node[k] && typeof node[k] === 'object') visit(node[k]);
  };
  visit(parseSync('m.ts', code, { lang: 'ts', sourceType: 'module' }).program);
  return found;
}

/** The module with the static text of every tagged template taken out. */
function withoutTemplateText(code) {
  const ranges = [];
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    if (node.type === 'TemplateElement') {
      const start = code.startsWith(node.value.raw, node.start + 1) ? node.start + 1 : node.start;
      ranges.push([start, start + node.value.raw.length]);
    }
    for (const k in node) if (node[k] && typeof node[k] === 'object') visit(node[k]);
  };
  visit(parseSync('m.ts', code, { lang: 'ts', sourceType: 'module' }).program);
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [a, b] of ranges) {
    out += code.slice(at, a);
    at = b;
  }
  return out + code.slice(at);
}

describe('minifyTemplates', () => {
  it('minifies only templates whose tag is imported from Lit, under any local name', () => {
    const code = [
      "import { html as h, svg, css, nothing } from 'lit';",
      "import { html } from './not-lit.js';",
      'const a = h`\n  <p>\n    x\n  </p>\n`;',
      'const b = html`\n  <p>\n    x\n  </p>\n`;',
      'const c = svg`\n  <g>\n    <path d=${"M0"} />\n  </g>`;',
      'const d = css`\n  :host { display: block; }\n`;',
    ].join('\n');
    const out = minifyTemplates(code, 'm.ts').code;
    assert.deepEqual(templatesOf(out), [
      ['h', ['\n<p>\nx\n</p>\n']],
      ['html', ['\n  <p>\n    x\n  </p>\n']],
      ['svg', ['\n<g>\n<path d=', ' />\n</g>']],
      ['css', [':host{display:block}']],
    ]);
  });

  it('minifies templates nested in expressions, keeping the TypeScript around them', () => {
    const code = "import { html } from 'lit';\nexport const f = (xs: readonly string[]): unknown => html`\n  <ul>\n    ${xs.map((x: string) => html`\n      <li>${x}</li>\n    `)}\n  </ul>\n`;\n";
    const out = minifyTemplates(code, 'm.ts').code;
    assert.equal(out, "import { html } from 'lit';\nexport const f = (xs: readonly string[]): unknown => html`\n<ul>\n${xs.map((x: string) => html`\n<li>${x}</li>\n`)}\n</ul>\n`;\n");
  });

  it('finds each template after non-ASCII text and tagged templates of other tags', () => {
    const code = "import { css } from 'lit';\nconst s = 'Åland — 🇸🇪';\nconst t = String.raw`a  b`;\nexport const x = css`\n  a { b: c; }\n`;\n";
    assert.equal(minifyTemplates(code, 'm.ts').code, "import { css } from 'lit';\nconst s = 'Åland — 🇸🇪';\nconst t = String.raw`a  b`;\nexport const x = css`a{b:c}`;\n");
  });

  it('returns null when a module has no Lit template to change', () => {
    assert.equal(minifyTemplates("import type { html } from 'lit';\nconst a = html`\n  <p>`;", 'm.ts'), null);
    assert.equal(minifyTemplates("import { html } from 'lit';\nconst a = html`<p>x</p>`;", 'm.ts'), null);
    assert.equal(minifyTemplates('export const n = 1;', 'm.ts'), null);
  });

  it('keeps every non-space character and every expression of every template in src/', () => {
    const files = (function list(dir) {
      return readdirSync(dir).flatMap((n) => {
        const p = join(dir, n);
        return statSync(p).isDirectory() ? list(p) : p.endsWith('.ts') ? [p] : [];
      });
    })(join(root, 'src'));
    let changed = 0;
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      const out = minifyTemplates(code, file);
      if (!out) continue;
      changed++;
      const before = templatesOf(code);
      const after = templatesOf(out.code);
      assert.equal(after.length, before.length, file);
      after.forEach(([tag, parts], k) => {
        assert.equal(tag, before[k][0], file);
        assert.equal(parts.length, before[k][1].length, `${file}: parts of template ${k}`);
        const strip = (s) => (tag === 'css' ? s.replace(/\/\*[\s\S]*?\*\//g, '').replace(/[\s;]/g, '') : s.replace(/\s+/g, ''));
        parts.forEach((p, j) => assert.equal(strip(p), strip(before[k][1][j]), `${file}: template ${k} part ${j}`));
      });
      // Outside the templates' static text the module is unchanged.
      assert.equal(withoutTemplateText(out.code), withoutTemplateText(code), file);
    }
    assert.ok(changed > 5, `only ${changed} modules had templates to minify`);
  });
});

/** Decodes a source map's mappings into [outLine, outColumn, srcLine, srcColumn] rows. */
function decode(mappings) {
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const rows = [];
  let srcLine = 0;
  let srcCol = 0;
  mappings.split(';').forEach((line, outLine) => {
    let outCol = 0;
    for (const seg of line.split(',').filter(Boolean)) {
      const vals = [];
      let v = 0;
      let shift = 0;
      for (const ch of seg) {
        const d = B64.indexOf(ch);
        v += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          vals.push(v & 1 ? -(v >>> 1) : v >>> 1);
          v = 0;
          shift = 0;
        }
      }
      outCol += vals[0];
      srcLine += vals[2];
      srcCol += vals[3];
      rows.push([outLine, outCol, srcLine, srcCol]);
    }
  });
  return rows;
}

describe('the source map', () => {
  it('maps code after a shortened template back to its own line and column', () => {
    const code = "import { css } from 'lit';\nconst a = css`\n  :host {\n    display: block;\n  }\n`;\nexport const marker = a;\n";
    const { code: out, map } = minifyTemplates(code, 'm.ts');
    assert.equal(map.version, 3);
    assert.deepEqual(map.sources, ['m.ts']);
    assert.equal(map.sourcesContent[0], code);
    const outLines = out.split('\n');
    const outLine = outLines.findIndex((l) => l.includes('marker'));
    const rows = decode(map.mappings).filter(([l]) => l === outLine);
    assert.deepEqual(rows[0], [outLine, 0, 6, 0]);
  });

  it('maps each kept line from its start and each replacement to the text it replaced', () => {
    const code = 'ab\ncdXXXef\ngh';
    const { code: out, map } = applyEdits(code, [{ start: 5, end: 8, text: 'Y\nZ' }], 'x.js');
    assert.equal(out, 'ab\ncdY\nZef\ngh');
    assert.deepEqual(decode(map.mappings), [
      [0, 0, 0, 0],
      [1, 0, 1, 0],
      [1, 2, 1, 2],
      [2, 1, 1, 5],
      [3, 0, 2, 0],
    ]);
  });
});

describe('the Vite plugin', () => {
  it('runs before TypeScript is compiled, in builds only, and not on dependencies', () => {
    const plugin = minifyLitTemplates();
    assert.equal(plugin.enforce, 'pre');
    assert.equal(plugin.apply, 'build');
    const { include, exclude } = plugin.transform.filter.id;
    assert.ok(include.test('/repo/src/cards/styles.ts'));
    assert.ok(exclude.test('/repo/node_modules/lit-html/lit-html.js'));
    const out = plugin.transform.handler("import { html } from 'lit';\nexport const t = html`\n  <p>x</p>\n`;", '/repo/src/t.ts');
    assert.equal(out.code, "import { html } from 'lit';\nexport const t = html`\n<p>x</p>\n`;");
  });
});
