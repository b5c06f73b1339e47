import { expect } from '@open-wc/testing';
import { VERSION } from '../src/version.js';

describe('VERSION', () => {
  it('is the version of package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
