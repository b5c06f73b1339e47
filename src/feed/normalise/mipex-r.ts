/**
 * The default indicator framework, MIPEX-R.
 */
import type { Dimension, Framework } from '../types.js';

const freeze = Object.freeze;

const dimension = (id: string, en: string): Dimension => freeze({ id, label: freeze({ en }) });

/**
 * The MIPEX-R framework (regional MIPEX): eight policy areas scored 0–100, in canonical order. Used when a
 * feed has no `framework`, and for the label of a MIPEX-R dimension a feed leaves unnamed.
 *
 * The labels are given here in English; the widgets show them in their own language as UI strings,
 * translated in xliff/*.xlf like every other (src/i18n/framework-labels.ts). A feed's own labels win.
 */
export const MIPEX_R_FRAMEWORK: Framework = freeze({
  id: 'mipex-r',
  scale: freeze([0, 100] as const),
  dimensions: freeze([
    dimension('labour', 'Labour market'),
    dimension('education', 'Education'),
    dimension('health', 'Health'),
    dimension('housing', 'Housing'),
    dimension('language', 'Language'),
    dimension('culture', 'Culture'),
    dimension('religion', 'Religion'),
    dimension('social', 'Social security and assistance'),
  ]),
});
