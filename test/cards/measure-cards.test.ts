import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import hostile from '../fixtures/hostile.json';
import {
  $,
  $$,
  basicJson,
  type Cards,
  count,
  mount,
  option,
  optionCount,
  search,
  text,
  tick,
  titles,
  uniqueGroup,
} from './element-helpers.js';

describe('<regin-measure-cards>', () => {
  it('is accessible', async () => {
    const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
    await expect(el).to.be.accessible();
  });

  describe('cards', () => {
    it('shows each measure with readable labels, not ids', async () => {
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
      expect(el.state).to.equal('ready');
      expect(count(el)).to.equal('9 measures');
      const card = $$(el, '[part~=card]').find((c) => text(c.querySelector('h3')) === 'Language and civic integration courses')!;
      const seen = text(card);
      expect(seen).to.include('Catalonia'); // region name, not ES51
      expect(seen).to.include('Completed');
      expect(seen).to.include('Third-country nationals'); // not "tcn"
      expect(seen).to.include('Beneficiaries of international protection');
      expect(seen).to.include('Language');
      expect(seen).to.match(/March 2019\s*–\s*December 2021/);
      expect(seen).not.to.match(/\b(ES51|tcn|bip)\b/);
    });

    it('shows unknown ids humanised', async () => {
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
      expect(text($(el, '[part~=facets]'))).to.include('Unaccompanied minors');
    });

    it('shows the illustrative-data notice for a sample feed', async () => {
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
      expect(text($(el, '[part~=notice]'))).to.include('Illustrative data');
    });

    it('marks text shown in another language than the widget’s', async () => {
      const el = await mount(
        html`<regin-measure-cards lang="sv" .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`,
      );
      const headings = $$(el, '[part~=card] h3');
      const swedish = headings.find((h) => text(h) === 'Språkcaféer på Skånes bibliotek');
      const english = headings.find((h) => text(h) === 'Housing first for seasonal workers');
      expect(swedish, 'Swedish title shown in a Swedish widget').to.exist;
      expect(swedish!.hasAttribute('lang')).to.equal(false);
      expect(english!.getAttribute('lang')).to.equal('en');
    });
  });

  describe('search', () => {
    it('narrows the cards as one types, ignoring accents and case, and highlights matches', async () => {
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
      $<HTMLInputElement>(el, 'input[type=search]')!.focus();
      await sendKeys({ type: 'EDUCACION' });
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Intercultural education in schools']);
      expect(count(el)).to.equal('1 of 9 measures match');
      // the English title has no match; the Spanish title where it matched is shown with its language
      const found = $(el, '[part~=card] .found span[lang]')!;
      expect(found.getAttribute('lang')).to.equal('es');
      expect(text(found.querySelector('mark'))).to.equal('Educación');
    });

    it('finds measures by a word in another language (Swedish)', async () => {
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
      await search(el, 'nyanlanda');
      expect(titles(el)).to.have.members(['Language cafés in Skåne libraries', 'Civic orientation for newly arrived']);
    });

    it('matches the word being typed as a prefix and marks it in the title', async () => {
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
      await search(el, 'langu');
      expect(titles(el).slice(0, 2)).to.have.members([
        'Language and civic integration courses',
        'Language cafés in Skåne libraries',
      ]);
      expect($$(el, '[part~=card] h3 mark').map(text)).to.include('Langu');
    });

    it('announces the number of matches politely once typing settles', async () => {
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
      const status = $(el, '[role=status]')!;
      await waitUntil(() => text(status) === '9 measures', 'initial count announced');
      await search(el, 'l');
      await search(el, 'la');
      await search(el, 'language');
      expect(text(status), 'not on every keystroke').to.equal('9 measures');
      await waitUntil(() => text(status) === '4 of 9 measures match', 'count announced after typing');
    });

    it('says why nothing matches and offers a way out', async () => {
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
      await tick(el, 'Region', 'Apulia');
      await search(el, 'library');
      expect(text($(el, '[part=empty]'))).to.include('No measures match “library” in Apulia.');
      const clear = $$(el, '[part=empty] button').find((b) => text(b) === 'Clear the region filter')!;
      clear.click();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Language cafés in Skåne libraries']);
    });

    it('takes regular-expression characters and markup as plain text', async () => {
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
      for (const q of ['(', '[a-', '.*', '\\', '<img src=x onerror=alert(1)>']) {
        await search(el, q);
        expect(count(el)).to.match(/measures/);
      }
      expect($(el, '[part=empty] img')).to.equal(null);
      expect(text($(el, '[part=empty]'))).to.include('<img src=x onerror=alert(1)>');
    });
  });

  describe('facets', () => {
    it('filters by a ticked value and keeps counts honest (disjunctive)', async () => {
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
      expect(optionCount(el, 'Status', 'Ongoing')).to.equal(5);
      await tick(el, 'Region', 'Catalonia');
      expect(titles(el)).to.have.length(3);
      // other facets count within Catalonia …
      expect(optionCount(el, 'Status', 'Ongoing')).to.equal(1);
      expect(optionCount(el, 'Status', 'Completed')).to.equal(2);
      // … the region facet still counts every region, so one can add another
      expect(optionCount(el, 'Region', 'Apulia')).to.equal(3);
      await tick(el, 'Region', 'Apulia');
      expect(titles(el)).to.have.length(6);
      expect(optionCount(el, 'Status', 'Ongoing')).to.equal(3);
    });

    it('combines facets with AND and values within a facet with OR', async () => {
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
      await tick(el, 'Target group', 'Children');
      await tick(el, 'Target group', 'Older people');
      expect(titles(el)).to.have.members([
        'Language cafés in Skåne libraries',
        'Welcome desk for migrants',
        'Intercultural education in schools',
      ]);
      await tick(el, 'Funding', 'ESF+');
      expect(titles(el)).to.deep.equal(['Welcome desk for migrants']);
    });

    it('counts within the search results', async () => {
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
      await search(el, 'language ');
      expect(optionCount(el, 'Region', 'Catalonia')).to.equal(2);
      expect(optionCount(el, 'Region', 'Apulia')).to.equal(0);
    });

    it('shows active filters as chips that remove them, and "clear all"', async () => {
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
      await search(el, 'civic');
      await tick(el, 'Status', 'Completed');
      await tick(el, 'Policy area', 'Education');
      const chips = () => $$(el, '[part~=chip]').map(text);
      expect(chips()).to.deep.equal([
        'Remove filter: Search: “civic” ×',
        'Remove filter: Policy area: Education ×',
        'Remove filter: Status: Completed ×',
      ]);
      $$(el, '[part~=chip]')[1]!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(option(el, 'Policy area', 'Education').checked).to.equal(false);
      expect(chips()).to.have.length(2);
      // focus moved to the chip that took its place
      expect(text(el.shadowRoot!.activeElement)).to.equal('Remove filter: Status: Completed ×');
      $(el, '.clear-all')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(chips()).to.deep.equal([]);
      expect(count(el)).to.equal('9 measures');
      expect($<HTMLInputElement>(el, 'input[type=search]')!.value).to.equal('');
      expect(el.shadowRoot!.activeElement === $(el, 'input[type=search]'), 'focus on the search box').to.equal(true);
    });
  });

  describe('layout', () => {
    it('folds the filters into one closed disclosure in a narrow widget', async () => {
      // (a plain wrapper as the fixture would wait for an animation frame, which a background tab may not get)
      const box = document.createElement('div');
      box.style.width = '360px';
      document.body.append(box);
      const el = await fixture<Cards>(
        html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`,
        {
          parentNode: box,
        },
      );
      await waitUntil(() => $(el, 'details[part~=facets]'), 'the filters fold');
      await expect(el).to.be.accessible();
      const panel = $<HTMLDetailsElement>(el, 'details[part~=facets]')!;
      expect(panel.open).to.equal(false);
      expect(text(panel.querySelector('summary'))).to.equal('Filter measures');
      panel.querySelector('summary')!.click();
      await el.updateComplete;
      expect(panel.open).to.equal(true);
      await tick(el, 'Status', 'Planned');
      expect(text(panel.querySelector('summary'))).to.equal('Filter measures (1 selected)');
      expect(titles(el)).to.deep.equal(['Housing first for seasonal workers']);
    });

    it('shows the filters beside the cards in a wide widget', async () => {
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
      expect($(el, 'section[part~=facets] h2')).to.exist;
    });
  });

  describe('sort and paging', () => {
    it('sorts by title and by region in the widget’s language', async () => {
      const el = await mount(html`<regin-measure-cards .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`);
      const select = $<HTMLSelectElement>(el, '[part~=search] select')!;
      expect([...select.options].map((o) => o.text)).to.deep.equal(['Best match', 'Most recent', 'Title', 'Region']);
      select.value = 'title';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const sorted = titles(el);
      expect(sorted).to.deep.equal([...sorted].sort((a, b) => a.localeCompare(b, 'en')));
      select.value = 'region';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(
        titles(el)
          .slice(0, 3)
          .every((t) =>
            [
              'Health mediators in rural areas',
              'Housing first for seasonal workers',
              'Support for unaccompanied minors',
            ].includes(t),
          ),
      ).to.equal(true);
    });

    it('shows more cards on request and keeps focus in place', async () => {
      const el = await mount(
        html`<regin-measure-cards page-size="4" .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`,
      );
      expect(titles(el)).to.have.length(4);
      const more = $<HTMLButtonElement>(el, '[part~=more]')!;
      expect(text(more)).to.equal('Show 4 more');
      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(titles(el)).to.have.length(8);
      expect(el.shadowRoot!.activeElement === $(el, '[part~=more]'), 'focus stays on the button').to.equal(true);
      expect(text($(el, '[part~=more]'))).to.equal('Show 1 more');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(titles(el)).to.have.length(9);
      expect($(el, '[part~=more]')).to.equal(null);
      // the button is gone: focus moves to the first new card, not to <body>
      const focused = el.shadowRoot!.activeElement!;
      expect(focused.closest('[part~=card]') === $$(el, '[part~=card]')[8], 'focus on the ninth card').to.equal(true);
    });

    it('starts again at the first page when the filters change', async () => {
      const el = await mount(
        html`<regin-measure-cards page-size="2" .feed=${basicJson()} group=${uniqueGroup()}></regin-measure-cards>`,
      );
      $(el, '[part~=more]')!.click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(4);
      await tick(el, 'Status', 'Ongoing');
      expect(titles(el)).to.have.length(2);
    });
  });

  describe('states and hostile data', () => {
    it('says so when the feed has no measures', async () => {
      const feed = { ...basicJson(), measures: [] };
      const el = await mount(html`<regin-measure-cards .feed=${feed} group=${uniqueGroup()}></regin-measure-cards>`);
      expect(el.state).to.equal('empty');
      expect(el.getAttribute('state')).to.equal('empty');
      expect(text($(el, '[part=empty]'))).to.equal('There are no measures in this data yet.');
    });

    it('shows an error a person understands for a feed that cannot be used', async () => {
      const el = await mount(html`<regin-measure-cards .feed=${'not a feed'} group=${uniqueGroup()}></regin-measure-cards>`);
      expect(el.state).to.equal('error');
      expect(text($(el, '[role=alert]'))).to.include('could not be loaded');
      expect($(el, 'input[type=search]')).to.equal(null);
    });

    it('renders every feed string as text and refuses unsafe links', async () => {
      const feed = structuredClone(hostile) as Record<string, unknown>;
      const el = await mount(html`<regin-measure-cards .feed=${feed} group=${uniqueGroup()}></regin-measure-cards>`);
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('script, img, iframe, svg, b').length).to.equal(0);
      const heading = $$(el, '[part~=card] h3').find((h) => text(h).includes('<script>'));
      expect(heading, 'the title is shown as text').to.exist;
      heading!.closest('article')!.querySelector<HTMLButtonElement>('.open')!.click();
      await el.updateComplete;
      await el.updateComplete;
      for (const a of root.querySelectorAll('a')) expect(a.href).to.match(/^(https?|mailto):/);
      expect(root.querySelectorAll('script, img, iframe, svg').length).to.equal(0);
      await search(el, '<script>');
      expect(titles(el).some((t) => t.includes('<script>'))).to.equal(true);
      $<HTMLDialogElement>(el, 'dialog')!.close();
    });
  });
});
