// The build step that swaps message ids for short ones in the sources and the language modules alike.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import shortMessageIds, { shortenMessageIds, shortIds, translatedIds } from '../../scripts/vite-plugin-short-message-ids.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const localeModule = (entries) =>
  `import {str} from '@lit/localize';\nexport const templates = {\n${entries.map(([k, v]) => `'${k}': ${v},`).join('\n')}\n};\n`;

describe('shortIds', () => {
  it('numbers the ids in sorted order, in base 36, once each', () => {
    const ids = shortIds(['b.x', 'a.y', 'b.x', 'a.z']);
    assert.deepEqual([...ids], [['a.y', '0'], ['a.z', '1'], ['b.x', '2']]);
    const many = shortIds(Array.from({ length: 40 }, (_, i) => `m.${String(i).padStart(2, '0')}`));
    assert.equal(many.get('m.36'), '10');
  });
});

describe('translatedIds', () => {
  it('reads the keys of a language module’s templates', () => {
    const code = localeModule([['cards.open', '`Détails`'], ['cards.count', 'str`${0} mesures`']]);
    assert.deepEqual(translatedIds(code, 'fr.ts'), ['cards.open', 'cards.count']);
  });

  it('refuses a module without templates', () => {
    assert.throws(() => translatedIds('export const other = {};', 'x.ts'), /templates/);
  });
});

describe('shortenMessageIds', () => {
  const ids = shortIds(['cards.open', 'cards.count', 'notice.error']);

  it('replaces the id of every msg call, however msg is reached', () => {
    const code = [
      "const { msg } = i18n;",
      "a(msg('Details', { id: 'cards.open' }));",
      "b(this.i18n.msg(str`${n} measures`, { id: \"cards.count\" }));",
      "c(i18n.msg('Error', {\n  id: 'notice.error',\n}));",
    ].join('\n');
    assert.equal(
      shortenMessageIds(code, 'm.ts', ids).code,
      [
        "const { msg } = i18n;",
        "a(msg('Details', { id: '1' }));",
        "b(this.i18n.msg(str`${n} measures`, { id: '0' }));",
        "c(i18n.msg('Error', {\n  id: '2',\n}));",
      ].join('\n'),
    );
  });

  it('leaves ids that no language translates, and id properties outside msg calls', () => {
    const code = "msg('New', { id: 'cards.new' });\nconst option = { id: 'cards.open', name: 'x' };\nother('x', { id: 'cards.open' });";
    assert.equal(shortenMessageIds(code, 'm.ts', ids), null);
  });

  it('refuses an untranslated id that could be taken for a short one', () => {
    assert.throws(() => shortenMessageIds("msg('x', { id: '1' });", 'm.ts', ids), /looks like a short id/);
  });

  it('replaces the keys of a language module and nothing else in it', () => {
    const code = localeModule([['cards.open', "`cards.open`"], ['cards.count', 'str`${0} mesures`'], ['cards.new', '`Nouveau`']]);
    const out = shortenMessageIds(code, 'fr.ts', ids, { locale: true }).code;
    assert.equal(out, localeModule([['1', '`cards.open`'], ['0', 'str`${0} mesures`'], ['cards.new', '`Nouveau`']]));
  });

  it('keeps a source map back to the original lines', () => {
    const code = "const a = 1;\nmsg('Details', { id: 'cards.open' });\nexport const b = 2;\n";
    const { map } = shortenMessageIds(code, 'm.ts', ids);
    assert.deepEqual(map.sources, ['m.ts']);
    assert.equal(map.mappings.split(';').length, 4);
  });
});

describe('on this project', () => {
  const localesDir = join(root, 'src/generated/locales');
  const locales = readdirSync(localesDir).filter((f) => f.endsWith('.ts'));
  const ids = shortIds(locales.flatMap((f) => translatedIds(readFileSync(join(localesDir, f), 'utf8'), f)));
  const sources = (function list(dir) {
    return readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      if (p === localesDir) return [];
      return statSync(p).isDirectory() ? list(p) : p.endsWith('.ts') ? [p] : [];
    });
  })(join(root, 'src'));

  it('gives each message the same short id in the sources and in every language module', () => {
    const used = new Map();
    for (const file of sources) {
      const code = readFileSync(file, 'utf8');
      const out = shortenMessageIds(code, file, ids);
      if (!out) continue;
      const before = [...code.matchAll(/\bid: '([^']+)'/g)].map((m) => m[1]);
      const after = [...out.code.matchAll(/\bid: '([^']+)'/g)].map((m) => m[1]);
      assert.equal(after.length, before.length, file);
      before.forEach((id, k) => {
        if (ids.has(id)) {
          assert.equal(after[k], ids.get(id), `${file}: ${id}`);
          used.set(id, after[k]);
        }
      });
    }
    assert.ok(used.size > 150, `only ${used.size} translated messages found in the sources`);
    for (const f of locales) {
      const code = readFileSync(join(localesDir, f), 'utf8');
      const keys = translatedIds(shortenMessageIds(code, f, ids, { locale: true }).code, f);
      const long = translatedIds(code, f);
      assert.deepEqual(keys, long.map((id) => ids.get(id)), f);
      for (const id of long) if (used.has(id)) assert.equal(ids.get(id), used.get(id), `${f}: ${id}`);
    }
  });
});

describe('the Vite plugin', () => {
  it('reads the language modules when a build starts and rewrites modules by where they are', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'regin-ids-'));
    try {
      await writeFile(join(dir, 'fr.ts'), localeModule([['b.two', '`deux`'], ['a.one', '`un`']]));
      await writeFile(join(dir, 'sv.ts'), localeModule([['c.three', '`tre`']]));
      const plugin = shortMessageIds({ localesDir: dir });
      assert.equal(plugin.enforce, 'pre');
      assert.equal(plugin.apply, 'build');
      plugin.buildStart();
      const source = plugin.transform.handler("msg('Three', { id: 'c.three' });", '/repo/src/x.ts');
      assert.equal(source.code, "msg('Three', { id: '2' });");
      const locale = plugin.transform.handler(localeModule([['a.one', '`un`']]), join(dir, 'fr.ts'));
      assert.equal(locale.code, localeModule([['0', '`un`']]));
      assert.equal(plugin.transform.handler(localeModule([['a.one', '`un`']]), '/repo/src/other.ts'), null);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
