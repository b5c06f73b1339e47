// Summaries of the sourced measures in the measure's original language: faithful translations of the
// English paraphrases in sources/regin-measures-sourced.json (same facts, nothing added). Keyed by the
// sourced measure id. `figures`: the money figures the sources state, said as the sources say them, in
// English and in the original language; appended to the summary.

export const originalSummaries = {
  // Skåne (sv)
  'se224-partnerskap-skane':
    'En regional samverkansplattform, i gång sedan 2008, där de aktörer som ansvarar för mottagande och etablering av nyanlända i Skåne (Länsstyrelsen, Region Skåne, Arbetsförmedlingen, kommuner, universitet och civilsamhälle) utvecklar gemensamma arbetssätt. Arbetet kretsar kring hälsa, delaktighet och egenmakt och är organiserat i tre delar: samhälls- och hälsokommunikation på modersmål (SHK), samverkan med civilsamhället (NAD) och forskningsplattformen för migration och hälsa MILSA. WHO Europa lyfte fram den som ett exempel på god praxis 2019.',
  'se224-shk-civic-health-communication':
    'Nyanlända flyktingar i deltagande skånska kommuner får den lagstadgade samhällsorienteringen kombinerad med extra hälsoteman, på sitt eget språk, av kommunikatörer som själva har invandrat till Sverige. Formen bygger på dialog, är ordnad i tematiska block och följs upp med deltagarenkäter. Den har funnits i Skåne sedan 2008 (den första projektperioden finansierades av Europeiska flyktingfonden fram till juni 2011) och medfinansieras av Region Skåne, Länsstyrelsen och kommunerna; modellen har spridits nationellt.',
  'se224-nad-network-activity-participation':
    'Matchar flyktingar som deltar i Arbetsförmedlingens etableringsprogram med aktiviteter i små grupper som drivs av föreningar, studieförbund och idrottsorganisationer, så att de kan öva svenska, ta hand om sin hälsa och bygga sociala nätverk; deltagandet är frivilligt och aktiviteten skrivs in i personens etableringsplan. Metoden utvecklades 2013–2014 och skalades upp med finansiering från Region Skåne från hösten 2014; den samordnas regionalt av Nätverket Idéburen Sektor Skåne med fem delregionala samordnare från civilsamhället.',
  'se224-milsa-migration-health-platform':
    'En plattform för forskning och praktik som drivs gemensamt av Länsstyrelsen Skåne och Malmö universitet och som studerar hur hälsan påverkar nyanlända flyktingars etablering och för tillbaka resultaten till Partnerskap Skåne. Den första fasen (2013–2015) finansierades av Europeiska flyktingfonden; MILSA 2.0 (AMIF, 2016–2018) genomförde fem sammanlänkade studier, bland annat om hälsan hos nyanlända familjer, kvinnor och barn.',
  'se224-milsa-national-training-platform':
    'Med medel från Europeiska socialfonden för 2017–2020 utvecklade Länsstyrelsen Skåne en nationell utbildningsplattform för samhälls- och hälsokommunikatörer, som drevs tillsammans med de andra länsstyrelserna, ett trettiotal anordnare av samhällsorientering och flera universitet. Utbildningen kombinerade studier på nätet med praktiska moment; 2019 utbildades omkring 200 kommunikatörer i hela Sverige.',
  'se224-valkommen-till-skane':
    'En utvidgning av programmet för samhälls- och hälsokommunikation där nyanlända och kommunikatörer besöker bibliotek, museer, föreningar och arbetsplatser i hemkommunen, så att ortens historia och vardag presenteras på plats och de nyanlända får kontakter. En utvärdering i två steg (2016–2020) undersökte effekterna på hälsans bestämningsfaktorer som socialt kapital och känsla av sammanhang.',
  'se224-regin-testbed-health-equity':
    'Skånes insats inom REGIN: samtalsgrupper, ledda av en utbildad samhälls- och hälsokommunikatör som delar deltagarnas språk och migrationsbakgrund, diskuterar migration, psykisk hälsa och föräldraskap i förebyggande syfte. Den kompletterades i en till tre kommuner med Rådrum, en kostnadsfri och konfidentiell rådgivning för nyanlända på ett och samma ställe, driven av frivilliga, och förankrades i Partnerskap Skåne. I april 2021 var testbädden avslutad och en vägledning om stöd till nyanlända barn hade tagits fram tillsammans med Rädda Barnen.',

  // Catalonia (ca)
  'es51-servei-primera-acollida':
    "La Llei catalana 10/2010, del 7 de maig, d'acollida de les persones immigrades i de les retornades a Catalunya va crear un servei de primera acollida universal, regulat en detall pel Decret 150/2014 i prestat gratuïtament pels ens locals amb la Generalitat. Consta de tres mòduls de formació: català i castellà (com a mínim 90 hores cadascun), coneixements laborals (com a mínim 15 hores) i coneixement de la societat catalana i el seu marc jurídic (com a mínim 15 hores). Completar-lo dona un certificat de primera acollida amb valor jurídic que es pot fer servir en tràmits d'estrangeria (per exemple, arrelament social o renovacions) i en sol·licituds de nacionalitat.",
  'es51-programa-catala-refugi':
    "Un programa de la Generalitat iniciat a principis del 2017 per a sol·licitants de protecció internacional i persones refugiades en dificultats econòmiques o socials, pensat per complementar el sistema d'acollida de l'Estat. Combina una prestació econòmica temporal (com a màxim un any), la mentoria en grup de persones voluntàries formades i un pla individual centrat en l'aprenentatge del català, la recerca de feina i els vincles socials; també incorpora la renda garantida de ciutadania per a sol·licitants de protecció i refugiats que no han assolit prou autonomia, i un inventari d'habitatges oferts per a l'acollida de refugiats. El setembre del 2018 s'havien format més de 1.300 mentors i hi havia 96 grups de mentoria actius en 15 comarques.",
  'es51-pla-ciutadania-migracions-2017-2020':
    "L'instrument de planificació del Govern català per a les polítiques de ciutadania, acollida i integració del 2017 al 2020, elaborat per la Comissió Interdepartamental d'Immigració després d'un procés participatiu i aprovat pel Govern. S'organitza en quatre eixos: el compromís amb una cultura pública comuna en una societat cohesionada, les polítiques d'igualtat en la diversitat, l'acollida de les persones refugiades que arriben a Catalunya i la gestió integrada de les polítiques de ciutadania i migracions.",
  'es51-pla-ciutadania-immigracio-2009-2012':
    "Aprovat pel Govern català el 16 de desembre de 2009 per portar a la pràctica les mesures del Pacte Nacional per a la Immigració. Els seus tres eixos eren la gestió dels fluxos migratoris i l'accés al mercat de treball, l'adaptació dels serveis públics a una població més diversa i la integració en una cultura pública comuna; agrupava 17 programes, 131 projectes i 235 actuacions, entre les quals les aules d'acollida a les escoles, més formació d'adults i formació intercultural per al personal del sector públic.",
  'es51-pacte-nacional-immigracio':
    "Un acord marc signat el desembre del 2008 per la majoria dels partits parlamentaris catalans, els agents socials i altres actors implicats en la gestió de la immigració. Estableix més d'un centenar de mesures amb l'horitzó del 2020 adreçades a la bona convivència i a una societat més justa i cohesionada, i és la base dels plans catalans de ciutadania i immigració posteriors.",
  'es51-informe-integracio-anual':
    "La Llei 10/2010 exigeix una avaluació anual independent del grau d'assoliment de la integració de les persones immigrades i refugiades a Catalunya. L'edició del 2015, publicada el 2016 per la Secretaria d'Igualtat, Migracions i Ciutadania del Govern català, es va encarregar a Instrategies (més tard soci tècnic de REGIN), amb aportacions de diversos centres de recerca.",
  'es51-regin-pilot-robotics-migrant-youth':
    "L'acció pilot de Catalunya a REGIN, duta a terme el juliol del 2021, tractava l'èxit educatiu i l'accés a l'educació superior de l'alumnat d'origen migrant. Cinc directors d'instituts de secundària d'alta complexitat van seleccionar 42 alumnes de 13 a 15 anys que havien viscut la migració directament o a través dels seus pares; van participar en tallers extraescolars de robòtica i programació. Una trobada posterior amb els agents implicats, el 20 d'octubre de 2021, va tractar l'educació fora de l'escola i l'orientació professional per a l'alumnat d'origen estranger.",

  // Murcia, Andalusia, Basque Country (es)
  'es62-plan-integracion-social-inmigrantes-2002-2004':
    'Un plan regional adoptado por el Gobierno de Murcia para 2002–2004 que programaba acciones concretas dentro de las competencias de la región, en línea con la política de integración nacional y de la UE. Buscaba el acceso normalizado de las personas inmigrantes a la vivienda, la salud, la educación, los servicios sociales y el empleo, apoyándose en la cooperación entre administraciones y con la sociedad civil organizada.',
  'es62-atencion-integral-inmigrantes-alojamiento':
    'Un programa regional que ofrece a personas inmigrantes en situación de especial vulnerabilidad alojamiento temporal, manutención y servicios orientados a la integración social y laboral, mediante plazas concertadas con ONG como la Fundación Cepaim en varias localidades. En 2018 contaba con 89 plazas de albergue y 101 plazas en viviendas de acogida. Ese mismo año la región informó al Comité de las Regiones de un programa con ONG para personas inmigrantes en riesgo de exclusión que abarca alojamiento, manutención, inserción sociolaboral, mediación, asesoramiento y acompañamiento.',
  'es62-sef-refugee-labour-integration':
    'Un proyecto con fondos EIE del servicio público regional de empleo para apoyar la integración social y laboral de personas refugiadas con especiales dificultades acogidas en Murcia. Coordinó instituciones, ONG y empresas, elaboró perfiles de los participantes, prestó apoyo individual y sensibilizó a empresas y comunidades locales; fue finalista de los RegioStars 2018 en la categoría «Afrontar los retos de la migración».',
  'es62-regin-social-cohesion-commission':
    'Como acción piloto de REGIN, Murcia creó una «Comisión de Cohesión Social» dentro del Foro Regional para la Inmigración, el órgano consultivo regional de integración en el que participan diversos actores. La comisión se reunió seis veces para definir líneas generales para incluir la integración de nacionales de terceros países en el programa operativo regional; su documento final fue aprobado por el pleno del Foro, tras lo cual la dirección general de servicios sociales trabajó con la dirección general de fondos europeos para incorporarlo.',
  'es62-convenios-municipios-integracion-2008':
    'En octubre de 2008 la consejería regional de política social, mujer e inmigración firmó convenios con los 45 ayuntamientos de la región para cofinanciar programas municipales de integración de inmigrantes. La consejería presentó la integración como una política transversal que abarca acogida, educación, empleo, vivienda, servicios sociales, sanidad, infancia, mujer y codesarrollo.',
  'es62-informe-esfuerzo-integracion':
    'Desde la entrada en vigor del nuevo Reglamento de extranjería de España (Real Decreto 1155/2024) el 20 de mayo de 2025, las personas residentes extracomunitarias pueden apoyar determinadas solicitudes de residencia con un informe favorable de la administración autonómica. La dirección general de servicios sociales de Murcia publicó criterios técnicos para este informe, que puede pedirse para la residencia temporal por arraigo social o socioeducativo y para renovaciones cuando no se cumplen plenamente los requisitos.',
  'es61-foro-andaluz-integracion':
    'Un decreto del 21 de diciembre de 2020 que regula el foro regional consultivo y de participación para la integración y sus foros provinciales en Andalucía, basado en los compromisos del Estatuto de Autonomía con la integración de las personas inmigrantes. Su predecesor, el Foro Andaluz de la Inmigración, fue consultado sobre los planes regionales de integración y aprobó por unanimidad la evaluación del tercer plan.',
  'es61-iii-plan-integral-inmigracion':
    'Aprobado por la Junta de Andalucía tras cinco años sin plan después del primero (2001–2004) y del segundo (2006–2009), con el horizonte de 2016 y centrado en la gestión de la diversidad. Establecía 172 medidas en 11 áreas —educación, empleo, salud, inclusión y bienestar social, vivienda, cultura y participación, asistencia jurídica, formación, investigación, sensibilización y cooperación internacional—, coordinadas por la Consejería de Justicia e Interior.',
  'es21-vi-plan-intercultural':
    'Aprobado por el Gobierno Vasco el 22 de febrero de 2022 para construir un «modelo vasco» de gestión de la diversidad cultural basado en la interculturalidad, la igualdad de trato y la no discriminación. Contiene 103 acciones (estratégicas, organizativas y programáticas), vistas desde las perspectivas de género, de derechos humanos y lingüística, con la educación, el empleo y la formación, y la convivencia y la lengua como áreas prioritarias, además de salud, vivienda y cuestiones jurídicas; las mujeres y los menores no acompañados reciben una atención especial.',

  // Puglia (it)
  'itf4-lr-32-2009':
    "La legge quadro della Puglia sull'integrazione degli immigrati, pubblicata nel dicembre 2009. Istituisce una consulta regionale per l'integrazione degli immigrati, un osservatorio regionale sull'immigrazione e il diritto d'asilo e un piano regionale per l'immigrazione, e riguarda assistenza sanitaria, istruzione e formazione, integrazione culturale, formazione professionale, inserimento lavorativo, inclusione sociale, casa, accoglienza di richiedenti asilo e rifugiati, vittime di tratta e misure contro la discriminazione. La Regione la cita ancora, insieme al Piano regionale per l'immigrazione, come base giuridica della sua politica migratoria.",
  'itf4-foresterie-braccianti':
    "Per far uscire i lavoratori agricoli stagionali dagli insediamenti informali («ghetti») e sottrarli allo sfruttamento del caporalato, la Regione ha aperto e finanziato strutture di accoglienza controllate: prima a San Severo (azienda regionale «Fortore»), a Nardò (Masseria Boncuri) e a Turi, finanziate con programmi nazionali ed europei. La struttura di Turi è stata aperta nel giugno 2018 e ha ricevuto un ulteriore contributo regionale nel 2022. Con l'investimento M5C2-2.2 del PNRR la Regione gestisce quattro foresterie (due a San Severo, una a Manfredonia, una a Nardò) che ospitano 1.670 lavoratori, con assistenza sanitaria, consulenza socio-legale, corsi di lingua e sportelli sociali mobili.",
  'itf4-protocollo-cura-legalita-ghetto':
    "Con la delibera del 21 febbraio 2017 la Giunta regionale ha approvato gli strumenti operativi per attuare in Puglia un protocollo sperimentale contro il caporalato e lo sfruttamento lavorativo in agricoltura promosso dai Ministeri del Lavoro, dell'Interno e dell'Agricoltura. La delibera risponde agli insediamenti informali legati allo sfruttamento del lavoro agricolo, soprattutto in provincia di Foggia, ed è gestita dalla sezione regionale sicurezza del cittadino, politiche per le migrazioni e antimafia sociale.",
  'itf4-supreme-italia':
    "Un piano straordinario contro il grave sfruttamento lavorativo e la marginalità degli stranieri regolarmente soggiornanti nelle cinque regioni del Sud, guidato dalla Regione Puglia con Basilicata, Calabria, Campania e Sicilia e il partner tecnico Consorzio Nova. Su.Pr.Eme. Italia è stato finanziato con i fondi emergenziali del FAMI e affiancato da P.I.U. Su.Pr.Eme. (percorsi individuali di uscita, FSE PON Inclusione); si è concluso il 20 ottobre 2022 ed è stato seguito da Su.Pr.Eme. 2, un programma quinquennale nell'ambito del FAMI 2021–2027 e del programma nazionale inclusione (FSE+), la cui fase operativa con hub sociali integrati è partita nel 2025 (secondo quanto riportato per la Calabria).",
  'itf4-comin-4-0':
    "Un progetto FAMI 2014–2020 di rafforzamento delle capacità sulla governance dei servizi per l'integrazione, guidato dalla Regione Puglia con Basilicata, Calabria, Campania e Sicilia e il partner tecnico Consorzio Nova. Ha collegato l'accoglienza e l'integrazione dei migranti con lo spopolamento delle aree interne attraverso ricerca-azione e azioni pilota locali, e ha organizzato un concorso interregionale sulle pratiche comunali di integrazione; il seminario finale si è tenuto a Lecce il 21 settembre 2023.",
  'itf4-avviso-terzo-settore-immigrati-2013':
    "Un avviso regionale che finanzia progetti del terzo settore per l'inclusione sociale e l'integrazione culturale degli immigrati e delle loro famiglie; una linea (Azione B) sosteneva sperimentazioni abitative e di inserimento socio-lavorativo. Per esempio, il progetto «Villaggio Integra» (convenzione firmata il 25 luglio 2014 con il servizio politiche giovanili e cittadinanza sociale della Regione) offriva accoglienza, formazione professionale e inserimento lavorativo attraverso l'agricoltura sociale nel Salento.",
  'itf4-fami-impact-puglia':
    "Un progetto FAMI 2014–2020 della Regione Puglia la cui prima azione riguarda l'inclusione sociale e scolastica degli alunni migranti: sostegno contro la dispersione scolastica, coinvolgimento delle famiglie migranti nella vita della scuola e migliore accesso al lavoro dei giovani migranti. La pagina regionale elenca altre azioni che non sono riportate nell'estratto consultato.",
  'itf4-intesa-interregionale-immigrazione-2015':
    "Nel dicembre 2015 la Giunta pugliese ha approvato un protocollo d'intesa con Calabria, Campania e Sicilia che crea un coordinamento interregionale sull'immigrazione. Impegna le regioni al monitoraggio congiunto dei flussi migratori e delle politiche attuate, alla co-progettazione degli interventi, a studi e scambi di buone pratiche e a una migliore inclusione sociale e lavorativa della popolazione straniera.",

  // Campania (it)
  'itf3-lr-6-2010':
    "La legge quadro della Campania sull'integrazione, del febbraio 2010, che sostituisce la legge regionale del 1994. Prevede un programma regionale triennale e un piano regionale per l'immigrazione, una consulta e un osservatorio regionali sull'immigrazione, misure contro la discriminazione e un registro degli enti che operano con gli stranieri, e contiene misure specifiche su assistenza sociale, accesso alla casa, assistenza sanitaria, istruzione ed educazione interculturale, orientamento, formazione professionale e mediazione interculturale, e inserimento lavorativo, compreso il sostegno al lavoro autonomo e stagionale.",
  'itf3-programma-strategico-2009-2011':
    "Un programma regionale triennale adottato con la delibera del 30 giugno 2009, che considera l'immigrazione un elemento strutturale della società campana. Le sue linee riguardavano accoglienza e disagio abitativo, salute e sicurezza, istruzione e intercultura, occupabilità, insieme a ricerca sociale, reti di coordinamento e pari accesso ai servizi.",
  'itf3-servizio-mediazione-culturale':
    "Un servizio regionale, cofinanziato dal programma operativo regionale FSE 2007–2013 e affidato dalla Regione Campania a un raggruppamento guidato da Cidis Onlus con il Consorzio Gesco, per facilitare la comunicazione tra migranti e servizi pubblici. Offriva alle istituzioni un'agenzia di mediazione su chiamata e mirava a migliorare la competenza interculturale del personale dei servizi.",
  'itf3-impact-campania':
    "Un progetto regionale finanziato dal FAMI per rafforzare i servizi di integrazione per i cittadini stranieri, gestito dalla Regione con partner istituzionali e del terzo settore; i comuni che ospitano servizi di accoglienza aderiscono firmando un protocollo senza oneri con ANCI Campania. Le sue quattro azioni riguardano la scuola in contesti multiculturali, le competenze interculturali degli operatori pubblici (formazione e punti informativi), la promozione dell'immagine di una regione inclusiva e la partecipazione delle comunità immigrate.",
  'itf3-com-in-2-0':
    "Un progetto cofinanziato dal Fondo europeo per l'integrazione, con la Regione Campania capofila e Puglia, Calabria, Sicilia, Cittalia e Consorzio Nova come partner, per migliorare l'accesso dei cittadini di paesi terzi ai servizi attraverso il coordinamento territoriale. Prevedeva osservatori regionali partecipati per mappare e monitorare i servizi per gli stranieri e raccogliere buone pratiche da replicare.",
  'itf3-regin-pilot-inner-areas':
    'La Campania ha usato gli strumenti di REGIN per monitorare e analizzare il percorso che stava seguendo con Com.In.4.0 per costruire una strategia di inclusione delle comunità migranti nei piccoli centri delle aree interne rurali; in Campania quel lavoro ha riguardato aree interne come il Cilento e il Vallo di Diano, colpite dallo spopolamento. Al suo primo incontro REGIN con i portatori di interesse, il 15 novembre 2021, gli esperti regionali hanno sottolineato un risultato del MIPEX-R: la Campania ha bisogno di una strategia regionale inclusiva.',

  // Azores (pt)
  'pt20-guia-do-imigrante':
    'Desenvolvido no âmbito do REGIN e lançado em setembro de 2021, o guia reúne num só lugar o que os organismos públicos e as associações oferecem aos migrantes nos Açores – por exemplo, regularização da residência, procura de emprego, criação de empresa, escolas e o serviço regional de saúde. Existe como guia impresso (português, chinês, espanhol, francês, inglês), sítio web e aplicação Android/iOS (português e inglês), e foi divulgado com uma campanha nos meios de comunicação; serve também as organizações que apoiam migrantes.',
  'pt20-cursos-portugues-outras-linguas':
    'Cursos de português de 150 horas promovidos pelo Governo dos Açores desde 2013, regulados por portarias regionais e organizados por escolas públicas, câmaras municipais, associações e outras entidades (nomeadamente a AIPA e a CRESAÇOR), sobretudo em horário pós-laboral. A aprovação certifica pelo menos o nível A2 e serve de prova de conhecimento do português para a nacionalidade, a residência permanente e o estatuto de residente de longa duração. Até março de 2023, 25 cursos tinham chegado a cerca de 500 formandos de 59 nacionalidades em cinco ilhas; em 2022 a direção regional das Comunidades duplicou o financiamento para realizar quatro cursos.',
  'pt20-protocolos-apoio-imigrantes':
    'O Governo dos Açores financia, através de protocolos de cooperação, a associação de imigrantes AIPA e o gabinete de apoio ao migrante da cooperativa CRESAÇOR, que prestam aconselhamento e realizam atividades de integração. Em 2022 a AIPA tinha três centros locais de apoio à integração de migrantes em São Miguel, na Terceira e no Pico; uma portaria de maio de 2023 (Portaria 838/2023) refere o protocolo com a CRESAÇOR sobre a inclusão social de imigrantes através de atividades socioculturais.',
  'pt20-apoio-projetos-imigracao':
    'Além dos protocolos, a direção regional das Comunidades abre um período de candidaturas (de 15 de outubro a 15 de dezembro) para apoio financeiro a promotores individuais ou coletivos sem fins lucrativos de atividades nas áreas da imigração, da integração, do respeito pela diversidade e da criação artística. As entidades apoiadas são publicadas no Jornal Oficial da Região, de acordo com a lei nacional da transparência.',
  'pt20-atendimento-drcomunidades':
    'A direção regional das Comunidades mantém atendimento público permanente em São Miguel, na Terceira e no Faial, atendimento telefónico e deslocações periódicas às outras ilhas, para imigrantes, emigrantes e regressados. Em 2021 registou 9540 atendimentos de pessoas de 53 nacionalidades, sobretudo sobre pensões estrangeiras, passaportes, nacionalidade, vistos e tradução de documentos.',
  'pt20-acordo-aima-riac':
    'Assinado a 1 de julho de 2025, o acordo permite que a rede regional de atendimento ao cidadão RIAC assuma, a partir de 1 de outubro de 2025, o atendimento presencial de procedimentos da Agência para a Integração, Migrações e Asilo (AIMA), como a concessão e a renovação de autorizações de residência. A RIAC compromete-se a ter 55 postos de atendimento que cobrem os 19 concelhos das nove ilhas e a fornecer estatísticas trimestrais ao governo regional para acompanhar a política de integração.',
};

/** Money figures stated by the sources, in the source's terms: `{en, <original language>}`. */
export const figures = {
  'se224-milsa-migration-health-platform': {
    en: 'The Swedish Migration Agency page states an AMIF grant of SEK 9,815,644 for MILSA 2.0.',
    sv: 'Migrationsverkets sida anger ett bidrag från AMIF på 9 815 644 kronor till MILSA 2.0.',
  },
  'es62-atencion-integral-inmigrantes-alojamiento': {
    en: 'A local news report of 6 February 2018 states a 2018 budget of EUR 2.5 million, of which over EUR 305,000 for 26 Cepaim shelter places.',
    es: 'Una noticia local del 6 de febrero de 2018 indica un presupuesto de 2,5 millones de euros para 2018, de los que más de 305.000 euros son para 26 plazas de albergue de Cepaim.',
  },
  'es62-sef-refugee-labour-integration': {
    en: 'The RegioStars page states EU funds of EUR 39,375 and a timespan from 1 July 2017 to 31 December 2020.',
    es: 'La página de RegioStars indica 39.375 euros de fondos de la UE y un periodo del 1 de julio de 2017 al 31 de diciembre de 2020.',
  },
  'es62-convenios-municipios-integracion-2008': {
    en: 'A local news report of 21 October 2008 states EUR 9.9 million for the integration programmes (8.4 million regional, 1.5 million municipal).',
    es: 'Una noticia local del 21 de octubre de 2008 indica 9,9 millones de euros para los programas de integración (8,4 millones regionales y 1,5 municipales).',
  },
  'itf4-foresterie-braccianti': {
    en: 'The sources state EUR 158,000 to the municipality of Turi for a temporary foresteria for about 120 workers (2022), and 1,670 workers hosted in the four PNRR foresterie.',
    it: 'Le fonti indicano 158.000 euro al Comune di Turi per una foresteria temporanea per circa 120 lavoratori (2022) e 1.670 lavoratori ospitati nelle quattro foresterie PNRR.',
  },
  'itf4-supreme-italia': {
    en: 'The sources state that Su.Pr.Eme. 2 is a five-year programme of EUR 45 million, and that almost 350,000 services and actions were delivered under Su.Pr.Eme. (October 2022).',
    it: 'Le fonti indicano che Su.Pr.Eme. 2 è un programma quinquennale da 45 milioni di euro e che con Su.Pr.Eme. sono stati erogati quasi 350.000 servizi e interventi (ottobre 2022).',
  },
  'es61-iii-plan-integral-inmigracion': {
    en: 'Press reports state an initial budget forecast of about EUR 1,257 million up to 2016.',
    es: 'La prensa indica una previsión presupuestaria inicial de unos 1.257 millones de euros hasta 2016.',
  },
  'es21-vi-plan-intercultural': {
    en: 'A news report of 25 May 2022 states EUR 35.7 million planned for 2022–2025.',
    es: 'Una noticia del 25 de mayo de 2022 indica 35,7 millones de euros previstos para 2022–2025.',
  },
};
