// Imports a TypeScript module from node (Node 20 cannot): bundles it with rolldown to a temporary file.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rolldown } from 'rolldown';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** @param {string} path project-relative path of a DOM-free .ts module */
export async function importTs(path) {
  const bundle = await rolldown({ input: join(root, path), platform: 'neutral', logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const dir = await mkdtemp(join(tmpdir(), 'regin-ts-'));
  const file = join(dir, 'module.mjs');
  await writeFile(file, output[0].code);
  return import(pathToFileURL(file).href);
}
