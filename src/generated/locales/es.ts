
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'credits.as-of': str`Datos a ${0}.`,
'notice.error': `No se han podido cargar los datos.`,
'notice.loading': `Cargando los datos…`,
'notice.partial.one': str`${0} entrada de los datos no se ha podido utilizar y no se muestra.`,
'notice.partial.other': str`${0} entradas de los datos no se han podido utilizar y no se muestran.`,
'notice.sample': `Datos ilustrativos: esta fuente de datos es un ejemplo, no son cifras oficiales.`,
'notice.stale': `No se han podido cargar los datos más recientes; se muestran los últimos datos recibidos.`,
'notice.synthetic': `Puntuaciones ilustrativas: estos valores de los indicadores son sintéticos, no resultados publicados del MIPEX-R.`,
'period.since': str`desde ${0}`,
'period.until': str`hasta ${0}`,
    };
  