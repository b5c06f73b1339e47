import { expect } from '@open-wc/testing';
import { buildProfiles } from '../../src/chart/profiles.js';
import { seriesStyle } from '../../src/chart/palette.js';
import type { Column } from '../../src/comparison/views.js';
import { pickerWords, sortOptions, tableWords } from '../../src/comparison/words.js';
import type { LocaleController } from '../../src/i18n/locale-controller.js';
import { localeIn, unmountAll } from '../i18n/locale.js';
import { feed } from '../radar/fixture.js';

const column = (id: string, name: string): Column => ({ id, name, style: seriesStyle(0), synthetic: false });

describe('comparison words', () => {
  let en: LocaleController;
  let fr: LocaleController;
  before(async () => {
    en = await localeIn('en');
    fr = await localeIn('fr');
  });
  after(() => unmountAll());

  it('pickerWords() names the pickers and their buttons by slot and region', () => {
    const words = pickerWords(en);
    expect(words.legend).to.equal('Regions compared');
    expect(words.slot(2)).to.equal('Region 2');
    expect([words.up('Azores'), words.down('Azores'), words.remove('Azores')]).to.deep.equal([
      'Move Azores left',
      'Move Azores right',
      'Remove Azores',
    ]);
    expect(words.add).to.equal('Add a region');
    expect(pickerWords(fr).add).to.not.equal('Add a region');
  });

  it('sortOptions() offers the framework order, the largest gap, then each shown region', () => {
    const options = sortOptions(en, [column('ES51', 'Catalonia'), column('PT20', 'Azores')]);
    expect(options).to.deep.equal([
      { id: 'dimension', name: 'Framework order' },
      { id: 'gap', name: 'Largest gap first' },
      { id: 'ES51', name: 'Catalonia: highest first' },
      { id: 'PT20', name: 'Azores: highest first' },
    ]);
    expect(sortOptions(en, []).map((o) => o.id)).to.deep.equal(['dimension', 'gap']);
  });

  it('tableWords() captions the table with the years, the target group, the scale and the sort', () => {
    const f = feed();
    const words = tableWords(en, buildProfiles(f, ['ES51', 'PT20']), 'tcn', f, 'Largest gap first');
    expect(words.caption).to.equal(
      'Indicator scores 2021 for third-country nationals, on a scale of 0 to 100; rows sorted by: Largest gap first.',
    );
    const none = tableWords(en, buildProfiles(f, ['FRH']), 'bip', f, 'Framework order');
    expect(none.caption, 'no year without scores').to.equal(
      'Indicator scores for beneficiaries of international protection, on a scale of 0 to 100; rows sorted by: Framework order.',
    );
    expect([words.dimension, words.highest, words.lowest]).to.deep.equal(['Dimension', 'highest', 'lowest']);
    expect(tableWords(fr, buildProfiles(f, ['ES51']), 'tcn', f).gap).to.not.equal(words.gap);
  });
});
