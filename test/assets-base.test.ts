import { expect } from '@open-wc/testing';
import { customAssetsBase, setAssetsBase } from '../src/assets-base.js';

describe('setAssetsBase() and customAssetsBase()', () => {
  afterEach(() => setAssetsBase(null));

  it('have no base until one is set', () => {
    expect(customAssetsBase()).to.equal(undefined);
  });

  it('resolve a base against the page and end it with a slash', () => {
    setAssetsBase('/static/regin-assets');
    expect(customAssetsBase()).to.equal(new URL('/static/regin-assets/', document.baseURI).href);
    setAssetsBase('https://cdn.example/regin/1.0/');
    expect(customAssetsBase()).to.equal('https://cdn.example/regin/1.0/');
    setAssetsBase('assets');
    expect(customAssetsBase()).to.equal(new URL('assets/', document.baseURI).href);
  });

  it('go back to the bundled files with null', () => {
    setAssetsBase('https://cdn.example/x/');
    setAssetsBase(null);
    expect(customAssetsBase()).to.equal(undefined);
  });

  it('share the base with every copy of the library on the page', () => {
    setAssetsBase('https://cdn.example/shared/');
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('regin-widgets.assets-base')]).to.equal(
      'https://cdn.example/shared/',
    );
  });
});
