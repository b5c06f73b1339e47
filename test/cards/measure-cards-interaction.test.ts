import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LazyPart } from '../../src/core/lazy-part.js';
import { selectIn, selectedIn } from '../../src/core/selection.js';
import {
  $,
  $$,
  basicJson,
  count,
  mount,
  option,
  optionCount,
  search,
  text,
  tick,
  titles,
  uniqueGroup,
  type Cards,
} from './element-helpers.js';

const active = (el: Cards) => el.shadowRoot!.activeElement as HTMLElement | null;
const dialog = (el: Cards) => $<HTMLDialogElement>(el, 'dialog')!;
/** Whether `node` has focus (compared by identity: a failing deep diff of two elements is unreadable). */
const focused = (el: Cards, node: Element | null | undefined) => !!node && active(el) === node;

function openButton(el: Cards, title: string): HTMLButtonElement {
  const card = $$(el, '[part~=card]').find((c) => text(c.querySelector('h3')) === title);
  if (!card) throw new Error(`no card ${title}`);
  return card.querySelector<HTMLButtonElement>('.open')!;
}

describe('<regin-measure-cards> interaction', () => {
  afterEach(() => LazyPart.loaders.clear());
  it('is accessible with the detail view open', async () => {
    const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
    openButton(el, 'Language and civic integration courses').click();
    await waitUntil(() => dialog(el).open, 'dialog opens');
    await expect(el).to.be.accessible();
    dialog(el).close();
  });

  describe('detail view', () => {
    it('opens on user action, fires regin-measure-open and moves focus to its heading', async () => {
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
      const button = openButton(el, 'Language and civic integration courses');
      expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
      setTimeout(() => button.click());
      const event = await oneEvent(el, 'regin-measure-open');
      expect(event.detail).to.deep.equal({ measureId: 'm-es51-001' });
      expect(event.bubbles && event.composed).to.equal(true);
      await waitUntil(() => dialog(el).open, 'dialog opens');
      await el.updateComplete;
      expect(focused(el, $(el, 'dialog h2')), 'focus on the dialog heading').to.equal(true);
      expect(text(active(el))).to.equal('Language and civic integration courses');
      expect(dialog(el).getAttribute('aria-labelledby')).to.equal('detail-title');
      dialog(el).close();
    });

    it('shows summary, lead, stakeholders, funding, budget, role, lessons, tips, evaluation and links', async () => {
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
      openButton(el, 'Language and civic integration courses').click();
      await waitUntil(() => dialog(el).open);
      const d = text(dialog(el));
      expect(d).to.include('Free Catalan and Spanish courses');
      expect(d).to.include('Secretariat for Equality, Migration and Citizenship');
      expect(d).to.include('Municipal adult schools');
      expect(d).to.include('Consortium for Language Normalisation');
      expect(d).to.include('AMIF and Regional budget');
      expect(d).to.include('€120,000');
      expect(d).to.include('Implemented the measure directly');
      expect(d).to.include('Evening classes and childcare doubled attendance');
      expect(d).to.include('Works wherever adult schools exist');
      const rows = $$(el, '.evaluation li').map(text);
      expect(rows).to.have.length(7);
      expect(rows[0]).to.equal('Communication 4 of 5');
      expect(rows[5]).to.equal('Monitoring and evaluation 2 of 5');
      // the bars are decoration: the numbers are in the text
      expect($(el, '.evaluation .pips')!.getAttribute('aria-hidden')).to.equal('true');
      expect($$(el, '.evaluation li')[0]!.querySelectorAll('.pip.on')).to.have.length(4);
      const links = $$<HTMLAnchorElement>(el, 'dialog a').map((a) => [text(a), a.href]);
      expect(links).to.deep.equal([
        ['More about this measure', 'https://catalonia.regin.example/measures/language-courses'],
        ['About Catalonia', 'https://catalonia.regin.example/'],
      ]);
      dialog(el).close();
    });

    it('formats budget and dates in the widget’s language', async () => {
      const el = await mount(
        html`<regin-measure-cards lang="es" .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`,
      );
      openButton(el, 'Cursos de lengua e integración cívica').click();
      await waitUntil(() => dialog(el).open);
      expect(text(dialog(el))).to.match(/120\.000\s€/);
      expect(text(dialog(el))).to.match(/marzo de 2019/);
      dialog(el).close();
    });

    it('closes with Escape and returns focus to the card’s button', async () => {
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
      const button = openButton(el, 'Language cafés in Skåne libraries');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog(el).open, 'dialog opens');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog(el).open, 'dialog closes');
      await waitUntil(() => focused(el, openButton(el, 'Language cafés in Skåne libraries')), 'focus back on the card’s button');
    });

    it('is styled once its code has loaded (the dialog’s own styles, not the browser’s)', async () => {
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
      openButton(el, 'Welcome desk for migrants').click();
      await waitUntil(() => dialog(el).open, 'dialog opens');
      expect(getComputedStyle(dialog(el)).paddingTop).to.equal('0px');
      expect(getComputedStyle($(el, '.detail-body')!).display).to.equal('grid');
      dialog(el).close();
    });

    it('says so in the dialog when its content cannot be loaded, and closes back to the card', async () => {
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
      LazyPart.loaders.set('cards.detail', () => Promise.reject(new TypeError('Failed to fetch')));
      openButton(el, 'Welcome desk for migrants').click();
      await waitUntil(() => dialog(el).open, 'dialog opens');
      const heading = $(el, 'dialog h2');
      expect(text(heading)).to.equal('This part could not be loaded; please try again.');
      expect(focused(el, heading), 'focus on the notice').to.equal(true);
      expect(text(dialog(el))).not.to.contain('Lead');
      $$<HTMLButtonElement>(el, 'dialog button')
        .find((b) => text(b) === 'Close')!
        .click();
      await waitUntil(() => !dialog(el).open);
      await waitUntil(() => focused(el, openButton(el, 'Welcome desk for migrants')), 'focus back on the card’s button');
    });

    it('closes with its Close button', async () => {
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
      openButton(el, 'Welcome desk for migrants').click();
      await waitUntil(() => dialog(el).open);
      $$<HTMLButtonElement>(el, 'dialog button')
        .find((b) => text(b) === 'Close')!
        .click();
      await waitUntil(() => !dialog(el).open);
      await waitUntil(() => focused(el, openButton(el, 'Welcome desk for migrants')), 'focus back on the card’s button');
    });

    it('marks the search in the detail view too', async () => {
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
      await search(el, 'childcare');
      expect(titles(el)).to.deep.equal(['Language and civic integration courses']);
      expect(text($(el, '[part~=card] .found mark'))).to.equal('childcare');
      openButton(el, 'Language and civic integration courses').click();
      await waitUntil(() => dialog(el).open);
      expect($$(el, 'dialog mark').map(text)).to.deep.equal(['childcare']);
      dialog(el).close();
    });
  });

  describe('keyboard', () => {
    it('goes from search to sort, facets, cards and the detail view and back', async () => {
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
      $<HTMLInputElement>(el, 'input[type=search]')!.focus();
      await sendKeys({ type: 'language' });
      await el.updateComplete;
      expect(titles(el)).to.have.length(4);
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.tagName).to.equal('SELECT');
      await sendKeys({ press: 'Tab' });
      expect(text(active(el))).to.equal('Region');
      expect(active(el)?.tagName).to.equal('SUMMARY');
      await sendKeys({ press: 'Tab' });
      expect(focused(el, option(el, 'Region', 'Apulia')), 'first region option').to.equal(true);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el, option(el, 'Region', 'Catalonia')), 'third region option').to.equal(true);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(titles(el)).to.have.members(['Language and civic integration courses', 'Employment mentoring for refugees']);
      // Tab on through the facets to the first card's button
      for (let i = 0; i < 60 && !active(el)?.classList.contains('open'); i++) await sendKeys({ press: 'Tab' });
      expect(text(active(el))).to.match(/^Details: /);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog(el).open, 'detail opens');
      expect(active(el)?.tagName).to.equal('H2');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog(el).open, 'detail closes');
      await waitUntil(() => text(active(el)).startsWith('Details: '), 'focus back on the card’s button');
    });
  });

  describe('linking', () => {
    it('filters to the region selected in the same group and says so in its chip', async () => {
      const group = uniqueGroup();
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${group}></regin-measure-cards>`);
      selectIn(group, 'ITF4');
      await el.updateComplete;
      expect(titles(el)).to.have.length(3);
      expect($$(el, '[part~=chip]').map(text)).to.deep.equal(['Remove filter: Region: Apulia (from map) ×']);
      expect(count(el)).to.equal('3 of 9 measures match');
    });

    it('shows the linked region as the region filter’s ticked box; ticking another region adds it', async () => {
      const group = uniqueGroup();
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${group}></regin-measure-cards>`);
      selectIn(group, 'ES51');
      await el.updateComplete;
      expect(option(el, 'Region', 'Catalonia').checked).to.equal(true);
      // The region facet's counts say what ticking each box would add.
      expect(optionCount(el, 'Region', 'Azores')).to.equal(1);
      expect(optionCount(el, 'Region', 'Apulia')).to.equal(3);
      await tick(el, 'Region', 'Azores');
      expect(count(el)).to.equal('4 of 9 measures match');
      expect(titles(el)).to.include('Welcome desk for migrants');
      expect(option(el, 'Region', 'Catalonia').checked).to.equal(true);
      expect(option(el, 'Region', 'Azores').checked).to.equal(true);
      expect($$(el, '[part~=chip]').map(text)).to.deep.equal([
        'Remove filter: Region: Catalonia (from map) ×',
        'Remove filter: Region: Azores ×',
      ]);
      expect(selectedIn(group)).to.equal('ES51');
    });

    it('unticking the linked region clears the link and fires regin-region-select', async () => {
      const group = uniqueGroup();
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${group}></regin-measure-cards>`);
      selectIn(group, 'ES51');
      await el.updateComplete;
      await tick(el, 'Region', 'Azores');
      setTimeout(() => option(el, 'Region', 'Catalonia').click());
      const event = await oneEvent(el, 'regin-region-select');
      expect(event.detail).to.deep.equal({ regionId: null });
      await el.updateComplete;
      expect(selectedIn(group)).to.equal(null);
      expect(option(el, 'Region', 'Catalonia').checked).to.equal(false);
      expect(titles(el)).to.deep.equal(['Welcome desk for migrants']);
    });

    it('says the feed has no measures for a linked region without any, and keeps it as an uncheckable box', async () => {
      const group = uniqueGroup();
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${group}></regin-measure-cards>`);
      selectIn(group, 'ES62');
      await el.updateComplete;
      expect(text($(el, '[part=empty] p'))).to.equal('No measures for Region of Murcia in this feed.');
      expect(option(el, 'Region', 'Region of Murcia').checked).to.equal(true);
      expect(optionCount(el, 'Region', 'Region of Murcia')).to.equal(0);
      await tick(el, 'Region', 'Region of Murcia');
      expect(selectedIn(group)).to.equal(null);
      expect(titles(el)).to.have.length(9);
    });

    it('keeps "match these filters" when other filters are set too', async () => {
      const group = uniqueGroup();
      const el = await mount(
        html`<regin-measure-cards .feed=${basicJson()} group=${group} target-group="bip"></regin-measure-cards>`,
      );
      selectIn(group, 'ES62');
      await el.updateComplete;
      expect(text($(el, '[part=empty] p'))).to.equal('No measures in Region of Murcia match these filters.');
    });

    it('ignores selections in other groups', async () => {
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
      selectIn(uniqueGroup(), 'ITF4');
      await el.updateComplete;
      expect(titles(el)).to.have.length(9);
    });

    it('removing the linked chip clears the group selection and fires regin-region-select', async () => {
      const group = uniqueGroup();
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${group}></regin-measure-cards>`);
      selectIn(group, 'SE224');
      await el.updateComplete;
      const chip = $<HTMLButtonElement>(el, '[part~=chip]')!;
      expect(text(chip)).to.equal('Remove filter: Region: Skåne (from map) ×');
      setTimeout(() => chip.click());
      const event = await oneEvent(el, 'regin-region-select');
      expect(event.detail).to.deep.equal({ regionId: null });
      await el.updateComplete;
      expect(selectedIn(group)).to.equal(null);
      expect(titles(el)).to.have.length(9);
      expect($$(el, '[part~=chip]')).to.deep.equal([]);
    });

    it('does not emit when the selection was made by another widget or script', async () => {
      const group = uniqueGroup();
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${group}></regin-measure-cards>`);
      const events: Event[] = [];
      el.addEventListener('regin-region-select', (e) => events.push(e));
      el.addEventListener('regin-measure-open', (e) => events.push(e));
      selectIn(group, 'ITF4');
      await el.updateComplete;
      selectIn(group, null);
      el.region = 'ES51';
      el.query = 'language';
      await el.updateComplete;
      expect(events).to.deep.equal([]);
    });

    it('offers to clear the linked region when nothing matches there', async () => {
      const group = uniqueGroup();
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${group}></regin-measure-cards>`);
      selectIn(group, 'PT20');
      await el.updateComplete;
      await search(el, 'library');
      expect(text($(el, '[part=empty] p'))).to.equal('No measures match “library” in Azores.');
      $$<HTMLButtonElement>(el, '[part=empty] button')
        .find((b) => text(b) === 'Clear the region filter')!
        .click();
      await el.updateComplete;
      expect(selectedIn(group)).to.equal(null);
      expect(titles(el)).to.deep.equal(['Language cafés in Skåne libraries']);
    });
  });

  describe('attributes', () => {
    it('region, dimension, target-group and query preset the filters', async () => {
      const el = await mount(
        html`<regin-measure-cards region="ES51,SE224" dimension="language" target-group="tcn" query="caf" .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`,
      );
      expect(titles(el)).to.deep.equal(['Language cafés in Skåne libraries']);
      expect(option(el, 'Region', 'Catalonia').checked).to.equal(true);
      expect(option(el, 'Policy area', 'Language').checked).to.equal(true);
      expect(option(el, 'Target group', 'Third-country nationals').checked).to.equal(true);
      expect($<HTMLInputElement>(el, 'input[type=search]')!.value).to.equal('caf');
    });

    it('re-filters when an attribute is changed by script', async () => {
      const el = await mount(
        html`<regin-measure-cards region="ITF4" .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`,
      );
      expect(titles(el)).to.have.length(3);
      el.setAttribute('region', 'PT20');
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Welcome desk for migrants']);
      el.removeAttribute('region');
      await el.updateComplete;
      expect(titles(el)).to.have.length(9);
    });
  });

  describe('sync-url', () => {
    let saved = '';
    beforeEach(() => (saved = location.href));
    afterEach(() => history.replaceState(null, '', saved));

    it('reads the filters from the URL hash', async () => {
      history.replaceState(null, '', '#map=x&measures=q:caf;region:SE224');
      const el = await mount(
        html`<regin-measure-cards sync-url .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`,
      );
      expect(titles(el)).to.deep.equal(['Language cafés in Skåne libraries']);
    });

    it('writes the person’s filters to the hash and keeps the rest of it', async () => {
      history.replaceState(null, '', '#map=x');
      const before = history.length;
      const el = await mount(
        html`<regin-measure-cards sync-url .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`,
      );
      await search(el, 'lang');
      await tick(el, 'Region', 'Catalonia');
      expect(location.hash).to.equal('#map=x&measures=q:lang;region:ES51');
      expect(history.length, 'no history entry per keystroke').to.equal(before);
      await tick(el, 'Region', 'Catalonia');
      await search(el, '');
      expect(location.hash).to.equal('#map=x');
    });

    it('follows hashchange (back/forward, shared links)', async () => {
      const el = await mount(
        html`<regin-measure-cards sync-url .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`,
      );
      location.hash = '#measures=status:planned';
      await waitUntil(() => titles(el).length === 1, 'filters follow the hash');
      expect(titles(el)).to.deep.equal(['Housing first for seasonal workers']);
      expect(optionCount(el, 'Status', 'Ongoing')).to.equal(5);
    });

    it('says so, and keeps working without the hash, when the code for the hash cannot be loaded', async () => {
      history.replaceState(null, '', '#measures=status:planned');
      const el = document.createElement('regin-measure-cards');
      LazyPart.loaders.set('cards.hash-sync', () => Promise.reject(new TypeError('Failed to fetch')));
      el.syncUrl = true;
      el.group = uniqueGroup();
      el.feed = basicJson();
      document.body.append(el);
      try {
        await waitUntil(() => el.state !== 'loading' && $(el, '[part~=notice][role=status]'), 'the notice shows');
        await expect(el).to.be.accessible();
        expect(text($(el, '[part~=notice][role=status]'))).to.equal(
          'The filters cannot be kept in the page address: part of the widget could not be loaded.',
        );
        expect(titles(el)).to.have.length(9);
        await tick(el, 'Region', 'Catalonia');
        expect(location.hash).to.equal('#measures=status:planned');
      } finally {
        el.remove();
      }
    });

    it('leaves the hash alone without sync-url', async () => {
      history.replaceState(null, '', '#measures=status:planned');
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
      expect(titles(el)).to.have.length(9);
      await tick(el, 'Region', 'Catalonia');
      expect(location.hash).to.equal('#measures=status:planned');
    });
  });
});
