import { expect } from '@open-wc/testing';
import type { LocaleController } from '../../src/i18n/locale-controller.js';
import { MAP_ROLES, mapItems, type MapItem } from '../../src/map/items.js';
import {
  describeItem,
  insetLabel,
  itemLines,
  itemWords,
  measuresLabel,
  organisationsLabel,
  roleLabel,
  summaryText,
} from '../../src/map/words.js';
import { localeIn, unmountAll } from '../i18n/locale.js';
import { fixtureFeed } from './helpers.js';

describe('map labels', () => {
  let en: LocaleController;
  let fr: LocaleController;
  let items: MapItem[];
  const item = (key: string) => items.find((i) => i.key === key)!;

  before(async () => {
    en = await localeIn('en');
    fr = await localeIn('fr');
    items = mapItems(await fixtureFeed());
  });
  after(() => unmountAll());

  it('roleLabel() names every role, differently, in the widget language', () => {
    const names = MAP_ROLES.map((r) => roleLabel(en, r));
    expect(new Set(names).size).to.equal(MAP_ROLES.length);
    expect(roleLabel(en, 'regional-partner')).to.equal('Regional partner');
    expect(roleLabel(fr, 'regional-partner')).to.not.equal('Regional partner');
  });

  it('insetLabel() names each outermost region’s inset', () => {
    expect(insetLabel(en, 'PT20')).to.equal('Azores');
    expect(insetLabel(en, 'ES70')).to.equal('Canary Islands');
    expect(insetLabel(fr, 'ES70')).to.not.equal('Canary Islands');
  });

  it('measuresLabel() counts measures with the language’s plural forms and number format', () => {
    expect(measuresLabel(en, 1)).to.equal('1 measure');
    expect(measuresLabel(en, 0)).to.equal('0 measures');
    expect(measuresLabel(en, 1234)).to.equal('1,234 measures');
    expect(measuresLabel(fr, 1234)).to.contain(new Intl.NumberFormat('fr').format(1234));
  });

  it('organisationsLabel() lists a region’s partners by acronym or name, and a partner marker by its city', async () => {
    expect(organisationsLabel(en, item('ES51'))).to.equal('Government of Catalonia');
    const ca = await localeIn('ca');
    expect(organisationsLabel(ca, item('ES51'))).to.equal('Generalitat de Catalunya');
    expect(organisationsLabel(en, item('partner:cpmr'))).to.equal('Rennes');
    expect(organisationsLabel(en, item('FRH')), 'a member region without partners').to.equal('');
  });

  it('itemWords(), itemLines() and describeItem() say the same of an item, the score only when coloured', () => {
    const es51 = item('ES51');
    const words = itemWords(en, es51);
    expect(words.name).to.equal(en.text(es51.name).value);
    expect(words.before[0]).to.equal('Regional partner');
    expect(words.after).to.equal('2 measures');
    expect(itemLines(words, es51)).to.deep.equal([...words.before, '2 measures']);
    expect(itemLines(words, es51, () => 'Labour market: 67')).to.deep.equal([...words.before, 'Labour market: 67', '2 measures']);
    expect(describeItem(words, es51, () => 'Labour market: 67')).to.equal(
      [words.name, ...words.before, 'Labour market: 67', '2 measures'].join(', '),
    );
    const marker = item('partner:cpmr');
    const markerWords = itemWords(en, marker);
    expect(markerWords.after, 'a partner is no region: no measures').to.equal('');
    expect(itemLines(markerWords, marker, () => 'never shown')).to.not.include('never shown');
  });

  it('summaryText() counts the places by role, names the insets and what could not be placed', () => {
    const shown = [item('ES51'), item('PT20'), item('FRH'), item('partner:cpmr')];
    const text = summaryText(en, shown, ['PT20', 'ES70'], 1, 'Coloured by labour market.');
    expect(text).to.equal(
      'The map shows 4 places (Project coordinator: 1; Regional partner: 2; CPMR member region: 1). ' +
        'Outermost regions in insets: Azores and Canary Islands. Coloured by labour market. ' +
        '1 could not be placed on the map; see the list below it.',
    );
    expect(summaryText(en, shown, [], 0)).to.equal(
      'The map shows 4 places (Project coordinator: 1; Regional partner: 2; CPMR member region: 1).',
    );
  });
});
