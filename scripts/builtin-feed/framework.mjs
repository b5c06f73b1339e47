// MIPEX-R: the regional integration index. Eight policy areas in the index's canonical order
// (this order is the radar's axis order). Labels and one-sentence descriptions in the seven
// languages of the partners and of CPMR.

export const framework = {
  id: 'mipex-r',
  scale: [0, 100],
  dimensions: [
    {
      id: 'labour',
      label: { en: 'Labour market', fr: 'Marché du travail', es: 'Mercado laboral', ca: 'Mercat de treball', it: 'Mercato del lavoro', pt: 'Mercado de trabalho', sv: 'Arbetsmarknad' },
      description: {
        en: 'Regional policies that help migrants find work, have their skills recognised and start a business.',
        fr: 'Politiques régionales qui aident les personnes migrantes à trouver un emploi, à faire reconnaître leurs compétences et à créer une entreprise.',
        es: 'Políticas regionales que ayudan a las personas migrantes a encontrar empleo, a obtener el reconocimiento de sus competencias y a emprender.',
        ca: 'Polítiques regionals que ajuden les persones migrades a trobar feina, a obtenir el reconeixement de les seves competències i a emprendre.',
        it: "Politiche regionali che aiutano le persone migranti a trovare lavoro, a far riconoscere le proprie competenze e ad avviare un'impresa.",
        pt: 'Políticas regionais que ajudam as pessoas migrantes a encontrar trabalho, a ver as suas competências reconhecidas e a criar uma empresa.',
        sv: 'Regional politik som hjälper migranter att hitta arbete, få sin kompetens erkänd och starta företag.',
      },
    },
    {
      id: 'education',
      label: { en: 'Education', fr: 'Éducation', es: 'Educación', ca: 'Educació', it: 'Istruzione', pt: 'Educação', sv: 'Utbildning' },
      description: {
        en: 'Access to school, adult learning and the support that migrant pupils and students need to succeed.',
        fr: "Accès à l'école, à la formation des adultes et à l'accompagnement dont les élèves et étudiants migrants ont besoin pour réussir.",
        es: 'Acceso a la escuela, a la formación de personas adultas y a los apoyos que el alumnado migrante necesita para progresar.',
        ca: "Accés a l'escola, a la formació de persones adultes i als suports que l'alumnat d'origen migrant necessita per progressar.",
        it: "Accesso alla scuola, all'istruzione degli adulti e al sostegno di cui alunni e studenti migranti hanno bisogno per riuscire.",
        pt: 'Acesso à escola, à educação de adultos e ao apoio de que alunos e estudantes migrantes precisam para ter sucesso.',
        sv: 'Tillgång till skola, vuxenutbildning och det stöd som elever och studenter med migrationsbakgrund behöver för att lyckas.',
      },
    },
    {
      id: 'health',
      label: { en: 'Health', fr: 'Santé', es: 'Salud', ca: 'Salut', it: 'Salute', pt: 'Saúde', sv: 'Hälsa' },
      description: {
        en: "Entitlement to health care and services adapted to migrants' needs, such as interpreting and health mediation.",
        fr: "Droit aux soins et services de santé adaptés aux besoins des personnes migrantes, comme l'interprétariat et la médiation en santé.",
        es: 'Derecho a la atención sanitaria y a servicios adaptados a las necesidades de las personas migrantes, como la interpretación y la mediación en salud.',
        ca: "Dret a l'atenció sanitària i a serveis adaptats a les necessitats de les persones migrades, com la interpretació i la mediació en salut.",
        it: "Diritto all'assistenza sanitaria e a servizi adatti ai bisogni delle persone migranti, come l'interpretariato e la mediazione sanitaria.",
        pt: 'Direito aos cuidados de saúde e a serviços adaptados às necessidades das pessoas migrantes, como a interpretação e a mediação em saúde.',
        sv: 'Rätt till hälso- och sjukvård och till tjänster anpassade efter migranters behov, till exempel tolkning och hälsokommunikatörer.',
      },
    },
    {
      id: 'housing',
      label: { en: 'Housing', fr: 'Logement', es: 'Vivienda', ca: 'Habitatge', it: 'Abitazione', pt: 'Habitação', sv: 'Bostad' },
      description: {
        en: 'Access to social and private housing on equal terms, and action against segregation and homelessness.',
        fr: 'Accès au logement social et privé dans des conditions égales, et action contre la ségrégation et le sans-abrisme.',
        es: 'Acceso a la vivienda social y privada en igualdad de condiciones, y acción contra la segregación y el sinhogarismo.',
        ca: "Accés a l'habitatge social i privat en igualtat de condicions, i acció contra la segregació i el sensellarisme.",
        it: "Accesso all'edilizia sociale e al mercato privato della casa a parità di condizioni, e contrasto alla segregazione e alla grave marginalità abitativa.",
        pt: 'Acesso à habitação social e privada em igualdade de condições, e combate à segregação e às situações de sem-abrigo.',
        sv: 'Tillgång till allmännyttiga och privata bostäder på lika villkor samt insatser mot segregation och hemlöshet.',
      },
    },
    {
      id: 'language',
      label: { en: 'Language', fr: 'Langue', es: 'Lengua', ca: 'Llengua', it: 'Lingua', pt: 'Língua', sv: 'Språk' },
      description: {
        en: "Courses and support for learning the region's language or languages, from beginner to professional level.",
        fr: "Cours et accompagnement pour apprendre la ou les langues de la région, du niveau débutant au niveau professionnel.",
        es: 'Cursos y apoyo para aprender la lengua o las lenguas de la región, desde el nivel inicial hasta el profesional.',
        ca: 'Cursos i suport per aprendre la llengua o les llengües de la regió, des del nivell inicial fins al professional.',
        it: 'Corsi e sostegno per imparare la lingua o le lingue della regione, dal livello base a quello professionale.',
        pt: 'Cursos e apoio para aprender a língua ou as línguas da região, do nível inicial ao profissional.',
        sv: 'Kurser och stöd för att lära sig regionens språk, från nybörjarnivå till yrkesnivå.',
      },
    },
    {
      id: 'culture',
      label: { en: 'Culture', fr: 'Culture', es: 'Cultura', ca: 'Cultura', it: 'Cultura', pt: 'Cultura', sv: 'Kultur' },
      description: {
        en: 'Participation of migrants in cultural life and intercultural exchange with the rest of society.',
        fr: 'Participation des personnes migrantes à la vie culturelle et échanges interculturels avec le reste de la société.',
        es: 'Participación de las personas migrantes en la vida cultural e intercambio intercultural con el resto de la sociedad.',
        ca: 'Participació de les persones migrades en la vida cultural i intercanvi intercultural amb la resta de la societat.',
        it: 'Partecipazione delle persone migranti alla vita culturale e scambio interculturale con il resto della società.',
        pt: 'Participação das pessoas migrantes na vida cultural e intercâmbio intercultural com o resto da sociedade.',
        sv: 'Migranters deltagande i kulturlivet och interkulturellt utbyte med resten av samhället.',
      },
    },
    {
      id: 'religion',
      label: { en: 'Religion', fr: 'Religion', es: 'Religión', ca: 'Religió', it: 'Religione', pt: 'Religião', sv: 'Religion' },
      description: {
        en: 'Freedom to practise one’s faith, places of worship, and dialogue between religious communities and public bodies.',
        fr: 'Liberté de pratiquer sa religion, lieux de culte et dialogue entre communautés religieuses et pouvoirs publics.',
        es: 'Libertad para practicar la propia fe, lugares de culto y diálogo entre comunidades religiosas y poderes públicos.',
        ca: 'Llibertat per practicar la pròpia fe, llocs de culte i diàleg entre comunitats religioses i poders públics.',
        it: 'Libertà di praticare la propria fede, luoghi di culto e dialogo tra comunità religiose e istituzioni pubbliche.',
        pt: 'Liberdade de praticar a própria fé, locais de culto e diálogo entre comunidades religiosas e entidades públicas.',
        sv: 'Frihet att utöva sin tro, lokaler för religionsutövning och dialog mellan trossamfund och offentliga aktörer.',
      },
    },
    {
      id: 'social',
      label: {
        en: 'Social security and assistance',
        fr: 'Sécurité sociale et aide sociale',
        es: 'Seguridad social y asistencia social',
        ca: 'Seguretat social i assistència social',
        it: 'Sicurezza sociale e assistenza',
        pt: 'Segurança social e assistência social',
        sv: 'Social trygghet och bistånd',
      },
      description: {
        en: 'Equal access to social benefits, social services and assistance for migrants and their families.',
        fr: "Accès égal aux prestations sociales, aux services sociaux et à l'aide sociale pour les personnes migrantes et leur famille.",
        es: 'Acceso en igualdad a las prestaciones, los servicios sociales y la asistencia social para las personas migrantes y sus familias.',
        ca: "Accés en igualtat a les prestacions, els serveis socials i l'assistència social per a les persones migrades i les seves famílies.",
        it: "Parità di accesso alle prestazioni sociali, ai servizi sociali e all'assistenza per le persone migranti e le loro famiglie.",
        pt: 'Igualdade no acesso às prestações sociais, aos serviços sociais e à assistência social para as pessoas migrantes e as suas famílias.',
        sv: 'Lika tillgång till socialförsäkring, socialtjänst och ekonomiskt bistånd för migranter och deras familjer.',
      },
    },
  ],
};
