/**
 * The feed studio's own words in the seven languages of the widgets (the widgets' words are in their
 * XLIFF files). The problems themselves come from the feed tool, in English, as the CLI prints them.
 */
export type StudioLang = 'en' | 'fr' | 'es' | 'ca' | 'it' | 'pt' | 'sv';

export interface StudioText {
  title: string;
  lede: string;
  privacy: string;
  language: string;
  pick: string;
  drop: string;
  example: string;
  decimal: string;
  decimalAuto: string;
  decimalComma: string;
  decimalPoint: string;
  files: string;
  none: string;
  reading: string;
  problems: (n: number) => string;
  valid: (c: { regions: number; partners: number; scores: number; baselines: number; measures: number }) => string;
  notes: string;
  unknownFile: (name: string) => string;
  twice: (name: string, other: string) => string;
  jsonAlone: string;
  noRegions: string;
  download: string;
  downloadHint: string;
  preview: string;
  previewHint: string;
  row: string;
  templates: string;
  templatesHint: string;
}

const names = 'feed.csv, dimensions.csv, regions.csv, partners.csv, scores.csv, baselines.csv, measures.csv';

export const STUDIO_TEXT: Record<StudioLang, StudioText> = {
  en: {
    title: 'Feed studio',
    lede: 'Turn your spreadsheets into a regin-feed: pick or drop the CSV files (or a feed JSON), fix what is listed, see the four widgets on the result and download feed.json.',
    privacy: 'Your files stay in this browser: nothing is uploaded.',
    language: 'Language',
    pick: 'Choose CSV files or a feed JSON',
    drop: 'or drop them here',
    example: 'Start from the REGIN example',
    decimal: 'Decimal sign in the files',
    decimalAuto: 'Either (refuse numbers that read two ways, like 1.500)',
    decimalComma: 'Comma: 1.234,5',
    decimalPoint: 'Point: 1,234.5',
    files: 'Files',
    none: 'No files yet.',
    reading: 'Reading the files…',
    problems: (n) => (n === 1 ? '1 problem to fix' : `${n} problems to fix`),
    valid: (c) =>
      `Valid feed: ${c.regions} regions, ${c.partners} partners, ${c.scores} scores, ${c.baselines} baselines, ${c.measures} measures.`,
    notes: 'Notes',
    unknownFile: (n) => `${n}: the name does not say what the file holds. Name it one of ${names}.`,
    twice: (n, o) => `${n} and ${o} hold the same kind of entries: keep one.`,
    jsonAlone: 'A feed JSON is checked on its own: choose it without CSV files.',
    noRegions: 'regions.csv is missing: every feed needs its regions.',
    download: 'Download feed.json',
    downloadHint: 'The download is ready when no problem is left.',
    preview: 'Preview',
    previewHint: 'The four widgets on the feed built from your files.',
    row: 'Where',
    templates: 'CSV templates',
    templatesHint: "The REGIN example as spreadsheets, to open in Excel or LibreOffice and fill in with your region's data.",
  },
  fr: {
    title: 'Atelier du flux',
    lede: 'Transformez vos tableurs en regin-feed : choisissez ou déposez les fichiers CSV (ou un flux JSON), corrigez ce qui est signalé, voyez les quatre widgets sur le résultat et téléchargez feed.json.',
    privacy: 'Vos fichiers restent dans ce navigateur : rien n’est envoyé.',
    language: 'Langue',
    pick: 'Choisir des fichiers CSV ou un flux JSON',
    drop: 'ou déposez-les ici',
    example: 'Partir de l’exemple REGIN',
    decimal: 'Séparateur décimal des fichiers',
    decimalAuto: 'Au choix (refuser les nombres à double lecture, comme 1.500)',
    decimalComma: 'Virgule : 1.234,5',
    decimalPoint: 'Point : 1,234.5',
    files: 'Fichiers',
    none: 'Aucun fichier pour l’instant.',
    reading: 'Lecture des fichiers…',
    problems: (n) => (n === 1 ? '1 problème à corriger' : `${n} problèmes à corriger`),
    valid: (c) =>
      `Flux valide : ${c.regions} régions, ${c.partners} partenaires, ${c.scores} scores, ${c.baselines} références, ${c.measures} mesures.`,
    notes: 'Remarques',
    unknownFile: (n) => `${n} : le nom ne dit pas ce que contient le fichier. Nommez-le ${names}.`,
    twice: (n, o) => `${n} et ${o} contiennent le même type d’entrées : gardez-en un.`,
    jsonAlone: 'Un flux JSON est vérifié seul : choisissez-le sans fichiers CSV.',
    noRegions: 'regions.csv manque : tout flux a besoin de ses régions.',
    download: 'Télécharger feed.json',
    downloadHint: 'Le téléchargement est prêt quand il ne reste aucun problème.',
    preview: 'Aperçu',
    previewHint: 'Les quatre widgets sur le flux construit à partir de vos fichiers.',
    row: 'Emplacement',
    templates: 'Modèles CSV',
    templatesHint:
      'L’exemple REGIN sous forme de tableurs, à ouvrir dans Excel ou LibreOffice et à remplir avec les données de votre région.',
  },
  es: {
    title: 'Taller del feed',
    lede: 'Convierta sus hojas de cálculo en un regin-feed: elija o suelte los archivos CSV (o un feed JSON), corrija lo indicado, vea los cuatro widgets con el resultado y descargue feed.json.',
    privacy: 'Sus archivos se quedan en este navegador: no se sube nada.',
    language: 'Idioma',
    pick: 'Elegir archivos CSV o un feed JSON',
    drop: 'o suéltelos aquí',
    example: 'Empezar con el ejemplo de REGIN',
    decimal: 'Signo decimal de los archivos',
    decimalAuto: 'Cualquiera (rechazar números con dos lecturas, como 1.500)',
    decimalComma: 'Coma: 1.234,5',
    decimalPoint: 'Punto: 1,234.5',
    files: 'Archivos',
    none: 'Todavía no hay archivos.',
    reading: 'Leyendo los archivos…',
    problems: (n) => (n === 1 ? '1 problema por corregir' : `${n} problemas por corregir`),
    valid: (c) =>
      `Feed válido: ${c.regions} regiones, ${c.partners} socios, ${c.scores} puntuaciones, ${c.baselines} referencias, ${c.measures} medidas.`,
    notes: 'Notas',
    unknownFile: (n) => `${n}: el nombre no indica qué contiene el archivo. Llámelo ${names}.`,
    twice: (n, o) => `${n} y ${o} contienen el mismo tipo de entradas: conserve uno.`,
    jsonAlone: 'Un feed JSON se comprueba solo: elíjalo sin archivos CSV.',
    noRegions: 'Falta regions.csv: todo feed necesita sus regiones.',
    download: 'Descargar feed.json',
    downloadHint: 'La descarga está lista cuando no queda ningún problema.',
    preview: 'Vista previa',
    previewHint: 'Los cuatro widgets con el feed creado a partir de sus archivos.',
    row: 'Dónde',
    templates: 'Plantillas CSV',
    templatesHint:
      'El ejemplo de REGIN como hojas de cálculo, para abrir en Excel o LibreOffice y completar con los datos de su región.',
  },
  ca: {
    title: 'Taller del feed',
    lede: 'Convertiu els vostres fulls de càlcul en un regin-feed: trieu o deixeu anar els fitxers CSV (o un feed JSON), corregiu el que s’indica, vegeu els quatre ginys amb el resultat i baixeu feed.json.',
    privacy: 'Els fitxers es queden en aquest navegador: no es puja res.',
    language: 'Llengua',
    pick: 'Trieu fitxers CSV o un feed JSON',
    drop: 'o deixeu-los anar aquí',
    example: 'Començar amb l’exemple de REGIN',
    decimal: 'Signe decimal dels fitxers',
    decimalAuto: 'Qualsevol (rebutjar nombres amb dues lectures, com 1.500)',
    decimalComma: 'Coma: 1.234,5',
    decimalPoint: 'Punt: 1,234.5',
    files: 'Fitxers',
    none: 'Encara no hi ha fitxers.',
    reading: 'S’estan llegint els fitxers…',
    problems: (n) => (n === 1 ? '1 problema per corregir' : `${n} problemes per corregir`),
    valid: (c) =>
      `Feed vàlid: ${c.regions} regions, ${c.partners} socis, ${c.scores} puntuacions, ${c.baselines} referències, ${c.measures} mesures.`,
    notes: 'Notes',
    unknownFile: (n) => `${n}: el nom no diu què conté el fitxer. Anomeneu-lo ${names}.`,
    twice: (n, o) => `${n} i ${o} contenen el mateix tipus d’entrades: conserveu-ne un.`,
    jsonAlone: 'Un feed JSON es comprova sol: trieu-lo sense fitxers CSV.',
    noRegions: 'Falta regions.csv: tot feed necessita les seves regions.',
    download: 'Baixa feed.json',
    downloadHint: 'La baixada està a punt quan no queda cap problema.',
    preview: 'Previsualització',
    previewHint: 'Els quatre ginys amb el feed creat a partir dels vostres fitxers.',
    row: 'On',
    templates: 'Plantilles CSV',
    templatesHint:
      'L’exemple de REGIN com a fulls de càlcul, per obrir amb Excel o LibreOffice i omplir amb les dades de la vostra regió.',
  },
  it: {
    title: 'Laboratorio del feed',
    lede: 'Trasforma i tuoi fogli di calcolo in un regin-feed: scegli o trascina i file CSV (o un feed JSON), correggi quanto segnalato, guarda i quattro widget sul risultato e scarica feed.json.',
    privacy: 'I tuoi file restano in questo browser: non viene caricato nulla.',
    language: 'Lingua',
    pick: 'Scegli file CSV o un feed JSON',
    drop: 'oppure trascinali qui',
    example: 'Parti dall’esempio REGIN',
    decimal: 'Separatore decimale dei file',
    decimalAuto: 'Qualsiasi (rifiuta i numeri con due letture, come 1.500)',
    decimalComma: 'Virgola: 1.234,5',
    decimalPoint: 'Punto: 1,234.5',
    files: 'File',
    none: 'Ancora nessun file.',
    reading: 'Lettura dei file…',
    problems: (n) => (n === 1 ? '1 problema da correggere' : `${n} problemi da correggere`),
    valid: (c) =>
      `Feed valido: ${c.regions} regioni, ${c.partners} partner, ${c.scores} punteggi, ${c.baselines} riferimenti, ${c.measures} misure.`,
    notes: 'Note',
    unknownFile: (n) => `${n}: il nome non dice che cosa contiene il file. Chiamalo ${names}.`,
    twice: (n, o) => `${n} e ${o} contengono lo stesso tipo di voci: tienine uno.`,
    jsonAlone: 'Un feed JSON si controlla da solo: sceglilo senza file CSV.',
    noRegions: 'Manca regions.csv: ogni feed ha bisogno delle sue regioni.',
    download: 'Scarica feed.json',
    downloadHint: 'Il download è pronto quando non resta alcun problema.',
    preview: 'Anteprima',
    previewHint: 'I quattro widget sul feed creato dai tuoi file.',
    row: 'Dove',
    templates: 'Modelli CSV',
    templatesHint:
      'L’esempio REGIN come fogli di calcolo, da aprire in Excel o LibreOffice e completare con i dati della tua regione.',
  },
  pt: {
    title: 'Oficina do feed',
    lede: 'Transforme as suas folhas de cálculo num regin-feed: escolha ou largue os ficheiros CSV (ou um feed JSON), corrija o que for indicado, veja os quatro widgets com o resultado e descarregue feed.json.',
    privacy: 'Os seus ficheiros ficam neste navegador: nada é enviado.',
    language: 'Língua',
    pick: 'Escolher ficheiros CSV ou um feed JSON',
    drop: 'ou largue-os aqui',
    example: 'Começar pelo exemplo REGIN',
    decimal: 'Sinal decimal dos ficheiros',
    decimalAuto: 'Qualquer (recusar números com duas leituras, como 1.500)',
    decimalComma: 'Vírgula: 1.234,5',
    decimalPoint: 'Ponto: 1,234.5',
    files: 'Ficheiros',
    none: 'Ainda não há ficheiros.',
    reading: 'A ler os ficheiros…',
    problems: (n) => (n === 1 ? '1 problema a corrigir' : `${n} problemas a corrigir`),
    valid: (c) =>
      `Feed válido: ${c.regions} regiões, ${c.partners} parceiros, ${c.scores} pontuações, ${c.baselines} referências, ${c.measures} medidas.`,
    notes: 'Notas',
    unknownFile: (n) => `${n}: o nome não diz o que o ficheiro contém. Dê-lhe o nome ${names}.`,
    twice: (n, o) => `${n} e ${o} contêm o mesmo tipo de entradas: mantenha um.`,
    jsonAlone: 'Um feed JSON é verificado sozinho: escolha-o sem ficheiros CSV.',
    noRegions: 'Falta regions.csv: todo o feed precisa das suas regiões.',
    download: 'Descarregar feed.json',
    downloadHint: 'A transferência fica pronta quando não restar nenhum problema.',
    preview: 'Pré-visualização',
    previewHint: 'Os quatro widgets com o feed criado a partir dos seus ficheiros.',
    row: 'Onde',
    templates: 'Modelos CSV',
    templatesHint:
      'O exemplo REGIN em folhas de cálculo, para abrir no Excel ou no LibreOffice e preencher com os dados da sua região.',
  },
  sv: {
    title: 'Flödesverkstad',
    lede: 'Gör dina kalkylblad till ett regin-feed: välj eller släpp CSV-filerna (eller ett flöde i JSON), rätta det som listas, se de fyra widgetarna med resultatet och ladda ned feed.json.',
    privacy: 'Dina filer stannar i den här webbläsaren: inget laddas upp.',
    language: 'Språk',
    pick: 'Välj CSV-filer eller ett flöde i JSON',
    drop: 'eller släpp dem här',
    example: 'Börja från REGIN-exemplet',
    decimal: 'Decimaltecken i filerna',
    decimalAuto: 'Vilket som helst (vägra tal som kan läsas på två sätt, som 1.500)',
    decimalComma: 'Komma: 1.234,5',
    decimalPoint: 'Punkt: 1,234.5',
    files: 'Filer',
    none: 'Inga filer än.',
    reading: 'Läser filerna…',
    problems: (n) => (n === 1 ? '1 problem att rätta' : `${n} problem att rätta`),
    valid: (c) =>
      `Giltigt flöde: ${c.regions} regioner, ${c.partners} partner, ${c.scores} värden, ${c.baselines} jämförelsevärden, ${c.measures} åtgärder.`,
    notes: 'Anmärkningar',
    unknownFile: (n) => `${n}: namnet säger inte vad filen innehåller. Döp den till ${names}.`,
    twice: (n, o) => `${n} och ${o} innehåller samma slags poster: behåll en.`,
    jsonAlone: 'Ett flöde i JSON kontrolleras för sig: välj det utan CSV-filer.',
    noRegions: 'regions.csv saknas: varje flöde behöver sina regioner.',
    download: 'Ladda ned feed.json',
    downloadHint: 'Nedladdningen är klar när inga problem återstår.',
    preview: 'Förhandsvisning',
    previewHint: 'De fyra widgetarna med flödet som byggts av dina filer.',
    row: 'Var',
    templates: 'CSV-mallar',
    templatesHint: 'REGIN-exemplet som kalkylblad, att öppna i Excel eller LibreOffice och fylla i med din regions uppgifter.',
  },
};
