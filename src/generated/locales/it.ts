
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'credits.as-of': str`Dati aggiornati al ${0}.`,
'notice.error': `Non è stato possibile caricare i dati.`,
'notice.loading': `Caricamento dei dati…`,
'notice.partial.one': str`${0} voce dei dati non è stata utilizzabile e non viene mostrata.`,
'notice.partial.other': str`${0} voci dei dati non sono state utilizzabili e non vengono mostrate.`,
'notice.sample': `Dati illustrativi: questo flusso di dati è un esempio, non si tratta di dati ufficiali.`,
'notice.stale': `Non è stato possibile caricare i dati più recenti; vengono mostrati gli ultimi dati ricevuti.`,
'notice.synthetic': `Punteggi illustrativi: questi valori degli indicatori sono sintetici, non risultati MIPEX-R pubblicati.`,
'period.since': str`da ${0}`,
'period.until': str`fino a ${0}`,
    };
  