import { expect } from '@open-wc/testing';
import type { NationalBaseline } from '../../src/chart/profiles.js';
import type { LocaleController } from '../../src/i18n/locale-controller.js';
import { radarModel } from '../../src/radar/model.js';
import { chartCaption, pointName, summaryWords } from '../../src/radar/words.js';
import { localeIn, unmountAll } from '../i18n/locale.js';
import { feed } from './fixture.js';

const SPAIN: NationalBaseline = { country: 'ES', label: { en: 'MIPEX 2020' }, value: 60, year: 2019, synthetic: false };

describe('radar words', () => {
  let en: LocaleController;
  let fr: LocaleController;
  before(async () => {
    en = await localeIn('en');
    fr = await localeIn('fr');
  });
  after(() => unmountAll());

  it('pointName() names a point by region, dimension and value', () => {
    expect(pointName(en, 'Catalonia', 'Labour market', '67')).to.equal('Catalonia, Labour market: 67');
    expect(pointName(en, 'Campania', 'Religion', 'no data')).to.equal('Campania, Religion: no data');
  });

  it('summaryWords() compares with the average of the shown regions, the plural following the number as shown', () => {
    const words = summaryWords(en, 'average');
    expect(words.above('1', 1)).to.equal('1 point above the average of the shown regions');
    expect(words.above('1', 1.04), 'shown as 1').to.equal('1 point above the average of the shown regions');
    expect(words.below('1.5', 1.5)).to.equal('1.5 points below the average of the shown regions');
    expect(words.same()).to.equal('level with the average of the shown regions');
    expect(words.strongest('Health', '70')).to.equal('Strongest: Health 70');
    expect(words.weakest('Religion', '35')).to.equal('weakest: Religion 35');
  });

  it('summaryWords() compares with the national score, naming it', () => {
    const words = summaryWords(en, 'national', SPAIN);
    expect(words.above('7', 7)).to.equal('7 points above the national MIPEX overall score (60)');
    expect(words.below('1', 1)).to.equal('1 point below the national MIPEX overall score (60)');
    expect(words.same()).to.equal('level with the national MIPEX overall score (60)');
  });

  it('summaryWords() lists missing dimensions and says when there is nothing to summarise, in the language', () => {
    expect(summaryWords(en, 'average').missing(['Health', 'Housing'])).to.equal('no data for Health and Housing');
    expect(summaryWords(en, 'none').none()).to.equal('No scores to summarise.');
    expect(summaryWords(fr, 'average').missing(['Santé', 'Logement'])).to.contain('Santé et Logement');
    expect(summaryWords(fr, 'none').none()).to.not.equal('No scores to summarise.');
  });

  it('chartCaption() gives the years shown, the target group and the scale', () => {
    const model = radarModel(feed(), ['ES51']);
    expect(chartCaption(en, model, 'tcn', [0, 100])).to.equal('Scores 2021 for third-country nationals, on a scale of 0 to 100.');
    const none = radarModel(feed(), ['FRH']);
    expect(none.years).to.equal(undefined);
    expect(chartCaption(en, none, 'bip', [0, 100])).to.equal(
      'Scores for beneficiaries of international protection, on a scale of 0 to 100.',
    );
  });
});
