/**
 * The demo site. `npm start` serves it from the sources; `npm run build:demo` (after `npm run build`)
 * writes a static copy to demo-dist/ that any static server can host:
 *
 *   demo-dist/index.html, guides.html,  the pages (studio.html: the feed studio, which builds a feed
 *   studio.html                         from CSV files in the browser with the feed tool's code)
 *   demo-dist/static/…                  the demo's code, with the widgets' files in static/assets/
 *   demo-dist/regin-widgets/…           a copy of dist/regin-widgets.js with its chunks and assets, the
 *                                       "self-hosted" script the embed builder's snippet can point at
 *
 * The embed builder's snippet pins the package version and carries the Subresource Integrity hash of
 * dist/regin-widgets.js, computed here at build time. Nothing is fetched from a CDN when the demo runs.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import type { PreloadManifest } from './snippet.js';

const demoDir = fileURLToPath(new URL('.', import.meta.url));
const projectDir = fileURLToPath(new URL('..', import.meta.url));
const distDir = join(projectDir, 'dist');
const ASSETS_DIR = 'static';

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

/** Copies every file under `from` into the build output at `to/<same path>`. */
function copyTree(name: string, from: string, to: string, filter: (rel: string) => boolean = () => true): Plugin {
  return {
    name,
    apply: 'build',
    generateBundle() {
      for (const file of filesUnder(from)) {
        const rel = relative(from, file).split(sep).join('/');
        if (filter(rel)) this.emitFile({ type: 'asset', fileName: `${to}/${rel}`, source: readFileSync(file) });
      }
    },
  };
}

export interface Release {
  version: string;
  /** `sha384-…` of dist/regin-widgets.js; null in development, where no built file is current. */
  integrity: string | null;
  /** dist/preload.json of that build (each element's chunks, every file's hash); null in development. */
  files: PreloadManifest | null;
}

function release(building: boolean): Release {
  const { version } = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as { version: string };
  if (!building) return { version, integrity: null, files: null };
  const bundle = join(distDir, 'regin-widgets.js');
  if (!existsSync(bundle)) throw new Error('build:demo needs dist/regin-widgets.js: run `npm run build` first');
  const files = JSON.parse(readFileSync(join(distDir, 'preload.json'), 'utf8')) as PreloadManifest;
  return { version, integrity: 'sha384-' + createHash('sha384').update(readFileSync(bundle)).digest('base64'), files };
}

/** The guides show the current version, and in the built demo the real integrity hash. */
function releaseInGuides(r: Release): Plugin {
  return {
    name: 'demo-release-in-guides',
    transformIndexHtml(html) {
      const out = html.replaceAll('regin-widgets@VERSION', `regin-widgets@${r.version}`);
      return r.integrity ? out.replaceAll('sha384-…', r.integrity) : out;
    },
  };
}

export default defineConfig(({ command }) => {
  const building = command === 'build';
  const current = release(building);
  return {
    root: demoDir,
    base: './',
    publicDir: false,
    define: { __REGIN_RELEASE__: JSON.stringify(current) },
    server: { fs: { allow: [projectDir] } },
    plugins: [
      releaseInGuides(current),
      ...(building
        ? [
            copyTree(
              'demo-self-hosted-copy',
              distDir,
              'regin-widgets',
              (rel) =>
                rel === 'regin-widgets.js' || rel === 'preload.json' || rel.startsWith('chunks/') || rel.startsWith('assets/'),
            ),
          ]
        : []),
    ],
    build: {
      target: 'es2022',
      outDir: join(projectDir, 'demo-dist'),
      emptyOutDir: true,
      assetsDir: ASSETS_DIR,
      reportCompressedSize: false,
      rolldownOptions: {
        input: { index: join(demoDir, 'index.html'), guides: join(demoDir, 'guides.html'), studio: join(demoDir, 'studio.html') },
      },
    },
  };
});
