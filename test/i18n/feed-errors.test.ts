import { expect } from '@open-wc/testing';
import type { FeedErrorCode } from '../../src/feed/types.js';
import { feedErrorReason } from '../../src/i18n/feed-errors.js';
import { localeIn, unmountAll } from './locale.js';

const CODES: FeedErrorCode[] = ['network', 'timeout', 'http', 'content-type', 'too-large', 'parse', 'invalid', 'version'];

describe('feedErrorReason()', () => {
  after(() => unmountAll());

  it('gives a different sentence for every error code', async () => {
    const en = await localeIn('en');
    const reasons = CODES.map((c) => feedErrorReason(en, c));
    expect(reasons.every((r) => r.endsWith('.'))).to.equal(true);
    expect(new Set(reasons).size).to.equal(CODES.length);
    expect(feedErrorReason(en, 'timeout')).to.equal('The server took too long to answer.');
  });

  it('says it in the widget language', async () => {
    const en = await localeIn('en');
    for (const lang of ['fr', 'es', 'ca', 'it', 'pt', 'sv']) {
      const i18n = await localeIn(lang);
      for (const c of CODES) expect(feedErrorReason(i18n, c), `${c} in ${lang}`).to.not.equal(feedErrorReason(en, c));
    }
  });

  it('says nothing for a code it does not know', async () => {
    expect(feedErrorReason(await localeIn('en'), 'teapot' as FeedErrorCode)).to.equal('');
  });
});
