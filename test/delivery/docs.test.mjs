// The generated docs are current: custom-elements.json matches the elements' JSDoc, and the README's API
// tables match custom-elements.json. `npm run docs` regenerates both.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { elementsOf, updateReadme } from '../../scripts/readme-api.mjs';
import { importTs } from '../e2e/load-ts.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const TAGS = ['regin-partner-map', 'regin-measure-cards', 'regin-indicator-radar', 'regin-region-comparison'];

describe('generated documentation', () => {
  it('custom-elements.json is what the JSDoc gives (run `npm run docs` after changing it)', async () => {
    const outdir = 'node_modules/.cache/regin-manifest-check';
    await rm(join(root, outdir), { recursive: true, force: true });
    await run(
      join(root, 'node_modules/.bin/cem'),
      ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet', '--outdir', outdir],
      { cwd: root },
    );
    const fresh = JSON.parse(await readFile(join(root, outdir, 'custom-elements.json'), 'utf8'));
    const committed = JSON.parse(await readFile(join(root, 'custom-elements.json'), 'utf8'));
    assert.deepEqual(committed, fresh);
  });

  it('custom-elements.json describes the four elements with their public API', async () => {
    const manifest = JSON.parse(await readFile(join(root, 'custom-elements.json'), 'utf8'));
    const elements = elementsOf(manifest);
    assert.deepEqual([...elements.keys()].sort(), [...TAGS].sort());
    for (const [tag, el] of elements) {
      assert.ok(el.summary, `${tag} has a @summary`);
      const attrs = (el.attributes ?? []).map((a) => a.name);
      for (const shared of ['src', 'group', 'refresh', 'theme']) assert.ok(attrs.includes(shared), `${tag} lists ${shared}`);
      for (const m of el.members ?? []) {
        assert.notEqual(m.privacy, 'private', `${tag}.${m.name} is private`);
        assert.notEqual(m.privacy, 'protected', `${tag}.${m.name} is protected`);
        if (m.kind === 'field') assert.ok(m.description, `${tag}.${m.name} has a description`);
      }
      assert.ok((el.events ?? []).length > 0, `${tag} documents its events`);
      assert.ok((el.cssParts ?? []).length > 0, `${tag} documents its parts`);
    }
  });

  it('the README API tables are what custom-elements.json gives (run `npm run docs`)', async () => {
    const manifest = JSON.parse(await readFile(join(root, 'custom-elements.json'), 'utf8'));
    const readme = await readFile(join(root, 'README.md'), 'utf8');
    assert.equal(updateReadme(readme, manifest), readme);
  });

  it('the README API table shows a documented attribute with its description', async () => {
    const manifest = JSON.parse(await readFile(join(root, 'custom-elements.json'), 'utf8'));
    const readme = await readFile(join(root, 'README.md'), 'utf8');
    const map = elementsOf(manifest).get('regin-partner-map');
    const colorBy = map.attributes.find((a) => a.name === 'color-by');
    assert.ok(colorBy?.description);
    assert.ok(readme.includes('| `color-by` |'), 'the color-by row is in the README');
  });

  it('the embed builder writes only attributes the elements document', async () => {
    const manifest = JSON.parse(await readFile(join(root, 'custom-elements.json'), 'utf8'));
    const elements = elementsOf(manifest);
    const { WIDGETS, widgetAttributes } = await importTs('demo/snippet.ts');
    assert.deepEqual(WIDGETS.map((w) => w.tag).sort(), [...TAGS].sort());
    for (const w of WIDGETS) {
      const documented = new Set([...(elements.get(w.tag)?.attributes ?? []).map((a) => a.name), 'lang']);
      const all = widgetAttributes({
        widget: w.tag,
        feedUrl: 'https://example.org/feed.json',
        regions: ['ES51', 'ITF3'],
        colorBy: 'labour',
        lang: 'fr',
        theme: 'dark',
      });
      for (const [name] of all) assert.ok(documented.has(name), `${w.tag} documents ${name}`);
    }
  });
});
