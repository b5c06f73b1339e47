// The module graph of src/ has no cycle: every relative `import … from './x.js'` and `export … from`
// (type-only ones too: they tie the files together for a reader all the same), and every on-demand
// `import('./x.js')` (an on-demand part is passed to the code that needs it, never reached back).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../../src', import.meta.url));

/** Every TypeScript file under `dir`, the generated language modules left out. */
function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const STATIC = /^\s*(?:import|export)\b[^;]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/** The relative imports of one file, as absolute paths of .ts files. */
export function importsOf(file, code, { dynamic = false } = {}) {
  const specifiers = [...code.matchAll(STATIC), ...(dynamic ? code.matchAll(DYNAMIC) : [])].map((m) => m[1]);
  return specifiers.filter((s) => s.endsWith('.js')).map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts')));
}

/** The cycles of a graph (file → files it imports), each as the list of files around it. */
export function cyclesOf(graph) {
  const state = new Map();
  const stack = [];
  const cycles = [];
  const visit = (file) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

describe('the module graph of src/', () => {
  it('finds a cycle when there is one (the check itself)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    assert.deepEqual(cyclesOf(graph), [['a', 'b', 'c', 'a']]);
    assert.deepEqual(
      cyclesOf(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
      [],
    );
  });

  it('reads static, type-only, re-exported and dynamic relative imports', () => {
    const code = [
      "import { a } from './a.js';",
      "import type { B } from '../b.js';",
      "import {\n  c,\n  d,\n} from './c.js';",
      "export { e } from './e.js';",
      "const f = () => import('./f.js');",
      "import { html } from 'lit';",
    ].join('\n');
    assert.deepEqual(importsOf('/x/y/z.ts', code, { dynamic: true }), [
      '/x/y/a.ts',
      '/x/b.ts',
      '/x/y/c.ts',
      '/x/y/e.ts',
      '/x/y/f.ts',
    ]);
    assert.deepEqual(importsOf('/x/y/z.ts', code), ['/x/y/a.ts', '/x/b.ts', '/x/y/c.ts', '/x/y/e.ts']);
  });

  it('has no cycle of imports, on-demand ones included', () => {
    const files = sources(src);
    const graph = new Map(files.map((file) => [file, importsOf(file, readFileSync(file, 'utf8'), { dynamic: true })]));
    const cycles = cyclesOf(graph).map((cycle) => cycle.map((f) => relative(src, f)).join(' → '));
    assert.deepEqual(cycles, []);
  });
});
