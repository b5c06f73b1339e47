// Tests mirror the modules they check: `test/<folder>/<name>.test.ts` is the spec of
// `src/<folder>/<name>.ts`, and `test/<name>.test.ts` of `src/<name>.ts` (`test/demo/` mirrors `demo/`).
// Three other kinds of browser test file are allowed, each recognised by its name or place:
// - element tests, `<element>.test.ts` or `<element>-<aspect>.test.ts`, where `src/<element>.ts`
//   defines a custom element (`test/map/partner-map-lazy.test.ts` …);
// - stories checks, `stories.test.ts`, which import a `stories/*.stories.ts` file;
// - the integration suites of INTEGRATION below, which check no single module.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const test = join(root, 'test');

/**
 * Folders and files of tests that check several modules together, each with the reason. Keep it short:
 * a test of one module's API goes in that module's spec instead.
 */
export const INTEGRATION = new Map([
  ['test/layout/', 'layout across widths, languages and themes, from screenshots of every element'],
  ['test/linking/', 'widgets of one group together: selection, region colours shared by the radar and the comparison'],
  ['test/delivery/', 'how the package reaches a page: registration, autoload, fallback, theming'],
  ['test/data/', 'the data files that ship in src/assets: the built-in feed and the map geometry'],
  ['test/chart/snapshots.test.ts', 'SVG snapshots of the radar, its bars and the comparison, read together'],
  ['test/i18n/completeness.test.ts', 'the XLIFF files and the generated locale modules hold every message'],
  ['test/i18n/widgets.test.ts', 'the four elements in every UI language'],
  ['test/i18n/host-localize.test.ts', 'the elements on a page that runs its own @lit/localize'],
  ['test/i18n/diagnostics.test.ts', 'feed problems told to visitors in their language and to editors in the console'],
]);

/** Source folders that a test folder mirrors, when not `src/`. */
const MIRRORS = new Map([['demo', 'demo']]);

/** Every file under `dir` (relative to the repository, with `/`) whose name ends with `suffix`. */
function filesUnder(dir, suffix) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : filesUnder(path, suffix);
    return name.endsWith(suffix) ? [relative(root, path).split(sep).join('/')] : [];
  });
}

/** The custom elements' module names: `src/<name>.ts` files that define an element. */
export function elementModules() {
  return readdirSync(join(root, 'src'))
    .filter((name) => name.endsWith('.ts') && /\bdefineElement\(\s*'regin-/.test(readFileSync(join(root, 'src', name), 'utf8')))
    .map((name) => name.slice(0, -'.ts'.length));
}

/**
 * What the test file `file` (`test/…/x.test.ts`) checks, or `undefined` when its name says nothing:
 * `{ module }`, `{ element }`, `{ stories }` or `{ integration }`.
 */
export function subjectOf(
  file,
  {
    exists = (path) => existsSync(join(root, path)),
    elements = elementModules(),
    read = (path) => readFileSync(join(root, path), 'utf8'),
  } = {},
) {
  const reason = [...INTEGRATION].find(([entry]) => (entry.endsWith('/') ? file.startsWith(entry) : file === entry));
  if (reason) return { integration: reason[1] };
  const [, ...parts] = file.split('/');
  const name = parts.pop().replace(/\.test\.ts$/, '');
  const mirror = MIRRORS.get(parts[0]) ?? 'src';
  const module = `${mirror}/${[...(MIRRORS.has(parts[0]) ? parts.slice(1) : parts), name].join('/')}.ts`;
  if (exists(module)) return { module };
  const element = elements.find((e) => name === e || name.startsWith(`${e}-`));
  if (element) return { element: `src/${element}.ts` };
  if (name === 'stories') {
    const stories = /from '(?:\.\.\/)+stories\/([\w-]+)\.stories\.js'/.exec(read(file));
    if (stories) return { stories: `stories/${stories[1]}.stories.ts` };
  }
  return undefined;
}

describe('test layout', () => {
  const files = filesUnder(test, '.test.ts');

  it('finds the browser tests', () => {
    assert.ok(files.length > 50, `only ${files.length} test files found`);
    assert.ok(files.includes('test/map/zoom.test.ts'));
  });

  it('names every browser test file after the module, element or stories it checks, or lists it as integration', () => {
    const unnamed = files.filter((file) => !subjectOf(file));
    assert.deepEqual(
      unnamed,
      [],
      `name these after a src/ module (test/<folder>/<module>.test.ts), an element, or list them in INTEGRATION:\n${unnamed.join('\n')}`,
    );
  });

  it('lists only integration entries that exist and are not named after a module', () => {
    for (const entry of INTEGRATION.keys()) {
      assert.ok(existsSync(join(root, entry)), `${entry} is listed in INTEGRATION but does not exist`);
      if (entry.endsWith('.ts')) {
        const module = entry.replace(/^test\//, 'src/').replace(/\.test\.ts$/, '.ts');
        assert.ok(!existsSync(join(root, module)), `${entry} is named after ${module}: it needs no INTEGRATION entry`);
      }
    }
  });

  it('accepts a module spec, an element test and a stories check; refuses a test named after no module', () => {
    const exists = (path) => ['src/map/zoom.ts', 'src/feed/normalise/dates.ts', 'demo/snippet.ts'].includes(path);
    const options = {
      exists,
      elements: ['partner-map'],
      read: () => "import * as stories from '../../stories/partner-map.stories.js';",
    };
    assert.deepEqual(subjectOf('test/map/zoom.test.ts', options), { module: 'src/map/zoom.ts' });
    assert.deepEqual(subjectOf('test/feed/normalise/dates.test.ts', options), { module: 'src/feed/normalise/dates.ts' });
    assert.deepEqual(subjectOf('test/demo/snippet.test.ts', options), { module: 'demo/snippet.ts' });
    assert.deepEqual(subjectOf('test/version.test.ts', { ...options, exists: (path) => path === 'src/version.ts' }), {
      module: 'src/version.ts',
    });
    assert.deepEqual(subjectOf('test/map/partner-map-lazy.test.ts', options), { element: 'src/partner-map.ts' });
    assert.deepEqual(subjectOf('test/map/stories.test.ts', options), { stories: 'stories/partner-map.stories.ts' });
    assert.equal(subjectOf('test/map/geometry.test.ts', options), undefined, 'a file of several modules');
    assert.equal(subjectOf('test/radar/zoom.test.ts', options), undefined, 'a module of another folder');
    assert.equal(subjectOf('test/map/partner-mapx.test.ts', options), undefined);
    assert.equal(
      subjectOf('test/map/stories.test.ts', { ...options, read: () => '' }),
      undefined,
      'a stories check without stories',
    );
  });
});
