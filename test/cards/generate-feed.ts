/**
 * A deterministic, synthetic feed of many measures for the cards benchmark and scale tests. Every text
 * is invented from word lists (marked `sample: true`); the same `count` and `seed` always give the same
 * feed.
 */
import { mulberry32 } from '../../scripts/builtin-feed/random.mjs';
import { EVALUATION_CRITERIA, MEASURE_STATUSES } from '../../src/feed/contract.js';

const DIMENSIONS = ['labour', 'education', 'health', 'housing', 'language', 'culture', 'religion', 'social'];
const TARGETS = ['tcn', 'bip', 'women', 'youth', 'children', 'elderly'];
const FUNDING = ['AMIF', 'ESF+', 'ERDF', 'regional', 'national', 'municipal', 'private'];
const EN = {
  what: [
    'Language courses',
    'Job coaching',
    'Health mediation',
    'Housing support',
    'Mentoring',
    'Welcome desk',
    'Civic orientation',
    'Skills recognition',
    'Intercultural training',
    'Legal advice',
    'Sports clubs',
    'Community kitchens',
  ],
  whom: [
    'newly arrived adults',
    'refugee families',
    'young migrants',
    'migrant women',
    'seasonal workers',
    'unaccompanied minors',
    'older migrants',
    'asylum seekers',
  ],
  where: [
    'in rural areas',
    'in the capital',
    'on the islands',
    'in libraries',
    'in schools',
    'at the workplace',
    'online',
    'in small towns',
  ],
  words: [
    'integration',
    'inclusion',
    'participation',
    'employment',
    'training',
    'volunteers',
    'municipalities',
    'partnership',
    'interpreters',
    'guidance',
    'network',
    'outreach',
    'digital',
    'certificate',
    'childcare',
    'evening',
    'classes',
    'mentors',
    'employers',
    'services',
    'rights',
    'housing',
    'health',
    'language',
    'culture',
    'schools',
    'families',
    'youth',
    'dialogue',
    'trust',
  ],
};
const OTHER: Record<string, { what: string[]; words: string[] }> = {
  es: {
    what: ['Cursos de lengua', 'Orientación laboral', 'Mediación sanitaria', 'Apoyo a la vivienda', 'Educación intercultural'],
    words: [
      'integración',
      'participación',
      'formación',
      'voluntariado',
      'municipios',
      'acogida',
      'educación',
      'vivienda',
      'salud',
      'familias',
    ],
  },
  sv: {
    what: ['Språkcaféer', 'Samhällsorientering', 'Hälsokommunikatörer', 'Bostadsstöd', 'Arbetsmarknadsinsatser'],
    words: [
      'integration',
      'nyanlända',
      'språkträning',
      'arbetsmarknad',
      'kommuner',
      'föreningar',
      'utbildning',
      'bibliotek',
      'hälsa',
      'samverkan',
    ],
  },
  it: {
    what: ['Corsi di lingua', 'Mediazione sanitaria', 'Sostegno abitativo', 'Orientamento al lavoro', 'Accoglienza'],
    words: [
      'integrazione',
      'inclusione',
      'formazione',
      'comuni',
      'volontari',
      'braccianti',
      'salute',
      'scuole',
      'famiglie',
      'lavoro',
    ],
  },
  fr: {
    what: ['Cours de langue', 'Médiation santé', 'Aide au logement', 'Accompagnement vers l’emploi', 'Accueil'],
    words: ['intégration', 'insertion', 'formation', 'bénévoles', 'communes', 'santé', 'écoles', 'familles', 'emploi', 'réseau'],
  },
  ca: {
    what: ['Cursos de llengua', 'Acollida', 'Mediació en salut', 'Suport a l’habitatge', 'Orientació laboral'],
    words: [
      'integració',
      'col·laboració',
      'formació',
      'voluntariat',
      'municipis',
      'acollida',
      'educació',
      'habitatge',
      'salut',
      'famílies',
    ],
  },
  pt: {
    what: ['Cursos de língua', 'Balcão de acolhimento', 'Mediação em saúde', 'Apoio à habitação', 'Orientação profissional'],
    words: [
      'integração',
      'inclusão',
      'formação',
      'voluntários',
      'municípios',
      'acolhimento',
      'educação',
      'habitação',
      'saúde',
      'famílias',
    ],
  },
};
const SYLLABLES = [
  'ar',
  'bel',
  'cor',
  'da',
  'el',
  'fin',
  'gal',
  'hor',
  'is',
  'ka',
  'lun',
  'mar',
  'nor',
  'os',
  'pra',
  'ri',
  'sal',
  'tor',
  'ul',
  'var',
];
const COUNTRIES = ['ES', 'PT', 'IT', 'FR', 'SE', 'EL', 'FI', 'IE', 'NL', 'DE'];
const LANG_OF: Record<string, string> = { ES: 'es', PT: 'pt', IT: 'it', FR: 'fr', SE: 'sv' };

/** A synthetic `regin-feed` with `count` measures over 60 regions. */
export function generateFeed(count: number, seed = 1): Record<string, unknown> {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const some = <T>(xs: readonly T[], max: number): T[] => [
    ...new Set(Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(xs))),
  ];
  const sentence = (words: readonly string[], n: number) => {
    const s = Array.from({ length: n }, () => pick(words)).join(' ');
    return s.charAt(0).toUpperCase() + s.slice(1) + '.';
  };
  const regions = Array.from({ length: 60 }, (_, i) => {
    const country = COUNTRIES[i % COUNTRIES.length]!;
    const name = pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES);
    return {
      id: `${country}${String(10 + i).padStart(2, '0')}`,
      name: name.charAt(0).toUpperCase() + name.slice(1),
      country,
      roles: ['cpmr-member'],
      commissions: [],
    };
  });
  const measures = Array.from({ length: count }, (_, i) => {
    const region = pick(regions);
    const lang = LANG_OF[region.country];
    const other = lang ? OTHER[lang]! : undefined;
    const titleEn = `${pick(EN.what)} for ${pick(EN.whom)} ${pick(EN.where)}`;
    const start = 2010 + Math.floor(rnd() * 16);
    const status = pick(MEASURE_STATUSES);
    const text = (en: string, local?: string) => (other && local ? { en, [lang!]: local } : { en });
    return {
      id: `m-syn-${i}`,
      region: region.id,
      title: text(titleEn, other && `${pick(other.what)} ${pick(other.words)}`),
      summary: text(sentence(EN.words, 24 + Math.floor(rnd() * 20)), other && sentence(other.words, 24)),
      dimensions: some(DIMENSIONS, 3),
      targetGroups: some(TARGETS, 3),
      status,
      start: `${start}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}`,
      ...(status === 'completed' ? { end: `${start + 1 + Math.floor(rnd() * 4)}-12` } : {}),
      lead: { en: `Regional department ${1 + Math.floor(rnd() * 20)}` },
      stakeholders: [{ en: 'Municipalities' }, { en: 'NGOs' }],
      funding: some(FUNDING, 2),
      budget: { amount: 10000 * (1 + Math.floor(rnd() * 500)), currency: 'EUR' },
      authorityRole: rnd() < 0.5 ? 'direct' : 'indirect',
      lessons: text(sentence(EN.words, 16)),
      transferability: text(sentence(EN.words, 12)),
      evaluation: Object.fromEntries(EVALUATION_CRITERIA.map((c) => [c, 1 + Math.floor(rnd() * 5)])),
      updated: '2026-10-01',
    };
  });
  return {
    format: 'regin-feed',
    version: '1.0',
    updated: '2026-11-28T10:00:00Z',
    sample: true,
    title: { en: `Synthetic feed with ${count} invented measures` },
    attribution: [{ en: 'Synthetic data for performance tests' }],
    framework: {
      id: 'mipex-r',
      scale: [0, 100],
      dimensions: DIMENSIONS.map((id) => ({ id, label: { en: id.charAt(0).toUpperCase() + id.slice(1) } })),
    },
    regions,
    partners: [],
    scores: [],
    baselines: [],
    measures,
  };
}
