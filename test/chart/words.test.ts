import { expect } from '@open-wc/testing';
import { buildProfiles, type NationalBaseline } from '../../src/chart/profiles.js';
import {
  captionParts,
  countryName,
  formatScore,
  illustrative,
  markedName,
  nationalLabel,
  noData,
  substitutionNotes,
  targetGroupName,
} from '../../src/chart/words.js';
import { localeIn, unmountAll } from '../i18n/locale.js';
import { feed } from '../radar/fixture.js';

describe('formatScore()', () => {
  it('writes a score as Intl does in each language, the same text however often it is asked', () => {
    for (const tag of ['en', 'fr', 'sv']) {
      const intl = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
      for (const v of [0, 67, 67.25, 1234.5, 67, 67.25]) expect(formatScore(tag, v)).to.equal(intl.format(v));
    }
    expect(formatScore('fr', 1234.5)).to.not.equal(formatScore('en', 1234.5));
  });

  it('gives an empty text for non-finite values and keeps the sign of negative zero', () => {
    expect(formatScore('en', Number.NaN)).to.equal('');
    expect(formatScore('en', Infinity)).to.equal('');
    expect(formatScore('en', 0)).to.equal('0');
    expect(formatScore('en', -0)).to.equal(new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(-0));
  });
});

describe('targetGroupName()', () => {
  after(() => unmountAll());

  it('names the two MIPEX-R groups in the widget language and shows other groups as written', async () => {
    const en = await localeIn('en');
    expect(targetGroupName(en, 'tcn')).to.equal('third-country nationals');
    expect(targetGroupName(en, 'bip')).to.equal('beneficiaries of international protection');
    expect(targetGroupName(await localeIn('fr'), 'tcn')).to.not.equal('third-country nationals');
    expect(targetGroupName(en, 'youth')).to.equal('youth');
    expect(targetGroupName(en, undefined)).to.equal('');
  });
});

describe('captionParts()', () => {
  after(() => unmountAll());

  it('gives the span of the years shown, the group’s name and the ends of the scale in the language', async () => {
    const en = await localeIn('en');
    expect(captionParts(en, [2021, undefined, 2019, 2020], 'tcn', [0, 100])).to.deep.equal([
      '2019–2021',
      'third-country nationals',
      '0',
      '100',
    ]);
    expect(captionParts(en, [2021, 2021], 'bip', [0, 100])[0]).to.equal('2021');
    expect(captionParts(en, [undefined], 'tcn', [0, 100])[0], 'no year at all').to.equal('');
    expect(captionParts(await localeIn('fr'), [], 'tcn', [0, 1000])[3]).to.equal(new Intl.NumberFormat('fr').format(1000));
  });
});

describe('substitutionNotes()', () => {
  after(() => unmountAll());

  it('says which regions show another target group than the one asked for, and only those', async () => {
    const en = await localeIn('en');
    const profiles = buildProfiles(feed(), ['ES51', 'SE224'], 'tcn');
    const notes = substitutionNotes(en, profiles, 'tcn');
    expect(notes).to.have.length(1);
    expect(notes[0])
      .to.contain('Skåne')
      .and.contain('beneficiaries of international protection')
      .and.contain('third-country nationals');
    expect(substitutionNotes(en, buildProfiles(feed(), ['ES51'], 'tcn'), 'tcn')).to.deep.equal([]);
  });
});

describe('countryName()', () => {
  it('names a country in the language, reading Eurostat’s EL and UK as Greece and the United Kingdom', () => {
    expect(countryName('en', 'ES')).to.equal('Spain');
    expect(countryName('fr', 'ES')).to.equal('Espagne');
    expect(countryName('en', 'EL')).to.equal('Greece');
    expect(countryName('en', 'UK')).to.equal('United Kingdom');
  });

  it('falls back to the code for an unusable language tag or code', () => {
    expect(countryName('not a tag!', 'ES')).to.equal('ES');
    expect(countryName('en', 'not a code')).to.equal('not a code');
  });
});

describe('nationalLabel()', () => {
  after(() => unmountAll());
  const baseline = (over: Partial<NationalBaseline> = {}): NationalBaseline => ({
    country: 'ES',
    label: { en: 'MIPEX 2020 national overall score' },
    value: 60,
    year: 2019,
    synthetic: false,
    ...over,
  });

  it('names the country first, then the label, the score and its year, and says it is a national index', async () => {
    const en = await localeIn('en');
    expect(nationalLabel(en, baseline())).to.equal(
      'Spain: MIPEX 2020 national overall score: 60 (2019 data) — national index, not regional',
    );
    expect(nationalLabel(en, baseline({ year: undefined }))).to.equal(
      'Spain: MIPEX 2020 national overall score: 60 — national index, not regional',
    );
  });

  it('does not name the country twice, nor leave the label empty', async () => {
    const en = await localeIn('en');
    expect(nationalLabel(en, baseline({ label: { en: 'Spain (MIPEX 2020)' } }))).to.match(/^Spain \(MIPEX 2020\): 60 /);
    expect(nationalLabel(en, baseline({ label: {} }))).to.match(/^Spain: 60 /);
  });

  it('marks an illustrative score', async () => {
    const en = await localeIn('en');
    expect(nationalLabel(en, baseline({ synthetic: true, value: 60.25 }))).to.contain(`60.3 (${illustrative(en)})`);
  });
});

describe('markedName(), illustrative() and noData()', () => {
  after(() => unmountAll());

  it('mark a synthetic series by name, in the widget language', async () => {
    const en = await localeIn('en');
    expect(markedName(en, 'Catalonia', true)).to.equal('Catalonia (illustrative)');
    expect(markedName(en, 'Catalonia', false)).to.equal('Catalonia');
    expect(markedName(en, 'Catalonia', undefined)).to.equal('Catalonia');
    const fr = await localeIn('fr');
    expect(illustrative(fr)).to.not.equal('illustrative');
    expect(noData(en)).to.equal('no data');
    expect(noData(fr)).to.not.equal('no data');
  });
});
