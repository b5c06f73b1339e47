
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'credits.as-of': str`Dades a ${0}.`,
'notice.error': `No s’han pogut carregar les dades.`,
'notice.loading': `S’estan carregant les dades…`,
'notice.partial.one': str`${0} entrada de les dades no s’ha pogut utilitzar i no es mostra.`,
'notice.partial.other': str`${0} entrades de les dades no s’han pogut utilitzar i no es mostren.`,
'notice.sample': `Dades il·lustratives: aquesta font de dades és un exemple, no són xifres oficials.`,
'notice.stale': `No s’han pogut carregar les dades més recents; es mostren les últimes dades rebudes.`,
'notice.synthetic': `Puntuacions il·lustratives: aquests valors dels indicadors són sintètics, no resultats publicats del MIPEX-R.`,
'period.since': str`des de ${0}`,
'period.until': str`fins a ${0}`,
    };
  