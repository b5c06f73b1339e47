// Node module hooks for running the feed tool from the repository: bin/ imports the product's own
// TypeScript modules (src/feed/…), which the published tool has bundled in (scripts/build-cli.mjs).
// These hooks let Node load them as they are: a `.js` import of a file that only exists as `.ts` (the
// TypeScript convention) resolves to the `.ts` file, and `.ts` files are compiled with esbuild.
// Registered by bin/dev/register.mjs: `node --import ./bin/dev/register.mjs bin/regin-feed.mjs …`.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

export async function resolve(specifier, context, next) {
  const parent = context.parentURL ?? '';
  if (specifier.endsWith('.js') && (specifier.startsWith('./') || specifier.startsWith('../')) && parent.endsWith('.ts')) {
    const ts = new URL(specifier.replace(/\.js$/, '.ts'), parent);
    if (!existsSync(fileURLToPath(new URL(specifier, parent))) && existsSync(fileURLToPath(ts))) {
      return { url: ts.href, shortCircuit: true, format: 'module' };
    }
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context);
  const source = await readFile(fileURLToPath(url), 'utf8');
  const { code } = await transform(source, {
    loader: 'ts',
    format: 'esm',
    target: 'node20',
    sourcefile: fileURLToPath(url),
    sourcemap: 'inline',
  });
  return { format: 'module', source: code, shortCircuit: true };
}
