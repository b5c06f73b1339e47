
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'credits.as-of': str`Données au ${0}.`,
'notice.error': `Les données n’ont pas pu être chargées.`,
'notice.loading': `Chargement des données…`,
'notice.partial.one': str`${0} entrée des données n’a pas pu être utilisée et n’est pas affichée.`,
'notice.partial.other': str`${0} entrées des données n’ont pas pu être utilisées et ne sont pas affichées.`,
'notice.sample': `Données d’illustration : ce flux de données est un exemple, pas des chiffres officiels.`,
'notice.stale': `Les données les plus récentes n’ont pas pu être chargées ; affichage des dernières données reçues.`,
'notice.synthetic': `Scores d’illustration : ces valeurs d’indicateurs sont synthétiques, ce ne sont pas des résultats MIPEX-R publiés.`,
'period.since': str`depuis ${0}`,
'period.until': str`jusqu’à ${0}`,
    };
  