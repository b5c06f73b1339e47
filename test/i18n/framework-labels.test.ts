import { expect, waitUntil } from '@open-wc/testing';
import type { msg as sourceMsg, TemplateMap } from '@lit/localize';
import { templates as ca } from '../../src/generated/locales/ca.js';
import { templates as es } from '../../src/generated/locales/es.js';
import { templates as fr } from '../../src/generated/locales/fr.js';
import { templates as it_ } from '../../src/generated/locales/it.js';
import { templates as pt } from '../../src/generated/locales/pt.js';
import { templates as sv } from '../../src/generated/locales/sv.js';
import { normaliseFeed } from '../../src/feed/normalise.js';
import { translate } from '../../src/i18n/catalogs.js';
import { frameworkLabel } from '../../src/i18n/framework-labels.js';
import '../../src/indicator-radar.js';
import type { ReginIndicatorRadar } from '../../src/indicator-radar.js';
import { rawCopy } from '../radar/fixture.js';

// The MIPEX-R labels the widgets have always shown, per language, in the framework's order.
const LABELS: Record<string, readonly string[]> = {
  en: ['Labour market', 'Education', 'Health', 'Housing', 'Language', 'Culture', 'Religion', 'Social security and assistance'],
  fr: [
    'Marché du travail',
    'Éducation',
    'Santé',
    'Logement',
    'Langue',
    'Culture',
    'Religion',
    'Sécurité sociale et aide sociale',
  ],
  es: ['Mercado laboral', 'Educación', 'Salud', 'Vivienda', 'Lengua', 'Cultura', 'Religión', 'Seguridad social y asistencia'],
  ca: ['Mercat de treball', 'Educació', 'Salut', 'Habitatge', 'Llengua', 'Cultura', 'Religió', 'Seguretat social i assistència'],
  it: [
    'Mercato del lavoro',
    'Istruzione',
    'Salute',
    'Alloggio',
    'Lingua',
    'Cultura',
    'Religione',
    'Previdenza e assistenza sociale',
  ],
  pt: [
    'Mercado de trabalho',
    'Educação',
    'Saúde',
    'Habitação',
    'Língua',
    'Cultura',
    'Religião',
    'Segurança social e assistência',
  ],
  sv: ['Arbetsmarknad', 'Utbildning', 'Hälsa', 'Bostäder', 'Språk', 'Kultur', 'Religion', 'Social trygghet och socialt bistånd'],
};
const CATALOGS: Record<string, TemplateMap | undefined> = { en: undefined, fr, es, ca, it: it_, pt, sv };
const msgIn = (lang: string) =>
  ((template: string, options?: { id?: string }) => translate(CATALOGS[lang], template, options?.id)) as typeof sourceMsg;
const defaultDimensions = () => normaliseFeed({ format: 'regin-feed', version: '1.0' }).feed!.framework.dimensions;

describe('frameworkLabel()', () => {
  for (const lang of Object.keys(LABELS)) {
    it(`names the MIPEX-R dimensions in ${lang} as the widgets always have`, () => {
      expect(defaultDimensions().map((d) => frameworkLabel(d.label, msgIn(lang)))).to.deep.equal(LABELS[lang]);
    });
  }

  it('names a MIPEX-R dimension a feed leaves unlabelled', () => {
    const feed = normaliseFeed({
      format: 'regin-feed',
      version: '1.0',
      framework: { id: 'mipex-r', dimensions: [{ id: 'health' }] },
    }).feed!;
    expect(frameworkLabel(feed.framework.dimensions[0]!.label, msgIn('sv'))).to.equal('Hälsa');
  });

  it("is undefined for a feed's own label, even one with the same words", () => {
    const feed = normaliseFeed({
      format: 'regin-feed',
      version: '1.0',
      framework: { id: 'mipex-r', dimensions: [{ id: 'labour', label: { en: 'Labour market' } }] },
    }).feed!;
    expect(frameworkLabel(feed.framework.dimensions[0]!.label, msgIn('fr'))).to.equal(undefined);
    expect(frameworkLabel(undefined, msgIn('fr'))).to.equal(undefined);
  });
});

describe('<regin-indicator-radar> axis names on the default framework', () => {
  const axisNames = (el: ReginIndicatorRadar) =>
    [...el.shadowRoot!.querySelectorAll('svg.radar .axis-label')].map((t) =>
      t.children.length ? [...t.children].map((line) => line.textContent).join(' ') : t.textContent,
    );

  /** The radar fixture without its framework: the MIPEX-R default. */
  const defaultFrameworkFeed = () => {
    const feed = rawCopy();
    delete feed.framework;
    return feed;
  };

  async function radarIn(lang: string, feed: Record<string, unknown> = defaultFrameworkFeed()): Promise<ReginIndicatorRadar> {
    const el = document.createElement('regin-indicator-radar');
    el.lang = lang;
    el.regions = 'ES51';
    el.feed = feed;
    document.body.append(el);
    await waitUntil(() => axisNames(el).length === 8, 'axes drawn', { timeout: 8000 });
    return el;
  }

  it('is accessible', async () => {
    const el = await radarIn('pt');
    await expect(el).to.be.accessible();
    el.remove();
  });

  for (const lang of Object.keys(LABELS)) {
    it(`shows the MIPEX-R labels in ${lang}`, async () => {
      const el = await radarIn(lang);
      // The language's messages load on demand.
      await waitUntil(() => axisNames(el)[0] === LABELS[lang]![0], `${lang} labels`, { timeout: 8000 }).catch(() => undefined);
      expect(axisNames(el)).to.deep.equal(LABELS[lang]);
      el.remove();
    });
  }

  it("shows a feed's own labels instead", async () => {
    const feed = rawCopy();
    feed.framework = {
      id: 'mipex-r',
      dimensions: LABELS.en!.map((_, i) => ({ id: defaultDimensions()[i]!.id, label: { fr: `Axe ${i + 1}` } })),
    };
    const el = await radarIn('fr', feed);
    expect(axisNames(el)).to.deep.equal(LABELS.en!.map((_, i) => `Axe ${i + 1}`));
    el.remove();
  });
});
