// The feed contract is generated from the JSON Schema: this fails when the schema changed and
// src/feed/contract.ts or src/feed/document.ts was not rebuilt.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { contractSource, documentSource, generatedFiles } from '../../scripts/build-feed-contract.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const schemaText = () => readFile(new URL('../../schema/regin-feed-1.schema.json', import.meta.url), 'utf8');

describe('src/feed/contract.ts and src/feed/document.ts', () => {
  it('are up to date with schema/regin-feed-1.schema.json', async () => {
    for (const { file, name, source } of await generatedFiles(JSON.parse(await schemaText()))) {
      assert.equal(await readFile(file, 'utf8'), source, `${name}: run node scripts/build-feed-contract.mjs`);
    }
  });

  it('contract.ts follows a change of the schema (a cap, an allowed value, a required field)', async () => {
    const schema = JSON.parse(await schemaText());
    schema.$defs.id.maxLength = 80;
    schema.$defs.measure.properties.status.enum.push('paused');
    schema.$defs.measure.required.push('summary');
    const source = contractSource(schema);
    assert.match(source, /\n {2}id: 80,\n/);
    assert.match(source, /MEASURE_STATUSES = Object\.freeze\(\["planned","ongoing","completed","paused"\] as const\)/);
    assert.match(source, /\n {2}measure: \["id","region","title","summary"\],\n/);
  });

  it('document.ts follows a change of the schema (an allowed value, a required field, a new field)', async () => {
    const schema = JSON.parse(await schemaText());
    schema.$defs.measure.properties.status.enum.push('paused');
    schema.$defs.measure.required.push('summary');
    schema.$defs.region.properties.population = { description: 'Inhabitants.', type: 'integer' };
    const source = await documentSource(schema);
    assert.match(source, /status\?: 'planned' \| 'ongoing' \| 'completed' \| 'paused';/);
    assert.match(source, /\n {2}summary: LongTextDocument;\n/);
    assert.match(source, /\n {2}population\?: number;\n/);
  });

  it('build-feed-contract.mjs --check exits 0 on the committed files', async () => {
    const code = await new Promise((resolve) => {
      execFile(process.execPath, ['scripts/build-feed-contract.mjs', '--check'], { cwd: root }, (error) =>
        resolve(error ? error.code : 0),
      );
    });
    assert.equal(code, 0);
  });
});
