
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'credits.as-of': str`Uppgifter per ${0}.`,
'notice.error': `Det gick inte att läsa in data.`,
'notice.loading': `Läser in data…`,
'notice.partial.one': str`${0} post i data kunde inte användas och visas inte.`,
'notice.partial.other': str`${0} poster i data kunde inte användas och visas inte.`,
'notice.sample': `Exempeldata: detta dataflöde är ett exempel, inte officiell statistik.`,
'notice.stale': `De senaste uppgifterna kunde inte läsas in. De senast mottagna uppgifterna visas.`,
'notice.synthetic': `Exempelpoäng: dessa indikatorvärden är syntetiska och inte publicerade MIPEX-R-resultat.`,
'period.since': str`sedan ${0}`,
'period.until': str`till och med ${0}`,
    };
  