import { expect } from '@open-wc/testing';
import { str, type TemplateMap } from '@lit/localize';
import { html } from 'lit';
import { translate } from '../../src/i18n/catalogs.js';
import { templates as fr } from '../../src/generated/locales/fr.js';

describe('translate()', () => {
  const n = 3;
  const total = 12;

  it('gives the translation of a plain message by its id', () => {
    expect(translate(fr, 'Details', 'cards.card.open')).to.equal('Détails');
  });

  it('fills a translated str message with the values of the source', () => {
    const message = str`Matching measures: ${n} of ${total}`;
    expect(translate(fr, message, 'cards.count.some')).to.equal('Mesures correspondantes\u00a0: 3 sur 12');
  });

  it('puts the values where the translation moved them', () => {
    const reordered = { 'x.order': str`${1} / ${0}` } as unknown as TemplateMap;
    expect(translate(reordered, str`${'first'} then ${'second'}`, 'x.order')).to.equal('second / first');
  });

  it('falls back to the English source, never to the id', () => {
    expect(translate(fr, 'Not translated', 'x.unknown')).to.equal('Not translated');
    expect(translate(fr, str`${n} things`, 'x.unknown')).to.equal('3 things');
    expect(translate(undefined, str`${n} of ${total}`, 'cards.count.some'), 'English has no catalog').to.equal('3 of 12');
    expect(translate(fr, 'Details', undefined), 'a message without an id is not looked up').to.equal('Details');
  });

  it('does not mix a plain translation into a str message or the other way round', () => {
    const mixed = { 'x.plain': 'plain', 'x.str': str`tagged ${0}` } as unknown as TemplateMap;
    expect(translate(mixed, str`source ${n}`, 'x.plain')).to.equal('source 3');
    expect(translate(mixed, 'source', 'x.str')).to.equal('source');
  });

  it('returns an html template as written', () => {
    const template = html`<b>x</b>`;
    expect(translate(fr, template, 'cards.card.open')).to.equal(template);
  });
});
