#!/usr/bin/env node
// The feed tool as the package ships it: bin/regin-feed.mjs bundled with the product's own feed code
// (src/feed/: the normaliser, its problem sentences and the URL check, so the tool and the widgets
// cannot disagree about a feed) and the libraries only it uses (Ajv for the schema check, d3-dsv for
// CSV) into dist/cli/regin-feed.mjs, so installing the widgets for a web page does not install them. The schema and the package's version are inlined (JSON modules);
// `init` reads the built-in feed from dist/assets/ and the column docs from examples/csv/ in the package.
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist', 'cli', 'regin-feed.mjs');

const bundle = await rolldown({
  input: join(root, 'bin', 'regin-feed.mjs'),
  platform: 'node',
  logLevel: 'warn',
  external: [/^node:/],
  // The TypeScript convention: \`./text.js\` in src/ names \`./text.ts\`.
  resolve: { extensionAlias: { '.js': ['.ts', '.js'] } },
});
// The entry's shebang line is kept.
await bundle.write({ file: out, format: 'es', sourcemap: false });
await bundle.close();
chmodSync(out, 0o755);
