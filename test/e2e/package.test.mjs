// What `npm pack` ships, and whether a consumer project can use it: the exports map, the types, and
// `sideEffects` (importing one element must not bring the others). Needs `npm run build`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'vite';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const ELEMENTS = ['partner-map', 'measure-cards', 'indicator-radar', 'region-comparison'];

/** Files `npm pack` would put in the tarball (no lifecycle scripts: the build already ran). */
async function packedFiles() {
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, maxBuffer: 64 << 20 });
  return JSON.parse(stdout)[0].files.map((f) => f.path).sort();
}

/** Every file path an `exports` entry can point at. */
function exportTargets(exports) {
  const out = [];
  const walk = (v) => {
    if (typeof v === 'string') out.push(v.replace(/^\.\//, ''));
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(exports);
  return out;
}

/** `names` and everything they depend on, as installed in this project's node_modules. */
async function dependencyClosure(names) {
  const seen = new Set();
  const queue = [...names];
  while (queue.length) {
    const name = queue.shift();
    if (seen.has(name)) continue;
    seen.add(name);
    const meta = JSON.parse(await readFile(join(root, 'node_modules', name, 'package.json'), 'utf8'));
    const optional = new Set(Object.entries(meta.peerDependenciesMeta ?? {}).filter(([, m]) => m.optional).map(([n]) => n));
    queue.push(...Object.keys(meta.dependencies ?? {}), ...Object.keys(meta.peerDependencies ?? {}).filter((n) => !optional.has(n)));
  }
  return [...seen];
}

describe('the npm package', () => {
  let files;

  before(async () => {
    assert.ok(existsSync(join(root, 'dist', 'regin-widgets.js')), 'dist/ is missing: run `npm run build` first');
    files = await packedFiles();
  });

  it('contains only what a consumer needs', () => {
    const allowed = /^(package\.json|README\.md|LICENSE(\.md|\.txt)?|custom-elements\.json|dist\/.+|schema\/[^/]+\.json|bin\/.+)$/;
    assert.deepEqual(files.filter((f) => !allowed.test(f)), [], 'unexpected files in the package');
    const forbidden = /(^|\/)(node_modules|src|test|stories|demo|\.storybook|xliff)\/|\.test\.|\.stories\.|tsconfig/;
    assert.deepEqual(files.filter((f) => forbidden.test(f)), []);
  });

  it('contains the bundle, each element entry with its types, the assets, the schema and the manifest', () => {
    const required = [
      'dist/regin-widgets.js',
      'dist/THIRD-PARTY-LICENSES.txt',
      'dist/index.js',
      'dist/index.d.ts',
      ...ELEMENTS.flatMap((e) => [`dist/${e}.js`, `dist/${e}.d.ts`]),
      'dist/assets/regin-feed.json',
      'schema/regin-feed-1.schema.json',
      'custom-elements.json',
      'README.md',
    ];
    for (const f of required) assert.ok(files.includes(f), `${f} is packed`);
    assert.ok(files.some((f) => /^dist\/assets\/geometry\/.+\.json$/.test(f)), 'map geometry is packed');
    for (const bin of Object.values(pkg.bin ?? {})) assert.ok(files.includes(bin.replace(/^\.\//, '')), `${bin} is packed`);
  });

  it('points every exports entry, types and the manifest at a packed file', () => {
    for (const target of exportTargets(pkg.exports)) {
      if (target.includes('*')) {
        const re = new RegExp('^' + target.replace(/[.]/g, '\\.').replace('*', '.+') + '$');
        assert.ok(files.some((f) => re.test(f)), `${target} matches packed files`);
      } else {
        assert.ok(files.includes(target), `${target} is packed`);
      }
    }
    assert.ok(files.includes(pkg.types.replace(/^\.\//, '')));
    assert.ok(files.includes(pkg.customElements.replace(/^\.\//, '')));
    for (const e of ELEMENTS) assert.ok(pkg.exports[`./${e}`], `regin-widgets/${e} is exported`);
    assert.ok(pkg.exports['./schema'], 'regin-widgets/schema is exported');
  });

  it('lists the element modules as side effects and nothing else of the library', () => {
    const effects = new Set(pkg.sideEffects);
    for (const e of ELEMENTS) assert.ok(effects.has(`./dist/${e}.js`), `${e} registers an element`);
    assert.ok(!effects.has('./dist/core/regin-element.js'));
  });
});

describe('a project that installs the package', () => {
  let consumer;

  before(async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'regin-consumer-'));
    consumer = join(tmp, 'app');
    const modules = join(consumer, 'node_modules');
    await mkdir(join(modules, 'regin-widgets'), { recursive: true });
    const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], { cwd: root, maxBuffer: 64 << 20 });
    const tarball = join(tmp, JSON.parse(stdout)[0].filename);
    await run('tar', ['-xzf', tarball, '-C', join(modules, 'regin-widgets'), '--strip-components=1']);
    // Only what an install would bring: the package's dependencies and theirs, nothing from devDependencies.
    for (const name of await dependencyClosure(Object.keys(pkg.dependencies ?? {}))) {
      await mkdir(join(modules, name, '..'), { recursive: true });
      await symlink(join(root, 'node_modules', name), join(modules, name));
    }
  });

  after(async () => {
    if (consumer) await rm(join(consumer, '..'), { recursive: true, force: true });
  });

  it('bundles one element without the other three', async () => {
    await writeFile(join(consumer, 'radar-only.js'), "import 'regin-widgets/indicator-radar';\n");
    const out = await build({
      root: consumer,
      configFile: false,
      logLevel: 'silent',
      build: { write: false, minify: false, rolldownOptions: { input: join(consumer, 'radar-only.js') } },
    });
    const code = (Array.isArray(out) ? out : [out])
      .flatMap((o) => o.output)
      .filter((o) => o.type === 'chunk')
      .map((o) => o.code)
      .join('\n');
    const defined = (tag) => new RegExp(`defineElement\\(\\s*["'\`]${tag}["'\`]`).test(code);
    assert.ok(defined('regin-indicator-radar'), 'the radar registers');
    for (const other of ['regin-partner-map', 'regin-measure-cards', 'regin-region-comparison']) {
      assert.equal(defined(other), false, `${other} is not in the bundle`);
    }
  });

  it('type-checks against the published types', async () => {
    await writeFile(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ['use.ts'],
      }),
    );
    await writeFile(
      join(consumer, 'use.ts'),
      `import { VERSION, type RegionSelectDetail } from 'regin-widgets';
import type { ReginIndicatorRadar } from 'regin-widgets/indicator-radar';

const radar: ReginIndicatorRadar = document.createElement('regin-indicator-radar');
radar.group = 'region-pages';
radar.refresh = 60;
radar.addEventListener('regin-region-select', (e) => {
  const detail: RegionSelectDetail = e.detail;
  const id: string | null = detail.regionId;
  console.log(id);
});
const map = document.querySelector('regin-partner-map');
const src: string | undefined = map?.src;
const version: string = VERSION;
// @ts-expect-error an element has no such property: the types are real, not \`any\`
radar.notAProperty = 1;
console.log(src, version);
`,
    );
    try {
      await run(join(root, 'node_modules', '.bin', 'tsc'), ['-p', consumer], { cwd: consumer });
    } catch (err) {
      assert.fail(`tsc failed:\n${err.stdout}${err.stderr}`);
    }
  });
});
