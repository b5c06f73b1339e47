// Feed header, credits and the national baselines (real MIPEX 2020 figures, 2019 data).

/** The date the facts of the built-in feed were checked against their sources. */
export const updated = '2026-12-06';

export const title = {
  en: 'REGIN – regional integration measures and indicators',
  fr: "REGIN – mesures et indicateurs régionaux d'intégration",
  es: 'REGIN – medidas e indicadores regionales de integración',
  ca: "REGIN – mesures i indicadors regionals d'integració",
  it: 'REGIN – misure e indicatori regionali di integrazione',
  pt: 'REGIN – medidas e indicadores regionais de integração',
  sv: 'REGIN – regionala integrationsåtgärder och indikatorer',
};

export const attribution = [
  {
    en: 'REGIN – Regions for Migrants and Refugees Integration, coordinated by CPMR and co-funded by the EU Asylum, Migration and Integration Fund.',
    fr: "REGIN – Regions for Migrants and Refugees Integration, coordonné par la CRPM et cofinancé par le Fonds Asile, Migration et Intégration de l'UE.",
    es: 'REGIN – Regions for Migrants and Refugees Integration, coordinado por la CRPM y cofinanciado por el Fondo de Asilo, Migración e Integración de la UE.',
    ca: "REGIN – Regions for Migrants and Refugees Integration, coordinat per la CRPM i cofinançat pel Fons d'Asil, Migració i Integració de la UE.",
    it: "REGIN – Regions for Migrants and Refugees Integration, coordinato dalla CRPM e cofinanziato dal Fondo Asilo, Migrazione e Integrazione dell'UE.",
    pt: 'REGIN – Regions for Migrants and Refugees Integration, coordenado pela CRPM e cofinanciado pelo Fundo para o Asilo, a Migração e a Integração da UE.',
    sv: 'REGIN – Regions for Migrants and Refugees Integration, samordnat av CPMR och medfinansierat av EU:s asyl-, migrations- och integrationsfond.',
  },
  {
    en: '© EuroGeographics for the administrative boundaries',
    fr: '© EuroGeographics pour les limites administratives',
    es: '© EuroGeographics para los límites administrativos',
    ca: '© EuroGeographics per als límits administratius',
    it: '© EuroGeographics per i limiti amministrativi',
    pt: '© EuroGeographics para os limites administrativos',
    sv: '© EuroGeographics för de administrativa gränserna',
    de: '© EuroGeographics bezüglich der Verwaltungsgrenzen',
  },
  {
    en: 'National baselines: Migrant Integration Policy Index MIPEX 2020 (CIDOB and Migration Policy Group), www.mipex.eu',
    fr: "Références nationales : indice des politiques d'intégration des migrants MIPEX 2020 (CIDOB et Migration Policy Group), www.mipex.eu",
    es: 'Referencias nacionales: Índice de Políticas de Integración de Migrantes MIPEX 2020 (CIDOB y Migration Policy Group), www.mipex.eu',
    ca: "Referències nacionals: Índex de Polítiques d'Integració de Migrants MIPEX 2020 (CIDOB i Migration Policy Group), www.mipex.eu",
    it: 'Riferimenti nazionali: Indice delle politiche di integrazione dei migranti MIPEX 2020 (CIDOB e Migration Policy Group), www.mipex.eu',
    pt: 'Referências nacionais: Índice de Políticas de Integração de Migrantes MIPEX 2020 (CIDOB e Migration Policy Group), www.mipex.eu',
    sv: 'Nationella jämförelsevärden: Migrant Integration Policy Index MIPEX 2020 (CIDOB och Migration Policy Group), www.mipex.eu',
  },
  {
    en: 'Measures compiled from the public sources linked with each measure (checked 6 December 2026). Regional MIPEX-R scores are illustrative; regional results: MIPEX-R comparative report, CIDOB and MPG, March 2022.',
    fr: 'Mesures compilées à partir des sources publiques indiquées avec chaque mesure (vérifiées le 6 décembre 2026). Les scores régionaux MIPEX-R sont illustratifs ; résultats régionaux : rapport comparatif MIPEX-R, CIDOB et MPG, mars 2022.',
    es: 'Medidas recopiladas de las fuentes públicas enlazadas con cada medida (comprobadas el 6 de diciembre de 2026). Las puntuaciones regionales MIPEX-R son ilustrativas; resultados regionales: informe comparativo MIPEX-R, CIDOB y MPG, marzo de 2022.',
    ca: 'Mesures recopilades de les fonts públiques enllaçades amb cada mesura (comprovades el 6 de desembre de 2026). Les puntuacions regionals MIPEX-R són il·lustratives; resultats regionals: informe comparatiu MIPEX-R, CIDOB i MPG, març del 2022.',
    it: 'Misure raccolte dalle fonti pubbliche collegate a ciascuna misura (verificate il 6 dicembre 2026). I punteggi regionali MIPEX-R sono illustrativi; risultati regionali: rapporto comparativo MIPEX-R, CIDOB e MPG, marzo 2022.',
    pt: 'Medidas compiladas a partir das fontes públicas indicadas com cada medida (verificadas a 6 de dezembro de 2026). As pontuações regionais MIPEX-R são ilustrativas; resultados regionais: relatório comparativo MIPEX-R, CIDOB e MPG, março de 2022.',
    sv: 'Åtgärderna är sammanställda ur de offentliga källor som länkas vid varje åtgärd (kontrollerade 6 december 2026). De regionala MIPEX-R-värdena är illustrativa; regionala resultat: MIPEX-R-jämförelserapporten, CIDOB och MPG, mars 2022.',
  },
];

const baselineLabel = {
  en: 'MIPEX 2020 national overall score',
  fr: 'Score global national MIPEX 2020',
  es: 'Puntuación global nacional MIPEX 2020',
  ca: 'Puntuació global nacional MIPEX 2020',
  it: 'Punteggio complessivo nazionale MIPEX 2020',
  pt: 'Pontuação global nacional MIPEX 2020',
  sv: 'Nationellt totalvärde MIPEX 2020',
};

/** National MIPEX 2020 overall scores (2019 data); no `dimension` = overall score. */
export const baselines = [
  { country: 'SE', label: baselineLabel, value: 86, year: 2019, source: 'https://www.mipex.eu/sweden' },
  { country: 'PT', label: baselineLabel, value: 81, year: 2019, source: 'https://www.mipex.eu/portugal' },
  { country: 'ES', label: baselineLabel, value: 60, year: 2019, source: 'https://www.mipex.eu/spain' },
  { country: 'IT', label: baselineLabel, value: 58, year: 2019, source: 'https://www.mipex.eu/italy' },
];
