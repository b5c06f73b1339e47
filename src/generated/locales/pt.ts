
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'credits.as-of': str`Dados à data de ${0}.`,
'notice.error': `Não foi possível carregar os dados.`,
'notice.loading': `A carregar os dados…`,
'notice.partial.one': str`${0} entrada dos dados não pôde ser utilizada e não é apresentada.`,
'notice.partial.other': str`${0} entradas dos dados não puderam ser utilizadas e não são apresentadas.`,
'notice.sample': `Dados ilustrativos: esta fonte de dados é um exemplo, não são números oficiais.`,
'notice.stale': `Não foi possível carregar os dados mais recentes; são apresentados os últimos dados recebidos.`,
'notice.synthetic': `Pontuações ilustrativas: estes valores dos indicadores são sintéticos, não resultados publicados do MIPEX-R.`,
'period.since': str`desde ${0}`,
'period.until': str`até ${0}`,
    };
  