/**
 * The default framework's dimension labels as UI strings: a dimension labelled by the MIPEX-R default
 * (a feed without a framework, or a MIPEX-R dimension a feed leaves unnamed) is named in the widget's
 * language from the XLIFF files, like every other UI string. A feed's own labels are feed texts and win.
 */
import type { msg as sourceMsg } from '@lit/localize';
import { MIPEX_R_FRAMEWORK } from '../feed/normalise/mipex-r.js';
import type { Text } from '../feed/types.js';

/**
 * The UI string for `label` when it is the MIPEX-R default label of a dimension (the very object the
 * normaliser put there), in the language of `msg`; `undefined` for any other text.
 */
export function frameworkLabel(label: Text | undefined, msg: typeof sourceMsg): string | undefined {
  const id = label && MIPEX_R_FRAMEWORK.dimensions.find((d) => d.label === label)?.id;
  switch (id) {
    case 'labour':
      return msg('Labour market', { id: 'framework.mipex-r.labour' });
    case 'education':
      return msg('Education', { id: 'framework.mipex-r.education' });
    case 'health':
      return msg('Health', { id: 'framework.mipex-r.health' });
    case 'housing':
      return msg('Housing', { id: 'framework.mipex-r.housing' });
    case 'language':
      return msg('Language', { id: 'framework.mipex-r.language' });
    case 'culture':
      return msg('Culture', { id: 'framework.mipex-r.culture' });
    case 'religion':
      return msg('Religion', { id: 'framework.mipex-r.religion' });
    case 'social':
      return msg('Social security and assistance', { id: 'framework.mipex-r.social' });
    default:
      return undefined;
  }
}
