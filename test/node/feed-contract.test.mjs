// The feed contract is generated from the JSON Schema: this fails when the schema changed and
// src/feed/contract.ts was not rebuilt.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { contractSource } from '../../scripts/build-feed-contract.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const schemaText = () => readFile(new URL('../../schema/regin-feed-1.schema.json', import.meta.url), 'utf8');

describe('src/feed/contract.ts', () => {
  it('is up to date with schema/regin-feed-1.schema.json', async () => {
    const committed = await readFile(new URL('../../src/feed/contract.ts', import.meta.url), 'utf8');
    assert.equal(committed, contractSource(JSON.parse(await schemaText())), 'run node scripts/build-feed-contract.mjs');
  });

  it('follows a change of the schema (a cap, an allowed value)', async () => {
    const schema = JSON.parse(await schemaText());
    schema.$defs.id.maxLength = 80;
    schema.$defs.measure.properties.status.enum.push('paused');
    const source = contractSource(schema);
    assert.match(source, /\n {2}id: 80,\n/);
    assert.match(source, /MEASURE_STATUSES = Object\.freeze\(\["planned","ongoing","completed","paused"\] as const\)/);
  });

  it('build-feed-contract.mjs --check exits 0 on the committed file', async () => {
    const code = await new Promise((resolve) => {
      execFile(process.execPath, ['scripts/build-feed-contract.mjs', '--check'], { cwd: root }, (error) =>
        resolve(error ? error.code : 0),
      );
    });
    assert.equal(code, 0);
  });
});
