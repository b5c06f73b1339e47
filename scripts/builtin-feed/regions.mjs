// The six REGIN partner regions and a sample of CPMR member regions.
// `nuts`: NUTS 2024 codes, checked against the GISCO NUTS 2024 level-2 and level-3 files; French
// members are given at NUTS 1 (post-2016 regions): the map builds their shape from the NUTS-2 parts
// or, failing that, shows the marker. `location`: NUTS label points where available, otherwise an
// approximate point inside the region (checked to fall inside its NUTS 2024 polygon). `commissions`: CPMR geographical commissions (illustrative).
// `url`: only official https addresses we are sure of.

const P = ['regin-partner', 'cpmr-member', 'mipex-r'];
const M = ['cpmr-member'];
const MR = ['cpmr-member', 'mipex-r'];

export const regions = [
  // REGIN partner regions
  { id: 'PT20', name: { en: 'Azores', pt: 'Açores' }, country: 'PT', nuts: 'PT20', location: [-25.366, 37.785], roles: P, commissions: ['islands', 'atlantic-arc'] },
  { id: 'ITF3', name: { en: 'Campania', it: 'Campania' }, country: 'IT', nuts: 'ITF3', location: [14.737, 41.039], roles: P, commissions: ['intermediterranean'], url: 'https://www.regione.campania.it' },
  { id: 'ES51', name: { en: 'Catalonia', ca: 'Catalunya', es: 'Cataluña' }, country: 'ES', nuts: 'ES51', location: [1.508, 41.801], roles: P, commissions: ['intermediterranean'], url: 'https://web.gencat.cat' },
  { id: 'ES62', name: { en: 'Region of Murcia', es: 'Región de Murcia' }, country: 'ES', nuts: 'ES62', location: [-1.491, 38.0], roles: P, commissions: ['intermediterranean'], url: 'https://www.carm.es' },
  { id: 'ITF4', name: { en: 'Puglia', it: 'Puglia' }, country: 'IT', nuts: 'ITF4', location: [16.585, 41.004], roles: P, commissions: ['intermediterranean'], url: 'https://www.regione.puglia.it' },
  { id: 'SE224', name: { en: 'Skåne', sv: 'Skåne' }, country: 'SE', nuts: 'SE224', location: [13.6, 55.95], roles: P, commissions: ['baltic-sea'], url: 'https://www.skane.se' },

  // CPMR member regions — Sweden
  { id: 'SE232', name: { en: 'Västra Götaland', sv: 'Västra Götaland' }, country: 'SE', nuts: 'SE232', location: [12.6, 58.2], roles: MR, commissions: ['north-sea', 'baltic-sea'], url: 'https://www.vgregion.se' },
  { id: 'SE11', name: { en: 'Stockholm', sv: 'Stockholm' }, country: 'SE', nuts: 'SE11', location: [17.744, 59.351], roles: MR, commissions: ['baltic-sea'], url: 'https://www.regionstockholm.se' },
  { id: 'SE214', name: { en: 'Gotland', sv: 'Gotland' }, country: 'SE', nuts: 'SE214', location: [18.5, 57.5], roles: M, commissions: ['baltic-sea', 'islands'], url: 'https://www.gotland.se' },
  { id: 'SE221', name: { en: 'Blekinge', sv: 'Blekinge' }, country: 'SE', nuts: 'SE221', location: [15.3, 56.25], roles: M, commissions: ['baltic-sea'] },
  { id: 'SE331', name: { en: 'Västerbotten', sv: 'Västerbotten' }, country: 'SE', nuts: 'SE331', location: [17.8, 64.6], roles: MR, commissions: ['baltic-sea'], url: 'https://www.regionvasterbotten.se' },
  { id: 'SE332', name: { en: 'Norrbotten', sv: 'Norrbotten' }, country: 'SE', nuts: 'SE332', location: [20.4, 66.9], roles: M, commissions: ['baltic-sea'], url: 'https://www.norrbotten.se' },

  // Germany, Poland, Denmark, Finland, Norway
  { id: 'DE80', name: { en: 'Mecklenburg-Western Pomerania', de: 'Mecklenburg-Vorpommern' }, country: 'DE', nuts: 'DE80', location: [12.467, 53.714], roles: M, commissions: ['baltic-sea'], url: 'https://www.regierung-mv.de' },
  { id: 'DEF0', name: { en: 'Schleswig-Holstein', de: 'Schleswig-Holstein' }, country: 'DE', nuts: 'DEF0', location: [9.821, 54.08], roles: M, commissions: ['north-sea', 'baltic-sea'], url: 'https://www.schleswig-holstein.de' },
  { id: 'PL84', name: { en: 'Podlaskie', pl: 'Podlaskie' }, country: 'PL', nuts: 'PL84', location: [22.945, 53.267], roles: M, commissions: ['baltic-sea'], url: 'https://www.wrotapodlasia.pl' },
  { id: 'DK04', name: { en: 'Central Denmark Region', da: 'Region Midtjylland' }, country: 'DK', nuts: 'DK04', location: [9.4, 56.246], roles: M, commissions: ['baltic-sea', 'north-sea'], url: 'https://www.rm.dk' },
  { id: 'DK03', name: { en: 'Region of Southern Denmark', da: 'Region Syddanmark' }, country: 'DK', nuts: 'DK03', location: [9.057, 55.404], roles: M, commissions: ['baltic-sea'], url: 'https://www.regionsyddanmark.dk' },
  { id: 'FI20', name: { en: 'Åland Islands', sv: 'Åland', fi: 'Ahvenanmaa' }, country: 'FI', nuts: 'FI20', location: [20.093, 60.265], roles: M, commissions: ['baltic-sea', 'islands'], url: 'https://www.regeringen.ax' },
  { id: 'FI1B', name: { en: 'Helsinki-Uusimaa', fi: 'Helsinki-Uusimaa', sv: 'Helsingfors-Nyland' }, country: 'FI', nuts: 'FI1B', location: [24.751, 60.382], roles: M, commissions: ['baltic-sea'], url: 'https://www.uudenmaanliitto.fi' },
  { id: 'FI1C1', name: { en: 'Southwest Finland', fi: 'Varsinais-Suomi', sv: 'Egentliga Finland' }, country: 'FI', nuts: 'FI1C1', location: [22.5, 60.6], roles: M, commissions: ['baltic-sea'], url: 'https://www.varsinais-suomi.fi' },
  { id: 'NO071', name: { en: 'Nordland', nb: 'Nordland' }, country: 'NO', nuts: 'NO071', location: [14.5, 67.0], roles: M, commissions: ['baltic-sea', 'north-sea'], url: 'https://www.nfk.no' },
  { id: 'NO0A2', name: { en: 'Vestland', nn: 'Vestland' }, country: 'NO', nuts: 'NO0A2', location: [6.5, 60.8], roles: M, commissions: ['north-sea'], url: 'https://www.vestlandfylke.no' },

  // France (NUTS 1)
  { id: 'FRH', name: { en: 'Brittany', fr: 'Bretagne', br: 'Breizh' }, country: 'FR', nuts: 'FRH', location: [-2.788, 48.166], roles: M, commissions: ['atlantic-arc'], url: 'https://www.bretagne.bzh' },
  { id: 'FRG', name: { en: 'Pays de la Loire', fr: 'Pays de la Loire' }, country: 'FR', nuts: 'FRG', location: [-0.796, 47.494], roles: M, commissions: ['atlantic-arc'], url: 'https://www.paysdelaloire.fr' },
  { id: 'FRI', name: { en: 'Nouvelle-Aquitaine', fr: 'Nouvelle-Aquitaine' }, country: 'FR', nuts: 'FRI', location: [0.218, 45.2], roles: M, commissions: ['atlantic-arc'], url: 'https://www.nouvelle-aquitaine.fr' },
  { id: 'FRJ', name: { en: 'Occitania', fr: 'Occitanie', oc: 'Occitània' }, country: 'FR', nuts: 'FRJ', location: [2.157, 43.709], roles: M, commissions: ['intermediterranean'], url: 'https://www.laregion.fr' },
  { id: 'FRL', name: { en: "Provence-Alpes-Côte d'Azur", fr: 'Provence-Alpes-Côte d’Azur' }, country: 'FR', nuts: 'FRL', location: [6.064, 43.963], roles: M, commissions: ['intermediterranean'], url: 'https://www.maregionsud.fr' },
  { id: 'FRM', name: { en: 'Corsica', fr: 'Corse', co: 'Corsica' }, country: 'FR', nuts: 'FRM', location: [9.098, 42.127], roles: M, commissions: ['islands', 'intermediterranean'], url: 'https://www.isula.corsica' },

  // Spain
  { id: 'ES11', name: { en: 'Galicia', gl: 'Galicia', es: 'Galicia' }, country: 'ES', nuts: 'ES11', location: [-7.896, 42.743], roles: M, commissions: ['atlantic-arc'], url: 'https://www.xunta.gal' },
  { id: 'ES12', name: { en: 'Asturias', es: 'Principado de Asturias' }, country: 'ES', nuts: 'ES12', location: [-5.997, 43.302], roles: M, commissions: ['atlantic-arc'], url: 'https://www.asturias.es' },
  { id: 'ES21', name: { en: 'Basque Country', eu: 'Euskadi', es: 'País Vasco' }, country: 'ES', nuts: 'ES21', location: [-2.586, 43.065], roles: MR, commissions: ['atlantic-arc'], url: 'https://www.euskadi.eus' },
  { id: 'ES61', name: { en: 'Andalusia', es: 'Andalucía' }, country: 'ES', nuts: 'ES61', location: [-4.58, 37.461], roles: MR, commissions: ['intermediterranean', 'atlantic-arc'], url: 'https://www.juntadeandalucia.es' },
  { id: 'ES52', name: { en: 'Valencian Community', ca: 'Comunitat Valenciana', es: 'Comunidad Valenciana' }, country: 'ES', nuts: 'ES52', location: [-0.54, 39.395], roles: MR, commissions: ['intermediterranean'], url: 'https://www.gva.es' },
  { id: 'ES53', name: { en: 'Balearic Islands', ca: 'Illes Balears', es: 'Islas Baleares' }, country: 'ES', nuts: 'ES53', location: [2.963, 39.607], roles: M, commissions: ['islands', 'intermediterranean'], url: 'https://www.caib.es' },
  { id: 'ES70', name: { en: 'Canary Islands', es: 'Canarias' }, country: 'ES', nuts: 'ES70', location: [-15.6, 27.95], roles: M, commissions: ['islands', 'atlantic-arc'], url: 'https://www.gobiernodecanarias.org' },

  // Portugal
  { id: 'PT30', name: { en: 'Madeira', pt: 'Madeira' }, country: 'PT', nuts: 'PT30', location: [-16.95, 32.733], roles: M, commissions: ['islands', 'atlantic-arc'] },
  { id: 'PT1C', name: { en: 'Alentejo', pt: 'Alentejo' }, country: 'PT', nuts: 'PT1C', location: [-8.002, 38.479], roles: M, commissions: ['atlantic-arc'] },
  { id: 'PT11', name: { en: 'Northern Portugal', pt: 'Norte' }, country: 'PT', nuts: 'PT11', location: [-7.693, 41.453], roles: MR, commissions: ['atlantic-arc'] },

  // Italy
  { id: 'ITG1', name: { en: 'Sicily', it: 'Sicilia' }, country: 'IT', nuts: 'ITG1', location: [14.166, 37.57], roles: MR, commissions: ['intermediterranean', 'islands'], url: 'https://www.regione.sicilia.it' },
  { id: 'ITG2', name: { en: 'Sardinia', it: 'Sardegna' }, country: 'IT', nuts: 'ITG2', location: [9.035, 40.078], roles: M, commissions: ['intermediterranean', 'islands'], url: 'https://www.regione.sardegna.it' },
  { id: 'ITI4', name: { en: 'Lazio', it: 'Lazio' }, country: 'IT', nuts: 'ITI4', location: [12.75, 41.99], roles: MR, commissions: ['intermediterranean'], url: 'https://www.regione.lazio.it' },
  { id: 'ITI1', name: { en: 'Tuscany', it: 'Toscana' }, country: 'IT', nuts: 'ITI1', location: [11.131, 43.479], roles: MR, commissions: ['intermediterranean'], url: 'https://www.regione.toscana.it' },

  // Greece, Ireland
  { id: 'EL43', name: { en: 'Crete', el: 'Κρήτη' }, country: 'EL', nuts: 'EL43', location: [24.822, 35.225], roles: M, commissions: ['islands', 'intermediterranean'], url: 'https://www.crete.gov.gr' },
  { id: 'EL63', name: { en: 'Western Greece', el: 'Δυτική Ελλάδα' }, country: 'EL', nuts: 'EL63', location: [21.5, 37.871], roles: M, commissions: ['intermediterranean'], url: 'https://www.pde.gov.gr' },
  { id: 'IE04', name: { en: 'Northern and Western Region' }, country: 'IE', nuts: 'IE04', location: [-8.358, 53.751], roles: M, commissions: ['atlantic-arc'], url: 'https://www.nwra.ie' },
];
