// Regions of the built-in feed: the six REGIN partner regions, the regions of the other sourced
// measures (Andalusia, Basque Country), and the CPMR member regions whose membership a source in
// sources/regin-measures-sourced.json states (its section "cpmr_membership", label V); the evidence
// links are the region's `sources`.
// - `cpmr-member` only with such evidence; no source in the data states the membership of the partner
//   regions or of the Basque Country, so they do not carry the role.
// - `mipex-r` only on the six partner regions, where MIPEX-R was first tested (no other region is named
//   as covered in the data).
// - `commissions`: as the membership evidence states them; none where no source names one.
// - `nuts`: NUTS 2024 codes (French members at NUTS 1). `location`: NUTS label points where available,
//   otherwise an approximate point inside the region. `url`: official addresses only.
// - names in the seven languages of the widgets (the usual exonym where one exists), plus the region's
//   own language where it is another.

import { membershipEvidence } from './sourced.mjs';

const PARTNER = ['regin-partner', 'mipex-r'];

/** The REGIN project's page for each partner region (cited in the sourced data). */
const REGIN_PAGE = {
  PT20: [{ url: 'https://reginproject.eu/resources-for-regions/integration-lab/azores/' }],
  ITF3: [
    { url: 'https://reginproject.eu/campania-presents-the-regin-project-to-its-regional-stakeholders/', date: '2021-12-01' },
  ],
  ES51: [{ url: 'https://reginproject.eu/resources-for-regions/integration-lab/catalonia/' }],
  ES62: [{ url: 'https://reginproject.eu/sv/resources-for-regions/integration-lab/murcia/' }],
  ITF4: [{ url: 'https://reginproject.eu/puglia-dissemination-and-capacity-building-event/', date: '2021-01-28' }],
  SE224: [{ url: 'https://reginproject.eu/sv/resources-for-regions/integration-lab/skane/' }],
};

// One region per line: a table to read down, not objects to read across.
// prettier-ignore
/** Regions shown; `member`: the CPMR commissions the membership evidence names. */
const LIST = [
  // REGIN partner regions
  { id: 'PT20', name: { en: 'Azores', fr: 'Açores', es: 'Azores', ca: 'Açores', it: 'Azzorre', pt: 'Açores', sv: 'Azorerna' }, country: 'PT', location: [-25.366, 37.785], partner: true },
  { id: 'ITF3', name: { en: 'Campania', fr: 'Campanie', es: 'Campania', ca: 'Campània', it: 'Campania', pt: 'Campânia', sv: 'Kampanien' }, country: 'IT', location: [14.737, 41.039], partner: true, url: 'https://www.regione.campania.it' },
  { id: 'ES51', name: { en: 'Catalonia', fr: 'Catalogne', es: 'Cataluña', ca: 'Catalunya', it: 'Catalogna', pt: 'Catalunha', sv: 'Katalonien' }, country: 'ES', location: [1.508, 41.801], partner: true, url: 'https://web.gencat.cat' },
  { id: 'ES62', name: { en: 'Region of Murcia', fr: 'Région de Murcie', es: 'Región de Murcia', ca: 'Regió de Múrcia', it: 'Regione di Murcia', pt: 'Região de Múrcia', sv: 'Murcia' }, country: 'ES', location: [-1.491, 38.0], partner: true, url: 'https://www.carm.es' },
  { id: 'ITF4', name: { en: 'Puglia', fr: 'Pouilles', es: 'Apulia', ca: 'Pulla', it: 'Puglia', pt: 'Apúlia', sv: 'Apulien' }, country: 'IT', location: [16.585, 41.004], partner: true, url: 'https://www.regione.puglia.it' },
  { id: 'SE224', name: { en: 'Skåne', fr: 'Scanie', es: 'Escania', ca: 'Escània', it: 'Scania', pt: 'Escânia', sv: 'Skåne' }, country: 'SE', location: [13.6, 55.95], partner: true, url: 'https://www.skane.se' },

  // CPMR members with stated membership
  { id: 'DEF0', name: { en: 'Schleswig-Holstein', fr: 'Schleswig-Holstein', es: 'Schleswig-Holstein', ca: 'Slesvig-Holstein', it: 'Schleswig-Holstein', pt: 'Schleswig-Holstein', sv: 'Schleswig-Holstein', de: 'Schleswig-Holstein' }, country: 'DE', location: [9.821, 54.08], member: ['north-sea'], url: 'https://www.schleswig-holstein.de' },
  { id: 'NO0A2', name: { en: 'Vestland', fr: 'Vestland', es: 'Vestland', ca: 'Vestland', it: 'Vestland', pt: 'Vestland', sv: 'Vestland', nn: 'Vestland' }, country: 'NO', location: [6.5, 60.8], member: ['north-sea'], url: 'https://www.vestlandfylke.no' },
  { id: 'FRH', name: { en: 'Brittany', fr: 'Bretagne', es: 'Bretaña', ca: 'Bretanya', it: 'Bretagna', pt: 'Bretanha', sv: 'Bretagne', br: 'Breizh' }, country: 'FR', location: [-2.788, 48.166], member: ['atlantic-arc'], url: 'https://www.bretagne.bzh' },
  { id: 'FRG', name: { en: 'Pays de la Loire', fr: 'Pays de la Loire', es: 'País del Loira', ca: 'País del Loira', it: 'Paesi della Loira', pt: 'País do Loire', sv: 'Pays de la Loire' }, country: 'FR', location: [-0.796, 47.494], member: ['atlantic-arc'], url: 'https://www.paysdelaloire.fr' },
  { id: 'FRI', name: { en: 'Nouvelle-Aquitaine', fr: 'Nouvelle-Aquitaine', es: 'Nueva Aquitania', ca: 'Nova Aquitània', it: 'Nuova Aquitania', pt: 'Nova Aquitânia', sv: 'Nouvelle-Aquitaine' }, country: 'FR', location: [0.218, 45.2], member: ['atlantic-arc'], url: 'https://www.nouvelle-aquitaine.fr' },
  { id: 'FRJ', name: { en: 'Occitania', fr: 'Occitanie', es: 'Occitania', ca: 'Occitània', it: 'Occitania', pt: 'Occitânia', sv: 'Occitanien', oc: 'Occitània' }, country: 'FR', location: [2.157, 43.709], member: ['intermediterranean'], url: 'https://www.laregion.fr' },
  { id: 'FRL', name: { en: "Provence-Alpes-Côte d'Azur", fr: 'Provence-Alpes-Côte d’Azur', es: 'Provenza-Alpes-Costa Azul', ca: 'Provença-Alps-Costa Blava', it: 'Provenza-Alpi-Costa Azzurra', pt: 'Provença-Alpes-Costa Azul', sv: "Provence-Alpes-Côte d'Azur" }, country: 'FR', location: [6.064, 43.963], member: ['intermediterranean'], url: 'https://www.maregionsud.fr' },
  { id: 'FRM', name: { en: 'Corsica', fr: 'Corse', es: 'Córcega', ca: 'Còrsega', it: 'Corsica', pt: 'Córsega', sv: 'Korsika', co: 'Corsica' }, country: 'FR', location: [9.098, 42.127], member: ['islands'], url: 'https://www.isula.corsica' },
  { id: 'ES11', name: { en: 'Galicia', fr: 'Galice', es: 'Galicia', ca: 'Galícia', it: 'Galizia', pt: 'Galiza', sv: 'Galicien', gl: 'Galicia' }, country: 'ES', location: [-7.896, 42.743], member: ['atlantic-arc'], url: 'https://www.xunta.gal' },
  { id: 'ES12', name: { en: 'Asturias', fr: 'Asturies', es: 'Principado de Asturias', ca: 'Astúries', it: 'Asturie', pt: 'Astúrias', sv: 'Asturien' }, country: 'ES', location: [-5.997, 43.302], member: ['atlantic-arc'], url: 'https://www.asturias.es' },
  { id: 'ES21', name: { en: 'Basque Country', fr: 'Pays basque', es: 'País Vasco', ca: 'País Basc', it: 'Paesi Baschi', pt: 'País Basco', sv: 'Baskien', eu: 'Euskadi' }, country: 'ES', location: [-2.586, 43.065], url: 'https://www.euskadi.eus' },
  { id: 'ES61', name: { en: 'Andalusia', fr: 'Andalousie', es: 'Andalucía', ca: 'Andalusia', it: 'Andalusia', pt: 'Andaluzia', sv: 'Andalusien' }, country: 'ES', location: [-4.58, 37.461], member: ['intermediterranean'], url: 'https://www.juntadeandalucia.es' },
  { id: 'PT11', name: { en: 'Northern Portugal', fr: 'Région Nord (Portugal)', es: 'Norte (Portugal)', ca: 'Nord (Portugal)', it: 'Nord (Portogallo)', pt: 'Norte', sv: 'Norra Portugal' }, country: 'PT', location: [-7.693, 41.453], member: ['atlantic-arc'] },
  { id: 'PT30', name: { en: 'Madeira', fr: 'Madère', es: 'Madeira', ca: 'Madeira', it: 'Madera', pt: 'Madeira', sv: 'Madeira' }, country: 'PT', location: [-16.95, 32.733], member: ['islands'] },
  { id: 'ITG1', name: { en: 'Sicily', fr: 'Sicile', es: 'Sicilia', ca: 'Sicília', it: 'Sicilia', pt: 'Sicília', sv: 'Sicilien' }, country: 'IT', location: [14.166, 37.57], member: ['intermediterranean', 'islands'], url: 'https://www.regione.sicilia.it' },
  { id: 'ITG2', name: { en: 'Sardinia', fr: 'Sardaigne', es: 'Cerdeña', ca: 'Sardenya', it: 'Sardegna', pt: 'Sardenha', sv: 'Sardinien' }, country: 'IT', location: [9.035, 40.078], member: ['islands', 'intermediterranean'], url: 'https://www.regione.sardegna.it' },
  { id: 'ITI1', name: { en: 'Tuscany', fr: 'Toscane', es: 'Toscana', ca: 'Toscana', it: 'Toscana', pt: 'Toscana', sv: 'Toscana' }, country: 'IT', location: [11.131, 43.479], member: [], url: 'https://www.regione.toscana.it' },
  { id: 'EL43', name: { en: 'Crete', fr: 'Crète', es: 'Creta', ca: 'Creta', it: 'Creta', pt: 'Creta', sv: 'Kreta', el: 'Κρήτη' }, country: 'EL', location: [24.822, 35.225], member: ['islands', 'intermediterranean'], url: 'https://www.crete.gov.gr' },
  { id: 'EL63', name: { en: 'Western Greece', fr: 'Grèce-Occidentale', es: 'Grecia Occidental', ca: 'Grècia Occidental', it: 'Grecia Occidentale', pt: 'Grécia Ocidental', sv: 'Västra Grekland', el: 'Δυτική Ελλάδα' }, country: 'EL', location: [21.5, 37.871], member: ['intermediterranean', 'balkan-black-sea'], url: 'https://www.pde.gov.gr' },
];

const evidence = membershipEvidence();

export const regions = LIST.map(({ id, name, country, location, partner, member, url }) => {
  const stated = evidence.get(id);
  if (member && !stated) throw new Error(`${id}: CPMR membership without evidence in the sourced data`);
  return {
    id,
    name,
    country,
    nuts: id,
    location,
    roles: partner ? PARTNER : stated ? ['cpmr-member'] : [],
    commissions: stated ? member : [],
    url,
    sources: partner ? REGIN_PAGE[id] : (stated ?? []),
  };
});
