import { expect } from '@open-wc/testing';
import { MIPEX_R_FRAMEWORK } from '../../../src/feed/normalise/mipex-r.js';

describe('normalise/mipex-r', () => {
  it('MIPEX_R_FRAMEWORK has the eight policy areas in canonical order on a 0–100 scale', () => {
    expect(MIPEX_R_FRAMEWORK.id).to.equal('mipex-r');
    expect(MIPEX_R_FRAMEWORK.scale).to.deep.equal([0, 100]);
    expect(MIPEX_R_FRAMEWORK.dimensions.map((d) => d.id)).to.deep.equal([
      'labour',
      'education',
      'health',
      'housing',
      'language',
      'culture',
      'religion',
      'social',
    ]);
  });

  it('MIPEX_R_FRAMEWORK is deep-frozen', () => {
    expect(
      Object.isFrozen(MIPEX_R_FRAMEWORK) &&
        Object.isFrozen(MIPEX_R_FRAMEWORK.dimensions) &&
        MIPEX_R_FRAMEWORK.dimensions.every((d) => Object.isFrozen(d) && Object.isFrozen(d.label)),
    ).to.equal(true);
  });

  it('MIPEX_R_FRAMEWORK labels its dimensions in English', () => {
    // The widgets name them in their own language from the XLIFF files (test/i18n/framework-labels.test.ts).
    expect(MIPEX_R_FRAMEWORK.dimensions[0]!.label.en).to.equal('Labour market');
    expect(MIPEX_R_FRAMEWORK.dimensions.every((d) => typeof d.label.en === 'string')).to.equal(true);
  });
});
