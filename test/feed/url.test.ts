import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MAX_URL_LENGTH, safeUrl } from '../../src/feed/url.js';

describe('safeUrl()', () => {
  it('accepts https, http and mailto links and returns the normalised href', () => {
    expect(safeUrl('https://www.cpmr.org/')).to.equal('https://www.cpmr.org/');
    expect(safeUrl('HTTPS://Example.ORG/a b?q=1#x')).to.equal('https://example.org/a%20b?q=1#x');
    expect(safeUrl('http://example.org')).to.equal('http://example.org/');
    expect(safeUrl('mailto:info@example.org')).to.equal('mailto:info@example.org');
    expect(safeUrl('  https://example.org/trimmed  ')).to.equal('https://example.org/trimmed');
  });

  it('refuses javascript: in any spelling', () => {
    const forms = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      '\u0000javascript:alert(1)',
      '\u0001 javascript:alert(1)',
      '\u001Fjavascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      'javascript\t:alert(1)',
      'javascript&colon;alert(1)',
      'javascript&#58;alert(1)',
      '&#106;avascript:alert(1)',
      '%6Aavascript:alert(1)',
      'javascript%3Aalert(1)',
      '\u202Ejavascript:alert(1)',
      'javascript://example.org/%0Aalert(1)',
    ];
    for (const form of forms) expect(safeUrl(form), JSON.stringify(form)).to.equal(undefined);
  });

  it('refuses data:, vbscript:, file: and other schemes', () => {
    for (const url of [
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org/',
      'blob:https://example.org/uuid',
      'about:blank',
      'tel:+33123456789',
    ]) {
      expect(safeUrl(url), url).to.equal(undefined);
    }
  });

  it('refuses relative and protocol-relative URLs without a base', () => {
    for (const url of ['//evil.example/x', '/measures/1', 'measures/1', '?q=1', '#top', '\\\\evil.example\\x', '.']) {
      expect(safeUrl(url), url).to.equal(undefined);
    }
  });

  it('resolves relative URLs against an http(s) base', () => {
    expect(safeUrl('/measures/1', 'https://regin.example/feeds/feed.json')).to.equal('https://regin.example/measures/1');
    expect(safeUrl('m.html', new URL('https://regin.example/feeds/'))).to.equal('https://regin.example/feeds/m.html');
    expect(safeUrl('//other.example/x', 'https://regin.example/')).to.equal('https://other.example/x');
  });

  it('still refuses unsafe schemes and unsafe bases when a base is given', () => {
    expect(safeUrl('javascript:alert(1)', 'https://regin.example/')).to.equal(undefined);
    expect(safeUrl('/x', 'javascript:alert(1)//')).to.equal(undefined);
    expect(safeUrl('/x', 'file:///tmp/')).to.equal(undefined);
    expect(safeUrl('/x', 'not a url')).to.equal(undefined);
  });

  it('keeps an entity-like javascript&colon; text harmless when resolved against a base', () => {
    const url = safeUrl('javascript&colon;alert(1)', 'https://regin.example/');
    expect(url).to.equal('https://regin.example/javascript&colon;alert(1)');
  });

  it('refuses links with a user name or password and links without a host', () => {
    expect(safeUrl('https://bank.example@evil.example/')).to.equal(undefined);
    expect(safeUrl('https://user:pass@example.org/')).to.equal(undefined);
    expect(safeUrl('https://')).to.equal(undefined);
    expect(safeUrl('mailto:')).to.equal(undefined);
    expect(safeUrl('mailto:info @example.org')).to.equal(undefined);
  });

  it('refuses links containing control or bidi override characters', () => {
    expect(safeUrl('https://example.org/a\u0000b')).to.equal(undefined);
    expect(safeUrl('https://example.org/\u202Egnp.exe')).to.equal(undefined);
    expect(safeUrl('https://exa\tmple.org/')).to.equal(undefined);
  });

  it('refuses non-strings', () => {
    for (const value of [undefined, null, 42, true, {}, [], ['https://example.org/'], new URL('https://example.org/')]) {
      expect(safeUrl(value)).to.equal(undefined);
    }
  });

  it(`refuses URLs longer than ${MAX_URL_LENGTH} characters, also after encoding`, () => {
    const head = 'https://example.org/';
    expect(safeUrl(head + 'a'.repeat(MAX_URL_LENGTH - head.length))).to.have.length(MAX_URL_LENGTH);
    expect(safeUrl(head + 'a'.repeat(MAX_URL_LENGTH - head.length + 1))).to.equal(undefined);
    expect(safeUrl(head + ' '.repeat(MAX_URL_LENGTH - head.length - 1) + 'x')).to.equal(undefined);
    expect(safeUrl('https://example.org/' + 'x'.repeat(1_000_000))).to.equal(undefined);
  });

  it('property: whatever it returns is an absolute http(s)/mailto href that passes the check again', () => {
    const candidates = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc
        .tuple(fc.constantFrom('javascript:', 'data:', 'mailto:', 'https://', '//', ' ', '\t'), fc.string({ unit: 'binary' }))
        .map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(candidates, (value) => {
        const url = safeUrl(value);
        if (url === undefined) return;
        expect(url.length).to.be.at.most(MAX_URL_LENGTH);
        expect(new URL(url).protocol).to.be.oneOf(['https:', 'http:', 'mailto:']);
        expect(safeUrl(url)).to.equal(url);
      }),
      { numRuns: 500 },
    );
  });
});
