/**
 * The default indicator framework, MIPEX-R.
 */
import type { Dimension, Framework } from '../types.js';

const freeze = Object.freeze;

/**
 * The MIPEX-R framework (regional MIPEX): eight policy areas scored 0–100, in canonical order. Used when a
 * feed has no `framework`.
 */
export const MIPEX_R_FRAMEWORK: Framework = freeze({
  id: 'mipex-r',
  scale: freeze([0, 100] as const),
  // Each area: its id, then its label in English, French, Spanish, Catalan, Italian, Portuguese and Swedish.
  dimensions: freeze(
    [
      'labour|Labour market|Marché du travail|Mercado laboral|Mercat de treball|Mercato del lavoro|Mercado de trabalho|Arbetsmarknad',
      'education|Education|Éducation|Educación|Educació|Istruzione|Educação|Utbildning',
      'health|Health|Santé|Salud|Salut|Salute|Saúde|Hälsa',
      'housing|Housing|Logement|Vivienda|Habitatge|Alloggio|Habitação|Bostäder',
      'language|Language|Langue|Lengua|Llengua|Lingua|Língua|Språk',
      'culture|Culture|Culture|Cultura|Cultura|Cultura|Cultura|Kultur',
      'religion|Religion|Religion|Religión|Religió|Religione|Religião|Religion',
      'social|Social security and assistance|Sécurité sociale et aide sociale|Seguridad social y asistencia|Seguretat social i assistència|Previdenza e assistenza sociale|Segurança social e assistência|Social trygghet och socialt bistånd',
    ].map((row): Dimension => {
      const [id, ...names] = row.split('|');
      return freeze({ id: id!, label: freeze(Object.fromEntries(['en', 'fr', 'es', 'ca', 'it', 'pt', 'sv'].map((lang, i) => [lang, names[i]!]))) });
    }),
  ),
});
