// What `npm pack` ships, and whether a consumer project can use it: the exports map, the types, and
// `sideEffects` (importing one element must not bring the others). Needs `npm run build`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';
import { consumerProject, root, run } from './consumer.mjs';

const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const ELEMENTS = ['partner-map', 'measure-cards', 'indicator-radar', 'region-comparison'];

/** Files `npm pack` would put in the tarball (no lifecycle scripts: the build already ran). */
async function packedFiles() {
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, maxBuffer: 64 << 20 });
  return JSON.parse(stdout)[0]
    .files.map((f) => f.path)
    .sort();
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

describe('the npm package', () => {
  let files;

  before(async () => {
    assert.ok(existsSync(join(root, 'dist', 'regin-widgets.js')), 'dist/ is missing: run `npm run build` first');
    files = await packedFiles();
  });

  it('contains only what a consumer needs', () => {
    const allowed =
      /^(package\.json|README\.md|LICENSE(\.md|\.txt)?|custom-elements\.json|vscode\.html-custom-data\.json|web-types\.json|dist\/.+|schema\/[^/]+\.json|examples\/csv\/.+)$/;
    assert.deepEqual(
      files.filter((f) => !allowed.test(f)),
      [],
      'unexpected files in the package',
    );
    const forbidden = /(^|\/)(node_modules|src|test|stories|demo|\.storybook|xliff)\/|\.test\.|\.stories\.|tsconfig/;
    assert.deepEqual(
      files.filter((f) => forbidden.test(f)),
      [],
    );
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
    assert.ok(
      files.some((f) => /^dist\/assets\/geometry\/.+\.json$/.test(f)),
      'map geometry is packed',
    );
    for (const bin of Object.values(pkg.bin ?? {})) assert.ok(files.includes(bin.replace(/^\.\//, '')), `${bin} is packed`);
  });

  it('ships the CSV column docs the feed tool points to, and the editor data', () => {
    for (const f of ['examples/csv/README.md', 'vscode.html-custom-data.json', 'web-types.json'])
      assert.ok(files.includes(f), `${f} is packed`);
    assert.equal(pkg['web-types'], './web-types.json');
  });

  it('ships source maps only for the CDN files, whose maps carry their sources', () => {
    const maps = files.filter((f) => f.endsWith('.map'));
    assert.ok(maps.includes('dist/regin-widgets.js.map'));
    assert.deepEqual(
      maps.filter((f) => !/^dist\/(regin-widgets\.js|chunks\/.+\.js)\.map$/.test(f)),
      [],
      'no map of an npm module (its sources are not shipped)',
    );
  });

  it("does not install the feed tool's libraries (Ajv, d3-dsv) for browser users", () => {
    for (const name of ['ajv', 'd3-dsv']) assert.equal(pkg.dependencies[name], undefined, `${name} is not a dependency`);
  });

  it('points every exports entry, types and the manifest at a packed file', () => {
    for (const target of exportTargets(pkg.exports)) {
      if (target.includes('*')) {
        const re = new RegExp('^' + target.replace(/[.]/g, '\\.').replace('*', '.+') + '$');
        assert.ok(
          files.some((f) => re.test(f)),
          `${target} matches packed files`,
        );
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
  let remove;

  before(async () => {
    ({ dir: consumer, remove } = await consumerProject({ extra: ['@types/react'] }));
  });

  after(async () => {
    await remove?.();
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
  it('runs the feed tool without Ajv or d3-dsv installed', async () => {
    const cli = join(consumer, 'node_modules', 'regin-widgets', pkg.bin['regin-feed']);
    assert.equal(existsSync(join(consumer, 'node_modules', 'ajv')), false, 'Ajv is not installed');
    const feed = join(consumer, 'node_modules', 'regin-widgets', 'dist', 'assets', 'regin-feed.json');
    const { stdout, stderr } = await run(process.execPath, [cli, 'validate', feed], { cwd: consumer });
    assert.match(stdout + stderr, /: valid regin-feed/);
    const help = await run(process.execPath, [cli, 'help'], { cwd: consumer });
    const docs = /Columns: .* or (\S+)\.$/m.exec(help.stdout)?.[1];
    assert.ok(docs && existsSync(join(consumer, docs)), `the CSV column docs (${docs}) are in the package`);
    assert.equal((await run(process.execPath, [cli, '--version'], { cwd: consumer })).stdout, `${pkg.version}\n`);
    // The templates of `init` build the built-in feed again, with the packed tool alone.
    await run(process.execPath, [cli, 'init', 'templates'], { cwd: consumer });
    const args = ['feed', 'dimensions', 'regions', 'partners', 'scores', 'baselines', 'measures'].flatMap((c) => [
      `--${c}`,
      join('templates', `${c}.csv`),
    ]);
    const built = await run(process.execPath, [cli, 'build', ...args, '--out', 'templates.json'], { cwd: consumer });
    assert.match(built.stderr, /templates\.json: valid regin-feed 1\.1 — 25 regions/);
  });

  /** Type-checks `files` (written into the consumer) with a bundler-style tsconfig. */
  async function typeCheck(files, compilerOptions = {}) {
    for (const [name, text] of Object.entries(files)) await writeFile(join(consumer, name), text);
    const config = join(consumer, 'tsconfig.fixture.json');
    await writeFile(
      config,
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
          ...compilerOptions,
        },
        files: Object.keys(files),
      }),
    );
    try {
      await run(join(root, 'node_modules', '.bin', 'tsc'), ['-p', config], { cwd: consumer });
    } catch (err) {
      assert.fail(`tsc failed:\n${err.stdout}${err.stderr}`);
    }
  }

  it("types an element and its events with that element's entry alone", async () => {
    await typeCheck({
      'one-element.ts': `import 'regin-widgets/indicator-radar';

const radar = document.createElement('regin-indicator-radar');
radar.baseline = 'national';
radar.addEventListener('regin-feed-error', (e) => {
  const message: string = e.detail.message;
  console.log(message, e.detail.code);
});
radar.addEventListener('regin-region-select', (e) => console.log(e.detail.regionId));
// @ts-expect-error not a baseline the radar knows
radar.baseline = 'regional';
`,
    });
  });

  it('types the four tags in React 19 JSX: attributes, properties, ref and events', async () => {
    await typeCheck(
      {
        'app.tsx': `import 'regin-widgets/partner-map';
import 'regin-widgets/indicator-radar';
import type {} from 'regin-widgets/react';
import type { ReginIndicatorRadar } from 'regin-widgets/indicator-radar';

declare const ref: { current: ReginIndicatorRadar | null };

export const app = (
  <div>
    <regin-partner-map group="regin" color-by="labour" view="list" onregin-region-select={(e) => console.log(e.detail.regionId)} />
    <regin-indicator-radar ref={ref} regions="ES51 ITF3" target-group="bip" baseline="average" view="table" refresh={60}
      onregin-feed-error={(e) => console.warn(e.detail.message)} />
    <regin-measure-cards page-size={12} sync-url onregin-measure-open={(e) => console.log(e.detail.measureId)} />
    <regin-region-comparison regions="ES51 SE224" sort="gap" className="wide" />
    {/* @ts-expect-error the radar has no such view */}
    <regin-indicator-radar view="pie" />
  </div>
);
`,
      },
      { jsx: 'react-jsx', types: ['react'] },
    );
  });
});
