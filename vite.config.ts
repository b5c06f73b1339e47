/**
 * The two library builds. `npm run build` runs both, npm build first (it empties dist/):
 *
 * `vite build`             → dist/index.js, dist/partner-map.js, … one module per source file (lit, d3 and
 *                            topojson-client stay bare imports for the consumer's bundler), `.d.ts` beside
 *                            them from `tsc -p tsconfig.build.json`.
 * `vite build --mode cdn`  → dist/regin-widgets.js: one minified, self-contained ES module that registers all
 *                            four elements for `<script type="module" src="…">`. Split off into dist/chunks/,
 *                            loaded on demand and importing back from the bundle: the locale modules, and the
 *                            code of features a page may never use (the cards' search, detail dialog and URL
 *                            hash, the map's details panel, colour-by and host lon/lat TopoJSON, the radar's
 *                            bar and table views and export, the comparison's CSV).
 *
 * Both builds copy src/assets/ (built-in feed, geometry) to dist/assets/. `assetUrl()` resolves
 * `assets/…` against the URL of the module it lives in — dist/regin-widgets.js or dist/assets.js — so
 * both find the same folder and a copy of dist/ works from any server path.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defineConfig, type Plugin } from 'vite';

/** The per-element entry points; each is also `regin-widgets/<name>` in package.json. */
export const ELEMENT_ENTRIES = ['partner-map', 'measure-cards', 'indicator-radar', 'region-comparison'] as const;

const ASSETS_DIR = 'src/assets';

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** Emits every file under src/assets/ as dist/assets/<same path>. */
function copyAssets(): Plugin {
  return {
    name: 'regin-copy-assets',
    generateBundle() {
      for (const file of filesUnder(ASSETS_DIR)) {
        const fileName = 'assets/' + relative(ASSETS_DIR, file).split(sep).join('/');
        this.emitFile({ type: 'asset', fileName, source: readFileSync(file) });
      }
    },
  };
}

const npmEntries: Record<string, string> = {
  index: 'src/index.ts',
  ...Object.fromEntries(ELEMENT_ENTRIES.map((e) => [e, `src/${e}.ts`])),
};

const TAGS = ELEMENT_ENTRIES.map((e) => `regin-${e}`);

/**
 * Loading the bundle twice from two paths (or a copy of another version) must not break a page whose
 * CSP says `trusted-types lit-html`: that allows one policy of that name, and a second
 * `createPolicy('lit-html')` is a CSP violation that throws. A copy that finds all four elements
 * already defined registers nothing and renders nothing, so its Lit needs no policy: it skips creating
 * one. The first copy creates Lit's policy exactly as Lit does. The build fails if Lit's code changes.
 */
function sharedLitPolicy(): Plugin {
  const pattern = /\b([\w$]+)\.createPolicy\((["'])lit-html\2,/g;
  return {
    name: 'regin-lit-policy-once',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/](development[\\/])?lit-html\.js$/.test(id)) return null;
      const matches = code.match(pattern) ?? [];
      if (matches.length !== 1) this.error(`expected one lit-html createPolicy call in ${id}, found ${matches.length}`);
      // Same line, so Lit's source map stays usable: `f.createPolicy(` → `(copy ? noPolicy : f).createPolicy(`.
      const skip = `${JSON.stringify(TAGS)}.every((t) => customElements.get(t))`;
      return {
        code: code.replace(pattern, `(${skip} ? { createPolicy: () => undefined } : $1).createPolicy("lit-html",`),
        map: null,
      };
    },
  };
}

/**
 * The CDN file carries code of other packages (Lit, topojson-client) whose licences ask that their
 * notice travels with it: dist/THIRD-PARTY-LICENSES.txt lists every package bundled into the CDN build,
 * with its version and its licence text, read from node_modules at build time.
 */
function thirdPartyLicences(): Plugin {
  return {
    name: 'regin-third-party-licences',
    generateBundle(_options, bundle) {
      const packages = new Map<string, string>();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of Object.keys(chunk.modules)) {
          const m = /^(.*[\\/]node_modules[\\/])((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id.replace(/^\0/, ''));
          if (m) packages.set(m[2]!.split(sep).join('/'), m[1]! + m[2]!);
        }
      }
      const sections = [...packages]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, dir]) => {
          const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; license?: string };
          const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
          if (!file) this.error(`${name} has no licence file to ship with the bundle`);
          return `${name} ${meta.version} (${meta.license ?? 'see below'})\n\n${readFileSync(join(dir, file), 'utf8').trim()}\n`;
        });
      const head = 'regin-widgets.js and the files in chunks/ include code of these packages, under these licences.\n';
      this.emitFile({
        type: 'asset',
        fileName: 'THIRD-PARTY-LICENSES.txt',
        source: [head, ...sections].join('\n' + '-'.repeat(72) + '\n\n'),
      });
    },
  };
}

/**
 * dist/preload.json, for the embed builder and for pages that want to fetch an element's code early:
 * for each element, the files its code needs at once (its chunk and every chunk that chunk imports, in
 * load order: what `<link rel="modulepreload">` should list), and for every JavaScript file of the CDN
 * build its Subresource Integrity hash (sha384), for an import map's `integrity` entries.
 */
function preloadManifest(): Plugin {
  return {
    name: 'regin-preload-manifest',
    writeBundle(options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const needs = (file: string, seen = new Set<string>()): string[] => {
        if (seen.has(file)) return [];
        seen.add(file);
        const c = byFile.get(file);
        return [file, ...(c?.imports ?? []).flatMap((f) => needs(f, seen))];
      };
      const elements = Object.fromEntries(
        TAGS.map((tag) => {
          const own = chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(`/src/${tag.slice('regin-'.length)}.ts`));
          if (!own) throw new Error(`no chunk for <${tag}>`);
          return [tag, needs(own.fileName).filter((f) => f !== 'regin-widgets.js')];
        }),
      );
      const integrity = Object.fromEntries(
        chunks
          .map((c) => c.fileName)
          .sort()
          .map((f) => [
            f,
            'sha384-' +
              createHash('sha384')
                .update(readFileSync(join(options.dir ?? 'dist', f)))
                .digest('base64'),
          ]),
      );
      writeFileSync(join(options.dir ?? 'dist', 'preload.json'), JSON.stringify({ elements, integrity }, null, 2) + '\n');
    },
  };
}

/** The CDN build writes into dist/ without emptying it (the npm build is there): drop its own old chunks. */
function cleanCdnChunks(): Plugin {
  return {
    name: 'regin-clean-cdn-chunks',
    buildStart() {
      rmSync('dist/chunks', { recursive: true, force: true });
    },
  };
}

// Lit templates (`html`, `svg`, `css`) are minified by the Lit team's plugin (html-minifier-next and
// LightningCSS): in gzip it saves 1.0–2.9 kB on the page-weight scenarios of scripts/size-report.mjs.
// Whitespace collapses to one space and is never removed: a space between two inline elements, or at the
// end of a template that another one follows (`<span>${credit}</span> `), is shown text.
const MINIFY_TEMPLATES = { options: { minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false } } };

export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  return {
    publicDir: false,
    plugins: [
      copyAssets(),
      ...(cdn ? [cleanCdnChunks(), sharedLitPolicy(), thirdPartyLicences(), preloadManifest()] : []),
      minifyHtmlLiterals(MINIFY_TEMPLATES),
    ],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: !cdn,
      // The CDN files get source maps with the sources inside them (browsers' dev tools read them from the
      // CDN); the npm modules are readable as they are and bundlers make their own maps.
      sourcemap: cdn,
      minify: cdn,
      reportCompressedSize: false,
      lib: {
        entry: cdn ? { 'regin-widgets': 'src/autoload.ts' } : npmEntries,
        formats: ['es'],
      },
      rolldownOptions: cdn
        ? {
            // Lets the code the bundle shares with the locale chunks (lit, @lit/localize) stay inside the
            // bundle, exported to the chunks, instead of becoming a third file the bundle must load first.
            preserveEntrySignatures: 'allow-extension',
            output: {
              // Library mode keeps whitespace in ES output; the CDN file is for browsers, not bundlers.
              minify: true,
              // No comments: pure annotations only help a later bundler, and the CDN file is final (the licences
              // of the code inside it ship beside it, see thirdPartyLicences()).
              comments: false,
              entryFileNames: '[name].js',
              // What every element needs (Lit, the feed, languages, notices) is one file, `chunks/core-….js`,
              // and what the charts share is one more, instead of many small files a page fetches one by one.
              codeSplitting: {
                // What the loader itself needs (its version, setAssetsBase) stays in the loader.
                includeDependenciesRecursively: false,
                groups: [
                  {
                    name: 'core',
                    // Bundler helpers (`\0…` modules: decorators, dynamic imports) too. Not the explanations of
                    // a feed's problems (src/feed/diagnostics.ts): their own chunk, loaded only for a feed with problems.
                    // Not the source links (src/core/sources.ts): only the cards and the map's on-demand details
                    // show them, so a page with a radar or a map alone does not fetch them (0.4 kB gzip each;
                    // a page with all four fetches them as one more small file).
                    test: /^\0|[\\/](node_modules[\\/](lit|lit-html|lit-element|@lit[\\/][^\\/]+|@oxc-project[\\/]runtime)[\\/]|src[\\/](core(?![\\/]sources\.)|feed(?![\\/]diagnostics\.)|i18n)[\\/]|src[\\/]assets\.ts$)/,
                    priority: 2,
                  },
                  // What the charts share, but not the notice about a selection they cannot show
                  // (src/chart/selection-notice.ts): it loads on demand, only when there is such a selection.
                  { name: 'chart', test: /[\\/]src[\\/]chart[\\/](?!selection-notice\.)/, priority: 1 },
                ],
              },
              // The shipped data files (built-in feed, geometry) become modules of their own, apart from the code.
              chunkFileNames: (chunk) =>
                chunk.facadeModuleId?.endsWith('.json') ? 'chunks/data/[name]-[hash].js' : 'chunks/[name]-[hash].js',
            },
          }
        : {
            external: [/^lit($|\/)/, /^@lit\//, /^d3-/, /^topojson-client$/],
            output: {
              preserveModules: true,
              preserveModulesRoot: 'src',
              // Bundler helpers (decorators, dynamic-import glob) get short, stable names.
              entryFileNames: (chunk) =>
                chunk.name.startsWith('_virtual/') ? `_virtual/${chunk.name.split('/').pop()}.js` : '[name].js',
            },
          },
    },
  };
});
